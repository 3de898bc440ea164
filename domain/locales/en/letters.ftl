# The letters and emails each step of the complaints process sends the resident
# (domain::letters). A label is followed by ": " and what was recorded, in the words it was
# recorded in. $reach is letter-reach; $day a date written out in full.
# Last checked by a fluent speaker: 2026-12-01

letter-greeting = Dear { $name },
letter-greeting-anyone = Dear resident,
letter-sign-off = Yours sincerely,
letter-our-reference = Our reference: { $reference }
letter-team = Customer Services Team
letter-reach = by phone on { $phone }, by email to { $email }, or by post to { $address }
letter-ombudsman = You can contact the Housing Ombudsman Service at any time for free, independent advice: { $reach }.
letter-misunderstood = If we have misunderstood your complaint or the outcome you want, please tell us.
letter-date-to-agree = the date we agree with you
letter-why = Why

## What a response says
letter-about = What your complaint is about
letter-outcome-sought = The outcome you are seeking
letter-finding =
    { $finding ->
        [upheld] Our finding: we uphold your complaint.
        [partly_upheld] Our finding: we uphold part of your complaint.
       *[not_upheld] Our finding: we do not uphold your complaint.
    }
letter-decision = Our decision
letter-reasons = The reasons for our decision
letter-remedy = What we will do to put things right

## Stage 1
letter-stage1-acknowledged-subject = Your complaint { $reference }: Stage 1 acknowledgement
letter-stage1-acknowledged-received = Thank you for your complaint, which we received on { $received }. It is now at Stage 1 of our complaints process.
letter-understanding = Our understanding of your complaint
letter-handler = { $handler } is handling your complaint. You can contact them on { $contact }.
letter-handler-anyone = A member of our team
letter-stage1-due = We will send you our full response by { $day }. If we need more time, we will tell you why and the new date.
letter-extended-subject = Your complaint { $reference }: we need more time (Stage { $stage })
letter-extended-sorry = We are sorry, but we need more time to give you our Stage { $stage } response.
letter-extended-due = We will now send you our response by { $day }.
letter-stage1-response-subject = Your complaint { $reference }: our Stage 1 response
letter-stage1-response-intro = This is our response to your complaint at Stage 1 of our complaints process.
letter-stage1-response-review = If you are not satisfied, you can ask us to review your complaint at Stage 2. Please ask by { $day }: sign in to your Calico Account and choose "Ask for a review", or contact us { $reach }. Tell us why you are unhappy with this response.

## Stage 2
letter-stage2-acknowledged-subject = Your complaint { $reference }: Stage 2 review acknowledgement
letter-stage2-acknowledged-intro = We have received your request for your complaint to be reviewed at Stage 2, the final stage of our complaints process.
letter-still-unhappy = What you told us you are still unhappy about
letter-reviewer = { $reviewer } will review it. They had no part in the Stage 1 response. You can contact them on { $contact }.
letter-reviewer-anyone = A senior colleague
letter-stage2-due = We will send you our final response by { $day }. If we need more time, we will tell you why and the new date.
letter-stage2-response-subject = Your complaint { $reference }: our final response (Stage 2)
letter-stage2-response-intro = This is our final response to your complaint, at Stage 2. It completes our complaints process.
letter-stage2-response-ombudsman = If you are still not satisfied, you can ask the Housing Ombudsman Service to investigate: { $reach }.

## Compliments
letter-passed-on-subject = Your compliment { $reference }: we have passed on your thanks
letter-compliment-received = Thank you for your compliment, which we received on { $received }.
letter-passed-on = We have passed your thanks to { $to }, so that the colleague you thanked and their manager both know. Compliments like yours help us see what we do well.

## Updates while a response is late
letter-updates-subject = Your complaint { $reference }: how we will keep you updated
letter-updates-every = As we agreed with you, until we send you our Stage { $stage } response we will give you an update at least every { $every }.
letter-updates-next = Your next update will be by { $day }.
letter-update-subject = Your complaint { $reference }: an update
letter-update-intro = Here is an update on your complaint.
letter-update-again = We will update you again by { $day }.
letter-response-late = Our Stage { $stage } response is late: it was due by { $day }. We are sorry, and we will send it as soon as we can.
letter-response-due = We will send you our Stage { $stage } response by { $day }.

## Not accepted
letter-not-accepted-subject = Your complaint { $reference }: why we cannot take it forward
letter-not-accepted-intro = We have looked carefully at what you told us, and we cannot take it forward through our complaints process.
letter-not-accepted-disagree = If you disagree, please contact us { $reach }.
letter-not-accepted-ombudsman = You have the right to ask the Housing Ombudsman Service to look at this decision: { $reach }.

## Putting things right
letter-remedy-agreed-subject = Your complaint { $reference }: putting things right
letter-remedy-agreed = We have agreed how we will put things right
letter-remedy-pay = We will pay you { $amount }.
letter-remedy-owner = { $owner } is responsible for it, and it will be done by { $day }. You can see it on your complaint's page until it is done.
letter-remedy-if-not-done = If it has not been done by then, please tell us { $reach }.
letter-remedy-done-subject = Your complaint { $reference }: we have put things right
letter-remedy-done = We have done what we agreed to put things right
letter-remedy-if-not-right = If you think it has not been put right, please tell us { $reach }.

## Another format or language, as the resident asked
letter-coming = You asked for your letters in another format or language. We will also send you this letter { $ways } by { $day }. If it has not reached you by then, please contact us on { $phone }.
letter-coming-braille = in Braille
letter-coming-audio = as an audio recording
letter-coming-language = in { $language }
# Between the first ways in a list of three: "in Braille, as an audio recording and in Bengali".
letter-list-comma = {", "}
letter-list-and = { $rest } and { $last }

## The email a letter is sent in
letter-email-account-large = You can also read this letter in your Calico Account, where it has a large-print version to read or print.
letter-email-account = You can also read this letter in your Calico Account.
letter-email-register = If you register for Calico Account with your rent reference, you can read this letter there too.
