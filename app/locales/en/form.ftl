# The words of the form building blocks every form page uses: the error summary, the
# "Error:" before a page title and before a field's message, and a date's three boxes.
# Last checked by a fluent speaker: 2026-12-01

form-title-error = Error: { $title }
form-error-summary-title = There is a problem
form-error-prefix = Error:
form-date-day = Day
form-date-month = Month
form-date-year = Year
form-unreachable = We could not reach Calico Homes. Check your connection, then try again: what you typed is still here, and kept on this device.
form-restored = We have put back what you typed on this device before it was saved. Check it, then continue.
