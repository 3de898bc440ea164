# Listy wysłane do mieszkańca i strona wokół jednego listu. Same listy są w języku mieszkańca
# (domain/locales).
# The letters pages, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

letters-title = Twoje listy
letters-intro = Listy, które wysłaliśmy w sprawie Twoich skarg, od najnowszego. Każdy z nich wysyłamy Ci też w sposób, w jaki prosisz nas o kontakt.
letters-none = Nie wysłaliśmy Ci jeszcze żadnych listów.
letters-back-to-account = Wróć do swojego konta
letters-all = Wszystkie Twoje listy
letters-standard-print = Wersja tego listu w zwykłym druku
letters-large-print = Wersja tego listu dużym drukiem (18 punktów), do przeczytania lub wydrukowania
letters-sent = { $how ->
        [email] Wysłano e-mailem
       *[post] Wysłano pocztą
    }: { $when }.
