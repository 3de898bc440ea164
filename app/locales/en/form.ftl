# The words of the form building blocks every form page uses: the error summary, the
# "Error:" before a page title and before a field's message, and a date's three boxes.
# Last checked by a fluent speaker: 2026-12-01

form-title-error = Error: { $title }
form-error-summary-title = There is a problem
form-error-prefix = Error:
form-date-day = Day
form-date-month = Month
form-date-year = Year
