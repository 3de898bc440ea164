# Words shared by the pages: what went wrong, the service standard's spans of time, and the
# page for an address we do not have.
# Last checked by a fluent speaker: 2026-12-01

common-problem-title = Sorry, there is a problem
common-problem-invalid = There is a problem with your answers
common-problem-signed-out = You need to sign in to do that
common-problem-malformed = The form did not arrive whole. Go back to the page, and send it again.
common-problem-unavailable = Something went wrong on our side. Nothing you typed was saved; please try again in a few minutes.
common-problem-busy = We are very busy at the moment. Wait a few seconds, then try again: what you typed is still here.
common-problem-unreachable = We could not reach Calico Homes. Check your connection, then try again: what you typed is still here.
# A span of time as it reads after "within": "within 5 working days".
common-span-working-days =
    { $count ->
        [one] { $count } working day
       *[other] { $count } working days
    }
common-span-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
common-not-found-title = Page not found
common-not-found-typed = If you typed the web address, check it is correct.
common-not-found-pasted = If you pasted the web address, check you copied the entire address.
# "You can go to the [Calico Account home page], or call us on [phone] ([hours])."
common-not-found-go-to = You can go to the
common-not-found-home-link = Calico Account home page
common-not-found-or-call = , or call us on
common-not-found-hours = ({ $hours }).
