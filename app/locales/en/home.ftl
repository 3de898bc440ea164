# The home page: what a resident can do in Calico Account, and how long each step takes.
# Last checked by a fluent speaker: 2026-12-01

home-title = Home
home-heading = Your Calico Account
home-lead = Tell Calico Homes when something has gone wrong, when something is unsafe, or when someone has helped you. Then follow what happens next, and when.
home-what-you-can-do = What you can do here
home-register-heading = Register with your rent reference
home-register-text = You need an email address and your rent reference number. We check the reference against your tenancy before anyone can see your details.
home-complaint-heading = Make a complaint
home-complaint-text = Tell us what went wrong and what you would like us to do. You do not need to use the word "complaint". Unhappy with how we handled a repair you reported? That is a complaint too.
# $limit, $target and $response are spans such as "5 working days" (common-span-*).
home-complaint-timescales = We acknowledge a complaint within { $limit } (we aim for { $target }) and give you our full response within { $response } of acknowledging it.
home-safety-heading = Report a safety concern
home-safety-text = Scaffolding left up, a smoke alarm that does not work, anything that feels unsafe. We act on concerns straight away and deal with the most urgent first.
home-compliment-heading = Give a compliment
home-compliment-text = Tell us who helped you and how. We pass your words to their manager.
home-follow-heading = Follow your complaint
home-follow-text = See who is handling it, the date each answer is due and how many working days are left. The page updates when we act.
home-review-heading = Ask for a review
home-review-text = If you are still unhappy after our first response, you can ask for your complaint to be looked at again by a different, senior person (Stage 2).
# $window, $acknowledge and $response are spans such as "20 working days" (common-span-*).
home-review-timescales = You can ask within { $window } of our Stage 1 response. We acknowledge your request within { $acknowledge } and give our final response within { $response } of that.
home-someone-heading = Someone can do this for you
home-someone-text = A family member or friend, an advocate or support worker, a councillor or your MP can make a complaint for you. We only share your details with them once you have told us you agree.
home-contact-heading = Other ways to contact us
# "Call us on [phone], [hours], email [address] or visit our office …": the phone number and
# the email address are links between these three pieces.
home-contact-call = Call us on
home-contact-email = , { $hours }, email
home-contact-visit = or visit our office on Croft Street, Burnley, next to the bus station.
home-formats = We can give you information in large print, audio or Braille, and arrange an interpreter through Language Line.
