# The messages that tell a resident what to fix when a form is refused, in the error summary
# and beside each field: the domain's and the server's English, matched word for word
# (app/src/messages.rs), so each value here must stay exactly the English it translates.
# Last checked by a fluent speaker: 2026-12-01

## Email address, rent reference, postcode and phone number

errors-email-missing = Enter your email address
errors-email-format = Enter an email address in the correct format, like name@example.com
errors-rent-reference-missing = Enter your rent reference
errors-rent-reference-format = Enter your rent reference as it appears on your rent statement: 6 to 12 letters and numbers
errors-postcode-missing = Enter the postcode
errors-postcode-format = Enter a real postcode, like BB11 2ED
errors-phone-format = Enter a UK phone number, like 01282 686300 or 07700 900 982
errors-phone-for-calls = Enter a phone number, so we can call you

## Passwords, signing in, links sent by email

errors-password-missing = Enter a password
errors-password-too-short = Your password must be 10 characters or more
errors-password-too-long = Your password must be 256 characters or fewer
errors-password-common = That password is one of the most common and easy to guess; choose another
errors-password-is-email = Your password must not be your email address
errors-password-mismatch = The passwords do not match; type the same password in both boxes
errors-sign-in-wrong = The email address or password is not right. Check them and try again.
errors-unconfirmed = You need to confirm your email address before you can sign in. We have sent you a new link: open it, then sign in.
errors-verify-link-used = This link has expired or has already been used. Sign in to get a new one.
errors-reset-link-used = This link has expired or has already been used. Ask for a new one.
errors-password-wrong = Your password is not right. Enter the password you sign in with.
errors-email-unchanged = That is already your email address. Enter the new address you want to use.
errors-email-link-used = This link has expired or has already been used. Sign in and ask to change your email address again.
errors-email-taken = That email address now has its own Calico Account, so we have not moved yours to it. Your email address has not changed.
# $minutes or $hours: how long to wait.
errors-wait-minutes = You have tried too many times. Wait { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, then try again.
errors-wait-hours = You have tried too many times. Wait { $hours } { $hours ->
        [one] hour
       *[other] hours
    }, then try again.

## Your name, and contact preferences

errors-name-missing = Enter your name
errors-select-contact-method = Select how you would like us to contact you
errors-interpreter-language = Enter the language you need an interpreter for

## The complaint journey

errors-select-purpose = Select what you would like to do
errors-select-for-whom = Select who this is for
errors-for-whom-no-tenancy = Your account is not linked to a tenancy, so you can only act for someone else. To complain about your own home, register with your rent reference.
errors-what-happened-missing = Enter what happened
errors-incident-date-missing = Enter the date it happened
errors-outcome-missing = Enter what you would like us to do to put things right
errors-late-reason-missing = Enter why you did not tell us sooner
errors-concern-what-missing = Enter what is unsafe
errors-concern-where-missing = Enter where it is
errors-select-danger-now = Select whether anyone is in danger now
errors-select-vulnerable = Select whether it affects anyone who is vulnerable
errors-compliment-who-missing = Enter who helped you
errors-compliment-what-missing = Enter what they did
errors-answers-not-found = We could not find these answers: they may have been started again. Check your email for a reference before starting again.

## Acting for someone else, and inviting someone to act for you

errors-select-how-you-know = Select how you know the person you are acting for
errors-select-connected-to-you = Select how they are connected to you
errors-connection-missing = Enter how they are connected
errors-their-name-missing = Enter their full name
errors-address-or-reference = Enter their address or their rent reference, so we can find their tenancy
errors-select-consent-method = Select how they gave their consent
errors-consent-date-missing = Enter the date they told us
errors-consent-to-missing = Enter who at Calico Homes they told
errors-select-consent-scope = Select what their consent covers
errors-expiry-in-future = The date it ends must be in the future
errors-choose-allow = Choose whether to allow, refuse or withdraw.
errors-access-changed = That person's access has already been changed. Check the list below.
errors-invite-needs-tenancy = Only a resident whose account is linked to a tenancy can invite someone. Add your home from your account page first.
errors-invitation-withdrawn = That invitation has already been withdrawn. Check the list below.
errors-invitation-other-address = This invitation was sent to a different email address. Sign out, then sign in (or register) with the address the invitation was sent to.
# $days: how many days an invitation can be accepted in.
errors-invitation-gone = This invitation can no longer be accepted: it has been used, withdrawn, or is more than { $days } { $days ->
        [one] day
       *[other] days
    } old. Ask the resident to invite you again.

## Linking an account to a home

errors-account-representative = This account acts for residents, so it is not linked to a home. To complain about your own home, register a separate account with your rent reference.
errors-code-missing = Enter the activation code from the letter
errors-code-digits = The activation code must only include numbers 0 to 9
errors-code-length = The activation code must be 8 numbers
# $left: how many more tries the code allows.
errors-code-wrong = That code is not right, or it has expired. Check it against the newest letter we sent. You can try { $left } more { $left ->
        [one] time
       *[other] times
    }.
errors-code-spent = That code can no longer be used: it has been tried too many times. Ask for a new code below.
errors-not-waiting = Your account is not waiting for a code. Go back to your account to see where it stands.
# $count: codes posted; $phone: our phone number; $hours: the office hours (layout-landlord-hours).
errors-codes-posted = We have already posted { $count } { $count ->
        [one] code
       *[other] codes
    } for this request. Call us on { $phone } ({ $hours }) and we will help you link your account.
errors-choose-approve = Choose whether to approve or decline.
errors-request-answered = That request has already been answered. Check your account.

## Text size and colours

errors-select-text-size = Select a text size
errors-select-colours = Select the colours

## Asking something of a complaint, and finding a complaint or a letter

errors-late-review-reason-missing = Enter why you are asking after the time to ask has ended, for example you were in hospital
errors-information-missing = Enter the information you want to add to your complaint
# $max: the most characters the box takes; $len: how many were typed.
errors-text-too-long = This must be { $max } characters or fewer; it has { $len }. Shorten it.
errors-complaint-closed = This complaint is closed, so nothing more can be asked of it. You can make a new complaint at any time.
# $day: a date, written out in full.
errors-review-ended = The time to ask for a review ended on { $day }. You can still ask, saying why it is late, and the Complaints Officer will decide.
errors-review-usual-way = You can still ask for a review in the usual way until { $day }.
errors-late-review-asked = You have already asked for a late review; the Complaints Officer will decide and tell you.
errors-review-after-stage1 = A review can be asked for once we have sent our Stage 1 response.
errors-information-after-stage1 = We have already sent our Stage 1 response. If you are still unhappy, ask for a review; if it is something new, make a new complaint.
errors-cannot-now = This cannot be done now.
errors-no-complaint = There is no complaint with that reference in your account.
errors-no-complaint-check = There is no complaint with that reference in your account. Check the reference, or go back to your account to see your complaints.
errors-no-letter = There is no letter with that number that you can read.

## Answers too long, or on more than one line
# $label: the name of the box (errors-label-…); $max and $min: the most and the fewest
# characters it takes; $len: how many were typed.

errors-too-long = { $label } must be { $max } characters or fewer (you have { $len })
errors-too-short = { $label } must be { $min } characters or more (you have { $len })
errors-line-break = { $label } must be on one line: take out any line breaks or tabs
errors-label-what-happened = What happened
errors-label-already-reported = What you have already reported
errors-label-outcome = What you would like us to do
errors-label-late-reason = Why you did not tell us sooner
errors-label-unsafe = What is unsafe
errors-label-where = Where it is
errors-label-who-helped = Who helped you
errors-label-what-they-did = What they did
errors-label-call-times = Times to call
errors-label-language = The language
errors-label-adjustments = Adjustments
errors-label-your-name = Your name
errors-label-connection = The connection
errors-label-their-name = Their name
errors-label-their-address = Their address
errors-label-who-they-told = Who they told

## Dates typed in three boxes
# $label: the date (errors-date-label-…), the first words of the sentence.

errors-date-needs-day = { $label } must include a day
errors-date-needs-month = { $label } must include a month
errors-date-needs-year = { $label } must include a year
errors-date-needs-day-month = { $label } must include a day and a month
errors-date-needs-day-year = { $label } must include a day and a year
errors-date-needs-month-year = { $label } must include a month and a year
errors-date-real = { $label } must be a real date
errors-date-not-future = { $label } must be today or in the past
errors-date-after-1900 = { $label } must be after 1900
errors-year-four-digits = Year must include 4 numbers, like 2026
errors-date-label-birth = Date of birth
errors-date-label-incident = The date it happened
errors-date-label-expiry = The date it ends
errors-date-label-consent = The date they told us
