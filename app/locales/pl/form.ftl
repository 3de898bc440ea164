# Słowa elementów formularzy, z których korzysta każda strona z formularzem: podsumowanie
# błędów, „Błąd:” przed tytułem strony i przed komunikatem pola oraz trzy pola daty.
# The words of the form building blocks every form page uses, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

form-title-error = Błąd: { $title }
form-error-summary-title = Wystąpił problem
form-error-prefix = Błąd:
form-date-day = Dzień
form-date-month = Miesiąc
form-date-year = Rok
form-unreachable = Nie udało się połączyć z Calico Homes. Sprawdź połączenie i spróbuj ponownie: to, co wpisano, nadal tu jest i jest zachowane na tym urządzeniu.
form-restored = Przywróciliśmy to, co wpisano na tym urządzeniu, zanim zostało zapisane. Sprawdź to i przejdź dalej.
