# The resident's account: the account page, name, contact preferences and support needs,
# email change, home change, activation code, inviting a representative, and the invitation
# a representative opens.
# Last checked by a fluent speaker: 2026-12-01

## The account page

profile-account-title = Your account
profile-new-feedback = Make a complaint, report a safety concern or give a compliment
profile-letters-link = Letters we have sent you

profile-saved-name = Your name has been saved.
profile-saved-email = Your email address has been changed. Use it to sign in from now on.
profile-saved-home = Your account is now linked to your home.
profile-saved-linked = Your activation code is right: your account is now linked to your home.
profile-saved-approved = You approved the request: they are now linked to your home, and we have told them.
profile-saved-declined = You declined the request: they are not linked to your home, and we have told them.
profile-saved-representatives = Your choice about who can act for you has been saved.
profile-saved-invited = Your invitation has been sent. They need to open the link in it and sign in, or register, with that email address.
profile-saved-accepted = You can now act for this resident.
profile-saved-preferences = Your contact preferences and support needs have been saved.

profile-home-checking-new = We are checking your new home
profile-home-not-linked-yet = Your account is not linked to your home yet
profile-home-asked = You asked on { $day } to link your account to the home with rent reference { $reference } and postcode { $postcode }. If they match our records, we post an activation code there, addressed to the lead tenant.
profile-home-until-linked = Until it is linked you can still make a complaint about your home; we will not show you the home's other complaints, letters or representatives.
profile-enter-code = Enter your activation code
profile-home-not-linked = Your account is not linked to your home
profile-home-why-link = Link it to see the complaints made about your home and the letters we send about them, and to choose who can act for you.
profile-link-home = Link your account to your home

profile-approve = Approve
profile-decline = Decline
profile-join-asked = Asked on { $day } to be linked to your home.
profile-join-heading = People asking to join your home
profile-join-intro = Approve only someone you know who lives with you, such as a joint tenant: they will see the complaints made about your home, the letters we send about them, and who acts for you.

profile-details-heading = Your details
# "Change" links; a screen reader hears the row's name after it ("Change name").
profile-change = Change
profile-change-contact-hidden = how we contact you and the support you need
profile-row-name = Name
profile-name-not-given = Not given yet
profile-row-email = Email address
profile-row-home = Home
profile-rent-reference = Rent reference
profile-not-tenancy = Your account is not linked to a tenancy: you can act for residents who agree to it.
profile-contact-heading = How we contact you
profile-row-contact-by = Contact me by
profile-contact-letter-to = Letter by post to { $address }
profile-row-phone = Phone number
profile-phone-not-given = Not given
profile-row-call-times = Times to call
profile-no-preference = No preference
profile-support-heading = Support you need
profile-row-formats = Format of letters
profile-standard-print = Standard print
# Between two formats in a list: "Large print, Braille".
profile-list-separator = { ", " }
profile-row-language = Language
profile-language-english = English
# $language is as the resident wrote it.
profile-language-interpreter = { $language }, with an interpreter for calls and meetings
profile-row-adjustments = Adjustments
profile-none-recorded = None recorded

profile-acting-for-heading = People you act for
profile-acting-for-open = { $name }: all their complaints, until they withdraw it.
profile-acting-for-until = { $name }: all their complaints, until { $day }.

profile-representatives-heading = People who can act for you
profile-representatives-intro = A relative, advocate, councillor or MP can make complaints for you and hear about them, but only if you agree.
profile-status-invited = Invited: they have not accepted yet.
profile-status-can-act = Can act for you.
profile-status-withdrawn = Access withdrawn.
profile-status-asking = Asking to act for you.
profile-status-refused = You did not allow this.
profile-invited-covers-open = Covers: all your complaints, until you withdraw it.
profile-invited-covers-until = Covers: all your complaints, until { $day }.
# $scope is profile-scope-this or profile-scope-all.
profile-consent-covers = Covers: { $scope }.
profile-scope-this = this complaint only
profile-scope-all = all their complaints
profile-consent-asked-with = Asked with complaint { $reference }.
profile-withdraw-access = Withdraw access
profile-allow = Allow
profile-do-not-allow = Do not allow
profile-back = Back to your account

## Name

profile-name-title = Your name
profile-name-heading = What name should we use?
profile-save = Save
profile-name-label = Your full name
profile-name-hint = We will use this name on letters and when we call you.

## Contact preferences and support needs (also in every complaint)

profile-preferences-title = How we contact you and the support you need
profile-contact-legend-complaints = How would you like us to contact you about complaints?
profile-contact-legend-this = How would you like us to contact you about this?
profile-contact-hint = We will still email you about your account, for example to reset your password.
profile-method-email = Email
profile-method-phone = Phone call
profile-method-letter = Letter by post
profile-phone-label = Phone number (optional)
profile-phone-hint = We need this if you would like phone calls.
profile-call-times-label = Best times to call (optional)
profile-call-times-hint = For example, weekday mornings, or not before 10am. Up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
profile-formats-legend = Do you need our letters in another format?
profile-formats-hint = Select all that apply. Each letter in Braille or audio reaches you within { $days ->
        [one] { $days } day
       *[other] { $days } days
    } of the letter itself.
profile-format-large-print = Large print
profile-format-audio = Audio
profile-format-braille = Braille
profile-language-label = Language, if not English (optional)
profile-language-hint = We can translate our letters. A written translation can take up to { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
profile-interpreter-legend = Interpreter
profile-interpreter-option = I need an interpreter for phone calls and meetings
profile-adjustments-label = Is there anything else we should do to make contacting us easier? (optional)
profile-adjustments-hint = For example, a named contact, a carer present, or more time to reply. Up to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.

## Email address

profile-email-title = Change your email address
profile-email-submit = Send the link
# Around the current address, shown in bold: "Your email address is now a@b.com."
profile-email-now-before = Your email address is now
profile-email-now-after = .
profile-email-intro = We will send a link to the new address. Your address changes when you open it; until then we keep using the old one.
profile-email-new-label = New email address
profile-password-label = Your password
profile-password-hint = So we know it is you.
profile-check-title = Check your email
profile-check-lead = We have sent a message to the new email address.
profile-check-body = Open the link in it to start using that address. The link works once, for 24 hours. If nothing arrives within a few minutes, check your spam or junk folder.
profile-confirm-title = Confirm your new email address
profile-confirm-submit = Use my new email address
profile-confirm-intro = Press the button to use this email address for your Calico Account.

## Home

profile-home-title = Your home
profile-home-representative = This account acts for residents, so it is not linked to a home. To complain about your own home, register a separate account with your rent reference.
profile-change-home-title = Change your home
profile-change-home-heading = Have you moved to another Calico home?
profile-postcode-new = Postcode of your new home
profile-postcode = Postcode of your home
profile-continue = Continue
# Around the current address, shown in bold: "Your account is now for 1 High Street."
profile-home-now-before = Your account is now for
profile-home-now-after = .
profile-home-enter = Enter the rent reference and postcode of your home. Your rent reference is on your rent statement and your tenancy agreement.
profile-home-lead-tenant = If you are the lead tenant and your date of birth, and your phone number or email address, match our records, your account is linked at once. Otherwise we post an activation code to the home.
profile-rent-reference-hint = For example, 10012345

## Activation code

profile-activation-code = Activation code
profile-activation-linked = Your account is linked to your home. There is no code to enter.
profile-activation-not-waiting = Your account is not waiting for a code.
profile-activation-sent-again = We have asked for a new code to be posted. The codes sent before no longer work.
profile-activation-asked = We have your request. If the home matches our records, we post an activation code to it.
profile-activation-not-posted = We have not posted a code yet: ask for one below.
profile-activation-posted = We sent a code for posting on { $day }. Letters usually arrive within 5 working days.
profile-activation-submit = Link my account
profile-activation-match = If the rent reference { $reference } and postcode { $postcode } match our records, we post the code to that home, addressed to the lead tenant.
profile-activation-spent = The last code was tried too many times. Ask for a new one below.
profile-activation-not-received = Not received a code?
profile-activation-post-new = Post me a new code
profile-activation-codes-max = We have posted { $count ->
        [one] { $count } code
       *[other] { $count } codes
    } for this request, the most we send.
# Around the link "give them again".
profile-activation-wrong-before = If the rent reference or postcode above is wrong,
profile-activation-wrong-link = give them again
profile-activation-wrong-after = .
profile-activation-no-post-heading = If you cannot get post at this home
profile-activation-someone-linked = If someone already linked to the home, such as the lead tenant, has an account, they can approve your request from their account: we have emailed them.
# $hours is the office hours (layout-landlord-hours).
profile-activation-call = Or call us on { $phone } ({ $hours }) and we will check who you are another way.
profile-activation-hint = 8 numbers, from the letter. For example, 1234 5678

## Inviting someone to act for you

profile-invite-title = Invite someone to act for you
profile-invite-no-tenancy = Your account is not linked to a tenancy, so there is nobody to act for.
profile-invite-submit = Send the invitation
profile-invite-intro = They will be able to make complaints for you and follow all your complaints, including what we send you about them. We will email them a link to accept. You can withdraw it at any time from your account.
profile-invite-name = Their full name
profile-invite-email = Their email address
profile-invite-email-hint = They will need to sign in, or register, with this address to accept.
profile-invite-relationship = How are they connected to you?
profile-invite-relationship-other = If other, how are they connected to you?
profile-invite-expiry = When should it end? (optional)
profile-invite-expiry-hint = Leave this empty if it lasts until you withdraw it. For example, 31 12 2027.

## The invitation, as the invited person sees it

profile-offer-title = An invitation to act for a resident
profile-offer-heading = { $resident } has asked you to act for them
profile-offer-intro-open = Dear { $name }, you would be able to make complaints for them to Calico Homes and follow all their complaints, until they withdraw it.
profile-offer-intro-until = Dear { $name }, you would be able to make complaints for them to Calico Homes and follow all their complaints, until { $day }.
profile-offer-withdraw = They can withdraw this at any time.
profile-accept = Accept
profile-offer-wrong-account = You are signed in as { $email }, but the invitation was sent to { $invited }. Sign out, then sign in with that address.
profile-offer-sign-in = Sign in to accept
# Before and after the link "Register with …".
profile-offer-new = New to Calico Account?
profile-offer-register = Register with { $email }
profile-offer-register-after = , confirm your address, then open the link in the invitation email again.
profile-offer-unusable-title = This invitation cannot be used
profile-offer-unusable = It has been accepted or withdrawn already, or it is more than { $days ->
        [one] { $days } day
       *[other] { $days } days
    } old. Ask the resident to invite you again from their account.
profile-language-pages-hint = If it is Urdu or Polish, your account's pages are shown in it too.
