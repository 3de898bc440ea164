# The complaint journey: making a complaint, reporting a safety concern or giving a
# compliment, page by page, "Check your answers" and the confirmation with the reference.
# Last checked by a fluent speaker: 2026-12-01

## Shared by the journey's pages

filing-continue = Continue
filing-back-to-check = Back to check your answers
filing-choose-one = Choose one

## What would you like to do? (also the answer shown on "Check your answers")

filing-purpose-title = What would you like to do?
filing-purpose-complaint = Make a complaint
filing-purpose-complaint-hint = Something has gone wrong with our service, or we have not done something we should. This includes a repair you reported that was not handled well.
filing-purpose-concern = Report a safety concern
filing-purpose-concern-hint = Something is unsafe, for example scaffolding left up or a smoke alarm not working.
filing-purpose-compliment = Give a compliment
filing-purpose-compliment-hint = Someone from Calico Homes helped you and you would like to thank them.
filing-purpose-repair = Get something repaired
filing-purpose-repair-hint = Something in your home is broken or needs fixing.

## Get something repaired
# "Call us on [phone] ([hours]), or email [email]." The phone number and the email address
# are links; the hours are the frame's (layout-landlord-hours).

filing-repair-lead = Report the repair to our repairs team, so we can get it sorted for you.
filing-repair-call-before = Call us on
filing-repair-call-middle = , or email
filing-repair-call-after = .
filing-repair-already = Already reported it?
filing-repair-already-text = If you reported a repair and you are unhappy with how we have handled it, that is a complaint, even if the repair is still open.
filing-repair-complain = Make a complaint about how a repair was handled
filing-repair-something-else = Choose something else

## Who is this for?

filing-for-whom-title = Who is this for?
filing-for-whom-hint = Choose someone else if you are acting for a Calico Homes resident, for example as their relative, advocate, councillor or MP.
filing-for-whom-me = Me
filing-for-whom-someone-else = Someone else

## About you (someone acting for a resident)

filing-about-you-title = About you
filing-relationship-legend = How do you know the person you are acting for?
filing-relationship-family-or-friend = Family member or friend
filing-relationship-power-of-attorney = Power of Attorney
filing-relationship-councillor = Local councillor
filing-relationship-mp = Member of Parliament (MP)
filing-relationship-advocate = Advocate or support worker
filing-relationship-other = Other
filing-relationship-other-label = If other, how do you know them?
filing-rep-phone-label = Your phone number (optional)
filing-rep-phone-hint = So we can call you about it if we need to.

## Who are you acting for?

filing-resident-title = Who are you acting for?
filing-resident-name = Their full name
filing-resident-address = Their address
filing-resident-address-hint = You can leave this out if you know their rent reference.
filing-resident-reference = Their rent reference (optional)
filing-resident-reference-hint = It is on their rent statement and tenancy agreement, for example 10012345.

## Their consent

filing-consent-title = Their consent
filing-consent-intro = We need the resident's agreement before we share anything about them or their complaint with you. We will act on the complaint in the meantime and contact them directly.
filing-consent-method-legend = How have they given their consent?
# $email: Calico Homes' email address.
filing-consent-method-hint = For consent in writing, send the signed letter or form to { $email } or by post to us, quoting the reference we give you.
filing-consent-written = In writing: a signed letter or form
filing-consent-verbal = They told us themselves, by phone or in person
filing-consent-date-legend = If they told us themselves, on what date?
filing-consent-date-hint = For example, 20 11 2026.
filing-consent-to-label = If they told us themselves, who did they tell?
filing-consent-to-hint = The name or team at Calico Homes, if you know it.
filing-consent-scope-legend = What does their consent cover?
filing-consent-this-complaint = This complaint only
filing-consent-all-complaints = All their complaints
filing-consent-expiry-legend = When does it end? (optional)
filing-consent-expiry-hint = Leave this empty if it lasts until they withdraw it.

## Tell us about your complaint
# $max: the most characters the box takes.

filing-complaint-title = Tell us about your complaint
filing-complaint-intro = Use your own words. You do not need to use the word "complaint".
filing-what-happened-label = What happened?
filing-what-happened-hint = Tell us what went wrong, or what we have not done. { $max ->
        [one] Up to { $max } character.
       *[other] Up to { $max } characters.
    }
filing-incident-legend = When did it happen?
filing-incident-hint = If it is still happening, tell us when it started. If you are not sure of the day, enter 1. For example, 27 3 2026.
filing-already-reported-label = Have you already told us about this? (optional)
filing-already-reported-hint = Tell us what you reported and when, with any reference number you were given. { $max ->
        [one] Up to { $max } character.
       *[other] Up to { $max } characters.
    }
filing-outcome-label = What would you like us to do to put things right?
filing-outcome-hint = For example, finish a repair, an apology, or a change to how we do things. { $max ->
        [one] Up to { $max } character.
       *[other] Up to { $max } characters.
    }

## This happened more than 12 months ago

filing-late-title = This happened more than 12 months ago
filing-late-months = { $months ->
        [one] You told us it happened { $months } month ago.
       *[other] You told us it happened { $months } months ago.
    }
filing-late-intro = We usually look at complaints about things that happened in the last 12 months. Our Complaints Officer can still look into it if there is a reason you could not tell us sooner. We will not turn your complaint away without telling you why and what you can do next.
filing-late-reason-label = Why did you not tell us sooner?
filing-late-reason-hint = For example, you were unwell or away, or you were waiting for us to finish a repair. { $max ->
        [one] Up to { $max } character.
       *[other] Up to { $max } characters.
    }

## Photos or documents

filing-attachments-title = Photos or documents
filing-attachments-heading = Photos or documents (optional)
filing-attachments-intro = You can add photos of the problem, or letters and documents about it. This is optional.
filing-file-added = Your file has been added.
filing-file-removed = The file has been removed.
# $count: files added so far; $max: the most that can be added.
filing-files-added = Files added ({ $count } of { $max })
filing-remove = Remove
filing-upload-sent-so-far = Sent so far
filing-upload-uploading = Uploading your file. Stay on this page until it has gone.
filing-upload-not-sent = The file could not be sent. Check your connection, then choose Upload file again.
filing-upload-label = Upload a file
filing-upload-hint = A photo (JPG, PNG, GIF, WebP or HEIC) or a PDF, up to 10 MB. You can add up to 5 files.
# Read out before the message under the field, by screen readers only.
filing-error-prefix = Error:
filing-upload-button = Upload file
filing-upload-empty = Select a file to upload
filing-upload-wrong-type = The selected file must be a photo (JPG, PNG, GIF, WebP or HEIC) or a PDF
filing-upload-too-large = The selected file must be smaller than 10 MB
filing-upload-too-many = You can send up to 5 files. Remove one to add another
filing-upload-failed = Something went wrong on our side and the file was not kept. Please try again in a few minutes.

## Report a safety concern (the title is filing-purpose-concern)

filing-concern-what-label = What is unsafe?
filing-concern-what-hint = For example, scaffolding left up, or a smoke alarm not working. { $max ->
        [one] Up to { $max } character.
       *[other] Up to { $max } characters.
    }
filing-concern-where-label = Where is it?
filing-concern-where-hint = For example, the stairs at Centenary Court, or the kitchen of your home.
filing-danger-now-legend = Is anyone in danger now?
filing-vulnerable-legend = Does it affect anyone who may be more at risk?
filing-vulnerable-hint = For example, a child, someone older, or someone who is disabled or unwell.
filing-answer-yes = Yes
filing-answer-no = No
filing-answer-not-sure = I'm not sure

## Give a compliment (the title is filing-purpose-compliment)

filing-compliment-intro = We will pass your thanks to their manager.
filing-compliment-who-label = Who helped you?
filing-compliment-who-hint = Their name, or their team if you do not know it.
filing-compliment-what-label = What did they do?
filing-compliment-what-hint = { $max ->
        [one] Up to { $max } character.
       *[other] Up to { $max } characters.
    }

## How should we contact you about this?

filing-support-title = How should we contact you about this?
filing-support-intro = We have filled this in from your account. Any change here is for this one only; change your account to change it for everything.

## Check your answers

filing-check-title = Check your answers
filing-send = Send
filing-check-told = What you told us
filing-check-contact = How we contact you about this
filing-check-send-heading = Now send it
filing-check-send-text = When you send it, we will give you a reference number and email you a copy.
# The link on each row; screen readers hear it followed by the row's name.
filing-change = Change
filing-none-given = None given
filing-files-none = None
filing-row-purpose = What you would like to do
filing-row-what-happened = What happened
filing-row-when = When it happened
filing-row-late-reason = Why you did not tell us sooner
filing-row-already-reported = What you have already told us
filing-row-outcome = What you would like us to do
filing-row-unsafe = What is unsafe
filing-row-where = Where it is
filing-row-danger-now = Anyone in danger now
filing-row-vulnerable = Affects anyone more at risk
filing-row-who-helped = Who helped you
filing-row-what-they-did = What they did
filing-row-for-whom = Who it is for
filing-row-relationship = How you know them
filing-row-resident = Who you are acting for
filing-row-rep-phone = Your phone number
filing-row-scope = What it covers
filing-row-expiry = When it ends
filing-rent-reference = Rent reference { $reference }
# $to: who at Calico Homes they told; $day: the date, written out.
filing-consent-told = They told { $to } on { $day }
filing-consent-in-writing = In writing
filing-consent-until-withdrawn = Until they withdraw it
filing-row-contact = Contact me by
filing-row-formats = Format of letters
filing-row-language = Language
filing-row-adjustments = Adjustments
# $method: one of the three above; $phone: the phone number.
filing-contact-with-phone = { $method } ({ $phone })
filing-standard-print = Standard print
filing-language-english = English
# $language: the language as the resident wrote it.
filing-language-interpreter = { $language }, with an interpreter

## Sent

filing-not-found-title = Page not found
filing-not-found-text = We could not find that reference in your account. Check the reference in the email we sent you.
filing-sent-complaint = Complaint sent
filing-sent-concern = Safety concern sent
filing-sent-compliment = Compliment sent
# Followed by the reference, shown large on its own line.
filing-your-reference = Your reference is
# "We received it on [date]. We have emailed you a copy. …"
filing-received-before = We received it on
filing-received-after = . We have emailed you a copy. Quote your reference if you contact us about it.
filing-files-sent = Files you sent
filing-next = What happens next
filing-talk-to-us = If you need to talk to us
filing-ombudsman-heading = The Housing Ombudsman
filing-ombudsman-text = You can contact the Housing Ombudsman Service at any time for free, impartial advice.
filing-go-to-account = Go to your account
