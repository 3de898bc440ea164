# Ramy każdej strony: nagłówek, wybór języka, nawigacja, stopka i ostrzeżenie alarmowe.
# The frame of every resident page, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

meta-description = Calico Account: złóż skargę, zgłoś zagrożenie bezpieczeństwa lub przekaż pochwałę Calico Homes i śledź, co dzieje się dalej.
layout-skip-link = Przejdź do głównej treści
layout-language = Język
layout-menu = Menu
layout-nav-name = Główna
layout-nav-home = Strona główna
layout-nav-register = Zarejestruj się
layout-nav-sign-in = Zaloguj się
layout-nav-complain = Złóż skargę
layout-nav-account = Twoje konto
layout-nav-accessibility = Dostępność
layout-signed-in-as = Zalogowano jako
layout-footer-contact = Kontakt z Calico Homes
layout-footer-ombudsman-text = Bezpłatna, bezstronna porada w sprawie skargi w dowolnym momencie. Rzecznik może wszcząć postępowanie po zakończeniu naszej procedury skargowej.
layout-footer-about = O tym serwisie
layout-footer-accessibility = Deklaracja dostępności
layout-footer-display = Rozmiar tekstu i kolory
layout-footer-rights = Złożenie skargi nigdy nie wpływa na Twoje prawo do naszych usług.
layout-emergency-name = Nagły wypadek
layout-emergency-danger = Jeśli ktoś jest teraz w niebezpieczeństwie, zadzwoń pod 999.
layout-emergency-repair = W sprawie pilnej naprawy zadzwoń do nas pod numer
layout-emergency-out-of-hours = ; gdy nasze biura są zamknięte, zadzwoń na naszą linię dyżurną pod numer
layout-full-stop = .
layout-contact-phone = Telefon:
layout-contact-email = E-mail:
layout-contact-post = Poczta:
layout-landlord-hours = od 9:00 do 17:00, od poniedziałku do piątku
layout-keep-page = Aby zachować kopię, wydrukuj tę stronę lub zapisz ją jako PDF z menu przeglądarki.
layout-keep-letter = Aby zachować kopię, wydrukuj ten list lub zapisz go jako PDF z menu przeglądarki.
layout-print-page = Wydrukuj tę stronę
layout-print-letter = Wydrukuj ten list
layout-sign-out = Wyloguj się
