# Słowa wspólne dla stron: co poszło nie tak, okresy z naszych standardów obsługi i strona
# dla adresu, którego nie mamy.
# Words shared by the pages, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

common-problem-title = Przepraszamy, wystąpił problem
common-problem-invalid = W Twoich odpowiedziach jest problem
common-problem-signed-out = Aby to zrobić, musisz się zalogować
common-problem-malformed = Formularz nie dotarł w całości. Wróć do strony i wyślij go jeszcze raz.
common-problem-unavailable = Coś poszło nie tak po naszej stronie. Nic z tego, co wpisano, nie zostało zapisane; spróbuj ponownie za kilka minut.
common-problem-busy = Mamy teraz bardzo dużo pracy. Poczekaj kilka sekund i spróbuj ponownie: to, co wpisano, nadal tu jest.
common-problem-unreachable = Nie udało się połączyć z Calico Homes. Sprawdź połączenie z internetem i spróbuj ponownie: to, co wpisano, nadal tu jest.
# Okres w dopełniaczu, tak jak po „w ciągu”: „w ciągu 5 dni roboczych”, „w ciągu 1 dnia roboczego”.
common-span-working-days =
    { $count ->
        [one] { $count } dnia roboczego
        [few] { $count } dni roboczych
        [many] { $count } dni roboczych
       *[other] { $count } dni roboczych
    }
common-span-days =
    { $count ->
        [one] { $count } dnia
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dni
    }
common-not-found-title = Nie znaleziono strony
common-not-found-typed = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny.
common-not-found-pasted = Jeśli adres strony został wklejony, sprawdź, czy skopiowano cały adres.
# „Możesz przejść do [strony głównej Calico Account]. Możesz też zadzwonić do nas pod numer
# [telefon] ([godziny]).” (Tekst po linku zaczyna się bez spacji.)
common-not-found-go-to = Możesz przejść do
common-not-found-home-link = strony głównej Calico Account
common-not-found-or-call = . Możesz też zadzwonić do nas pod numer
common-not-found-hours = ({ $hours }).
