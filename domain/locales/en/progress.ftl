# A complaint's progress, as the person it belongs to follows it (domain::progress): its
# stages, what happens next, and the sentence that announces a change while its page is open.
# $kind is complaint, concern (a safety concern) or compliment. $day is a date written out in
# full, $every a number of working days ("5 working days").
# Last checked by a fluent speaker: 2026-12-01

## Its stages, done and owed
progress-received =
    { $kind ->
        [concern] We received your safety concern
        [compliment] We received your compliment
       *[complaint] We received your complaint
    }
progress-acknowledged =
    { $kind ->
        [concern] We acknowledged your safety concern
        [compliment] We acknowledged your compliment
       *[complaint] We acknowledged your complaint
    }
progress-handled-by = Handled by
progress-how-to-reach = How to reach them
progress-understanding = Our understanding of it
progress-outcome-wanted = The outcome you want
progress-more-time = We told you we need more time
progress-more-working-days = More working days
progress-why = Why
progress-stage1-response = Our Stage 1 response
progress-finding = Our finding
progress-outcome =
    { $outcome ->
        [upheld] Upheld
        [partly_upheld] Partly upheld
       *[not_upheld] Not upheld
    }
progress-decision = Our decision
progress-putting-right = Putting it right
progress-asked-late = You asked for a review after the window closed
progress-asked-review = You asked for a review (Stage 2)
progress-still-unhappy = Still unhappy about
progress-review-acknowledged = We acknowledged your request for a review
progress-reviewed-by = Reviewed by
progress-final-response = Our final response (Stage 2)
progress-not-accepted =
    { $kind ->
        [concern] We could not accept it as a safety concern
        [compliment] We could not accept it as a compliment
       *[complaint] We could not accept it as a complaint
    }
progress-withdrawn =
    { $kind ->
        [concern] Your safety concern was withdrawn
        [compliment] Your compliment was withdrawn
       *[complaint] Your complaint was withdrawn
    }
progress-resolved-first-contact = We put it right when you first contacted us
progress-passed-on = We passed your compliment on
progress-passed-to = To
progress-information-added = Information was added
progress-what-was-added = What was added
progress-updates-agreed = We agreed how often to update you
progress-at-least-every = At least every
progress-update-given = We gave you an update
progress-what-we-told-you = What we told you
progress-remedy-agreed = We agreed how we will put things right
progress-what-we-will-do = What we will do
progress-amount = Amount
progress-by = By
progress-remedy-done = We did what we agreed to put things right
progress-what-we-did = What we did
progress-ombudsman-decided =
    { $kind ->
        [concern] The Housing Ombudsman decided your safety concern
        [compliment] The Housing Ombudsman decided your compliment
       *[complaint] The Housing Ombudsman decided your complaint
    }
progress-ombudsman-case = Ombudsman's case number
progress-decided-on = Decided on
progress-ombudsman-finding = Finding
progress-ombudsman-found =
    { $finding ->
        [severe_maladministration] Severe maladministration
        [maladministration] Maladministration
        [service_failure] Service failure
        [reasonable_redress] Reasonable redress offered
        [no_maladministration] No maladministration
       *[outside_jurisdiction] Outside the Ombudsman's jurisdiction
    }
progress-what-it-ordered = What it ordered
progress-remedy-owed = We put things right: { $what }
progress-next-update = Our next update to you
progress-pass-compliment = We pass your compliment on
progress-pass-compliment-soon = Soon, to the colleague's manager
progress-acknowledge =
    { $kind ->
        [concern] We acknowledge your safety concern
        [compliment] We acknowledge your compliment
       *[complaint] We acknowledge your complaint
    }
progress-stage1-response-later = Due 10 working days after we acknowledge it
progress-may-ask-review = You can ask for a review (Stage 2)
progress-acknowledge-review = We acknowledge your request for a review
progress-final-response-later = Due 20 working days after we acknowledge your request

## What happens next
next-compliment = We will pass your compliment on to the colleague's manager.
next-acknowledge =
    { $kind ->
        [concern] We will acknowledge your safety concern by { $day }: we will tell you who is handling it, how to reach them, and when our response is due.
       *[complaint] We will acknowledge your complaint by { $day }: we will tell you who is handling it, how to reach them, and when our response is due.
    }
next-stage1 =
    { $kind ->
        [concern] We are looking into your safety concern. Our Stage 1 response is due by { $day }. { $informed }
       *[complaint] We are looking into your complaint. Our Stage 1 response is due by { $day }. { $informed }
    }
next-asked-late = You asked for a review on { $day } after the window had closed. The Complaints Officer will decide whether to accept it and will tell you.
next-may-review = If you are unhappy with our Stage 1 response, you can ask for a review (Stage 2) until { $day }.
next-review-ended = The time to ask for a review ended on { $day }. You can still ask, saying why it is late, and the Complaints Officer will decide.
next-acknowledge-review = We will acknowledge your request for a review by { $day } and tell you who is reviewing it: never the person who handled Stage 1.
next-stage2 =
    { $kind ->
        [concern] Your safety concern is being reviewed. Our final response is due by { $day }. { $informed }
       *[complaint] Your complaint is being reviewed. Our final response is due by { $day }. { $informed }
    }
next-final = Our final response ends our complaints process. If you are still unhappy, you can ask the Housing Ombudsman Service to look at it.
next-not-accepted = Our letter explains why. If you disagree, you can ask the Housing Ombudsman Service to look at our decision.
next-withdrawn =
    { $kind ->
        [concern] Nothing more will happen with this safety concern. You can make a new one at any time.
        [compliment] Nothing more will happen with this compliment. You can make a new one at any time.
       *[complaint] Nothing more will happen with this complaint. You can make a new one at any time.
    }
next-passed-on = Thank you: your compliment has been passed on.
next-closed =
    { $kind ->
        [concern] This safety concern is closed. You can make a new one at any time.
        [compliment] This compliment is closed. You can make a new one at any time.
       *[complaint] This complaint is closed. You can make a new one at any time.
    }
next-updates = As agreed with you, we will update you at least every { $every }: the next update is due by { $day }.
next-more-time = If we need more time, we will tell you why and the new date.

## Announced while the page is open. $subject starts a sentence ("Your complaint CH-…"),
## $within is the same within one ("your complaint CH-…"); $own is yes for the person's own.
live-subject =
    { $own ->
        [yes] { $kind ->
            [concern] Your safety concern { $reference }
            [compliment] Your compliment { $reference }
           *[complaint] Your complaint { $reference }
        }
       *[no] { $kind ->
            [concern] The safety concern { $reference }
            [compliment] The compliment { $reference }
           *[complaint] The complaint { $reference }
        }
    }
live-within =
    { $own ->
        [yes] { $kind ->
            [concern] your safety concern { $reference }
            [compliment] your compliment { $reference }
           *[complaint] your complaint { $reference }
        }
       *[no] { $kind ->
            [concern] the safety concern { $reference }
            [compliment] the compliment { $reference }
           *[complaint] the complaint { $reference }
        }
    }
live-acknowledged = { $subject } was acknowledged. A response is due by { $day }.
live-extended = { $subject } needs more time. A response is now due by { $day }.
live-stage1-response = { $subject } has its Stage 1 response. A review can be asked for until { $day }.
live-asked-late = A late review of { $within } was asked for. The Complaints Officer will decide.
live-asked-review = A review of { $within } was asked for. It will be acknowledged by { $day }.
live-review-acknowledged = The review of { $within } was acknowledged. A final response is due by { $day }.
live-review-extended = The review of { $within } needs more time. A final response is now due by { $day }.
live-final-response = { $subject } has its final response.
live-not-accepted = { $subject } was not accepted. The letter explains why.
live-withdrawn = { $subject } was withdrawn.
live-resolved = { $subject } was put right and closed.
live-passed-on = { $subject } was passed on to { $to }.
live-information-added = Information was added to { $within }.
live-updates-agreed = { $subject } will have an update at least every { $every }. The next is due by { $day }.
live-updated = { $subject } was updated.
live-update-given = { $subject } has an update.
live-remedy-agreed = { $subject } has a way to put things right agreed, due by { $day }.
live-remedy-done = { $subject }: what was agreed to put things right was done.
live-ombudsman =
    { $finding ->
        [severe_maladministration] { $subject }: the Housing Ombudsman's decision was recorded (severe maladministration).
        [maladministration] { $subject }: the Housing Ombudsman's decision was recorded (maladministration).
        [service_failure] { $subject }: the Housing Ombudsman's decision was recorded (service failure).
        [reasonable_redress] { $subject }: the Housing Ombudsman's decision was recorded (reasonable redress offered).
        [no_maladministration] { $subject }: the Housing Ombudsman's decision was recorded (no maladministration).
       *[outside_jurisdiction] { $subject }: the Housing Ombudsman's decision was recorded (outside the Ombudsman's jurisdiction).
    }
