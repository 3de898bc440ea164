# The emails an account is sent (confirming an address, a password reset, a changed address,
# an invitation to act for a resident, a request to link to a home), and the landlord's
# details every email ends with. Each message is a paragraph; a link follows a message ending
# in ":" on its own line. $hours, $minutes: how long a link works.
# Last checked by a fluent speaker: 2026-12-02

# The office hours, as every email's signature and the letters' sentences give them.
landlord-hours = 9am to 5pm, Monday to Friday

mail-verify-subject = Confirm your email address for your Calico Account
mail-verify-open = To finish setting up your Calico Account, confirm your email address by opening this link:
mail-verify-once = The link works once, for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. If you did not ask for a Calico Account, you do not need to do anything.

mail-registered-subject = You already have a Calico Account
mail-registered-tried = Someone, probably you, tried to register for a Calico Account with this email address.
mail-registered-sign-in = You already have an account. Sign in here:
mail-not-you = If this was not you, you do not need to do anything.

mail-reset-subject = Reset your Calico Account password
mail-reset-open = To choose a new password for your Calico Account, open this link:
mail-reset-once = The link works once, for { $minutes } minutes. If you did not ask to reset your password, you do not need to do anything: your password has not changed.

mail-taken-subject = This email address already has a Calico Account
mail-taken-nothing = Someone asked to move a Calico Account to this email address, but it already has its own account, so nothing has changed.
mail-taken-sign-in = You can sign in with this address here:

mail-new-address-subject = Confirm the new email address for your Calico Account
mail-new-address-open = To use this email address for your Calico Account, open this link:
mail-new-address-once = The link works once, for { $hours } { $hours ->
        [one] hour
       *[other] hours
    }. Until then we keep using your old address. If you did not ask for this, you do not need to do anything.

mail-changed-subject = The email address of your Calico Account has changed
mail-changed-to = The email address of your Calico Account has been changed to { $address }. We will send everything there from now on.
mail-changed-not-you = If you did not do this, call us on { $phone } ({ $hours }) straight away, and reset your password here:

# $who: the resident's name, or mail-invitation-someone; $day: a date written out in full.
mail-invitation-someone = A Calico Homes resident
mail-invitation-subject = { $who } has asked you to act for them with Calico Homes
mail-invitation-dear = Dear { $name },
mail-invitation-asked = { $who } has asked you to act for them on their complaints to Calico Homes. You would be able to make complaints for them and follow what happens to them.
mail-invitation-asked-until = { $who } has asked you to act for them on their complaints to Calico Homes until { $day }. You would be able to make complaints for them and follow what happens to them.
mail-invitation-open = To accept, open this link and sign in, or register, with this email address:
mail-invitation-once = The link works once, until { $day }. If you do not want to do this, you do not need to do anything.
# Before the English copy of an invitation written in another language.
mail-invitation-english = The same message in English:

# $address: the email address of the account asking.
mail-household-subject = Someone asked to link their Calico Account to your home
mail-household-asked = The Calico Account { $address } asked to be linked to your home. A linked account can see the complaints made about your home, the letters we send about them, and who acts for you.
mail-household-decide = If you know them (a joint tenant or someone in your household), you can approve it in your account. If you do not, decline it there, or do nothing: without your approval they need the activation code we are posting to your home. Your account is here:

mail-linked-subject = Your Calico Account is linked to your home
mail-linked-approved = Your Calico Account is now linked to your home: someone already linked to it approved your request. Sign in to see it:
