# Following a complaint: "Your complaints" on the account page, a complaint's own page (where
# it is, its stages and deadlines, letters, the Housing Ombudsman) and the forms to ask for a
# review (Stage 2), ask for one late, add information or withdraw it.
# Last checked by a fluent speaker: 2026-12-01

## "Your complaints", on the account page.
complaints-yours = Your complaints
complaints-none-yet = You have not made a complaint, reported a safety concern or given a compliment yet.
complaints-sent-on = Sent on { $day }
complaints-sent-on-for-resident = Sent on { $day }, for a resident you act for
complaints-limited = You sent this for a resident. You will see how it is going once we have their consent.

## What it is: a caption, and with its reference (also the page's title).
complaints-kind-complaint = Complaint
complaints-kind-concern = Safety concern
complaints-kind-compliment = Compliment
complaints-named-complaint = Complaint { $reference }
complaints-named-concern = Safety concern { $reference }
complaints-named-compliment = Compliment { $reference }

## Where it is (after "Where it is", and on its own line in the list).
complaints-state-awaiting-acknowledgement = waiting to be acknowledged
complaints-state-stage1-open = open at Stage 1
complaints-state-stage1-responded = answered at Stage 1
complaints-state-stage2-awaiting-acknowledgement = waiting for its Stage 2 request to be acknowledged
complaints-state-stage2-open = open at Stage 2
complaints-state-closed = closed

## Deadlines, counted again while the page is open. $day is a date written out in full;
## $left is complaints-days-left.
complaints-days-left =
    { $count ->
        [0] due today
        [one] { $count } working day left
       *[other] { $count } working days left
    }
complaints-overdue = Overdue
complaints-due-acknowledge = Acknowledgement due by { $day }, { $left }
complaints-due-stage1-response = Stage 1 response due by { $day }, { $left }
complaints-due-stage2-acknowledge = Stage 2 acknowledgement due by { $day }, { $left }
complaints-due-stage2-response = Final response (Stage 2) due by { $day }, { $left }
complaints-overdue-acknowledge = Overdue: our acknowledgement was due by { $day }
complaints-overdue-stage1-response = Overdue: our Stage 1 response was due by { $day }
complaints-overdue-stage2-acknowledge = Overdue: our Stage 2 acknowledgement was due by { $day }
complaints-overdue-stage2-response = Overdue: our final response (Stage 2) was due by { $day }
complaints-review-open = You can ask for a review until { $day }, { $left }
complaints-review-ended = The time to ask for a review ended on { $day }
complaints-stage-done = Done on { $day }
complaints-stage-due = Due by { $day }, { $left }
complaints-stage-overdue = Overdue: it was due by { $day }
complaints-stage-open = Open until { $day }, { $left }
complaints-stage-closed = This closed at the end of { $day }

## A date with its time ($time is 14:05).
complaints-at-time = { $day } at { $time }

## What the complaint's page says after the resident asked something of it.
complaints-done-review = You have asked for a review. We will acknowledge it within 5 working days and tell you who is reviewing it.
complaints-done-late-review = You have asked for a review. The Complaints Officer will decide whether to accept it and will tell you.
complaints-done-add-information = Your information has been added to your complaint. The person handling it has been told.
complaints-done-withdraw = Your complaint has been withdrawn.

## A complaint a representative sent, while the resident's consent is awaited.
complaints-sent = Sent
complaints-where-it-is = Where it is
complaints-waiting-for-consent = Waiting for the resident to agree that you can act for them
complaints-next-heading = What happens next
complaints-sent-only-next = We are looking into it already, and we contact the resident about it directly. We will show you how it is going, and send you our letters about it, once they have told us they agree that you can act for them.
complaints-meanwhile = What you can do meanwhile
complaints-meanwhile-ask = Ask the resident to agree in their own Calico Account, or to tell us by phone or in writing.
complaints-meanwhile-send = Send us their signed consent, quoting this reference, to { $email }.
complaints-meanwhile-phone = Tell us anything urgent about it by phone: { $phone } ({ $hours }).
complaints-back-to-account = Back to your account

## A complaint's page.
complaints-next = Next
complaints-handled-by = Handled by
complaints-action-review = Ask for a review (Stage 2)
complaints-review-until = You can ask for a review until { $day }.
complaints-action-late-review = Ask for a review after the time to ask has ended
complaints-action-add-information = Add information to this complaint
complaints-action-withdraw = Withdraw this complaint
complaints-stages = Its stages
complaints-definition = What we understand your complaint to be
complaints-definition-about = What it is about
complaints-definition-outcome = The outcome you want
complaints-definition-hint = If this is not right, tell the person handling it.
complaints-letters = Letters
complaints-no-letters = We have not sent any letters about it yet.
complaints-told-us = What you told us
complaints-ombudsman = The Housing Ombudsman
# $name is "Housing Ombudsman Service", kept in English.
complaints-ombudsman-advice = You can contact the { $name } at any time for free, independent advice: phone { $phone }, email { $email }.
complaints-last-updated = This page was last updated on { $when }. It updates by itself while it is open; reload it to check.

## The forms to ask something of a complaint.
complaints-request-title-review = Ask for a review of your complaint
complaints-request-title-late-review = Ask for a review after the time to ask has ended
complaints-request-title-add-information = Add information to your complaint
complaints-request-title-withdraw = Are you sure you want to withdraw your complaint?
complaints-intro-review = You can ask for a review until { $day }. A different person from the one who handled it so far will look at your complaint again, and we will send you our final response. You do not have to give reasons.
complaints-intro-late-review = The time to ask for a review ended on { $day }. You can still ask: tell us why you are asking now, and the Complaints Officer will decide whether to accept it. Whatever they decide, you can go to the Housing Ombudsman.
complaints-intro-add-information = Tell us anything more about your complaint. If it is related and we have not yet sent our Stage 1 response, we will include it in that response. The person handling your complaint is told straight away.
complaints-intro-withdraw = If you withdraw it, we will stop looking into your complaint and close it. You can make a new complaint at any time.
complaints-field-still-unhappy = What are you still unhappy about? (optional)
complaints-field-still-unhappy-hint = For example, a part of our response you disagree with.
complaints-field-outcome-wanted = What would you like us to do? (optional)
complaints-field-late-reason = Why are you asking now?
complaints-field-late-reason-hint = For example, you were in hospital or did not receive our letter.
complaints-field-information = What do you want to add?
complaints-field-withdraw-reason = Why are you withdrawing it? (optional)
complaints-submit-review = Ask for a review
complaints-submit-late-review = Send my request
complaints-submit-add-information = Add it to my complaint
complaints-submit-withdraw = Yes, withdraw my complaint
complaints-keep = No, keep my complaint
complaints-back-to-complaint = Back to the complaint
