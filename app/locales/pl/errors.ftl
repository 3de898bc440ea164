# Komunikaty, które mówią mieszkańcowi, co poprawić, gdy formularz nie został przyjęty:
# w podsumowaniu błędów i przy każdym polu.
# The messages that tell a resident what to fix, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## Email address, rent reference, postcode and phone number

errors-email-missing = Wpisz swój adres e-mail
errors-email-format = Wpisz adres e-mail w prawidłowym formacie, na przykład name@example.com
errors-rent-reference-missing = Wpisz swój numer referencyjny czynszu
errors-rent-reference-format = Wpisz numer referencyjny czynszu tak, jak widnieje na zestawieniu czynszu: od 6 do 12 liter i cyfr
errors-postcode-missing = Wpisz kod pocztowy
errors-postcode-format = Wpisz prawidłowy kod pocztowy, na przykład BB11 2ED
errors-phone-format = Wpisz brytyjski numer telefonu, na przykład 01282 686300 lub 07700 900 982
errors-phone-for-calls = Wpisz numer telefonu, abyśmy mogli do Ciebie zadzwonić

## Passwords, signing in, links sent by email

errors-password-missing = Wpisz hasło
errors-password-too-short = Hasło musi mieć co najmniej 10 znaków
errors-password-too-long = Hasło może mieć najwyżej 256 znaków
errors-password-common = To hasło jest jednym z najczęściej używanych i łatwo je odgadnąć; wybierz inne
errors-password-is-email = Hasło nie może być Twoim adresem e-mail
errors-password-mismatch = Hasła nie są takie same; wpisz to samo hasło w obu polach
errors-sign-in-wrong = Adres e-mail lub hasło są nieprawidłowe. Sprawdź je i spróbuj ponownie.
errors-unconfirmed = Zanim się zalogujesz, musisz potwierdzić swój adres e-mail. Wysłaliśmy Ci nowy link: otwórz go, a potem się zaloguj.
errors-verify-link-used = Ten link wygasł lub został już użyty. Zaloguj się, aby otrzymać nowy.
errors-reset-link-used = Ten link wygasł lub został już użyty. Poproś o nowy.
errors-password-wrong = Hasło jest nieprawidłowe. Wpisz hasło, którego używasz do logowania.
errors-email-unchanged = To już jest Twój adres e-mail. Wpisz nowy adres, którego chcesz używać.
errors-email-link-used = Ten link wygasł lub został już użyty. Zaloguj się i ponownie poproś o zmianę adresu e-mail.
errors-email-taken = Ten adres e-mail ma już własne konto w Calico Account, więc nie przenieśliśmy na niego Twojego konta. Twój adres e-mail się nie zmienił.
# $minutes or $hours: how long to wait.
errors-wait-minutes = Zbyt wiele prób. Odczekaj { $minutes } { $minutes ->
        [one] minutę
        [few] minuty
        [many] minut
       *[other] minuty
    } i spróbuj ponownie.
errors-wait-hours = Zbyt wiele prób. Odczekaj { $hours } { $hours ->
        [one] godzinę
        [few] godziny
        [many] godzin
       *[other] godziny
    } i spróbuj ponownie.

## Your name, and contact preferences

errors-name-missing = Wpisz swoje imię i nazwisko
errors-select-contact-method = Wybierz, jak mamy się z Tobą kontaktować
errors-interpreter-language = Wpisz język, w którym potrzebujesz tłumacza ustnego

## The complaint journey

errors-select-purpose = Wybierz, co chcesz zrobić
errors-select-for-whom = Wybierz, w czyim imieniu to zgłaszasz
errors-for-whom-no-tenancy = Twoje konto nie jest powiązane z najmem, więc możesz działać tylko w imieniu innej osoby. Aby złożyć skargę dotyczącą własnego domu, zarejestruj się, podając swój numer referencyjny czynszu.
errors-what-happened-missing = Napisz, co się stało
errors-incident-date-missing = Wpisz datę zdarzenia
errors-outcome-missing = Napisz, co mamy zrobić, aby naprawić sytuację
errors-late-reason-missing = Napisz, dlaczego nie zgłoszono tego wcześniej
errors-concern-what-missing = Napisz, co jest niebezpieczne
errors-concern-where-missing = Napisz, gdzie to jest
errors-select-danger-now = Zaznacz, czy ktoś jest teraz w niebezpieczeństwie
errors-select-vulnerable = Zaznacz, czy dotyczy to kogoś, kto może być bardziej narażony
errors-compliment-who-missing = Napisz, kto Ci pomógł
errors-compliment-what-missing = Napisz, co ta osoba zrobiła
errors-answers-not-found = Nie udało się znaleźć tych odpowiedzi: być może zaczęto je wypełniać od nowa. Zanim zaczniesz od nowa, sprawdź, czy w poczcie e-mail nie masz od nas numeru referencyjnego.

## Acting for someone else, and inviting someone to act for you

errors-select-how-you-know = Wybierz, skąd znasz osobę, w której imieniu działasz
errors-select-connected-to-you = Wybierz, kim ta osoba jest dla Ciebie
errors-connection-missing = Napisz, co Cię łączy z tą osobą
errors-their-name-missing = Wpisz imię i nazwisko tej osoby
errors-address-or-reference = Wpisz adres tej osoby lub jej numer referencyjny czynszu, abyśmy mogli odnaleźć jej najem
errors-select-consent-method = Wybierz, w jaki sposób ta osoba wyraziła zgodę
errors-consent-date-missing = Wpisz datę, kiedy ta osoba przekazała nam zgodę
errors-consent-to-missing = Napisz, komu w Calico Homes ta osoba przekazała zgodę
errors-select-consent-scope = Wybierz, czego dotyczy zgoda tej osoby
errors-expiry-in-future = Data wygaśnięcia musi przypadać w przyszłości
errors-choose-allow = Wybierz, czy zezwolić, odmówić, czy wycofać dostęp.
errors-access-changed = Dostęp tej osoby został już zmieniony. Sprawdź listę poniżej.
errors-invite-needs-tenancy = Tylko mieszkaniec, którego konto jest powiązane z najmem, może kogoś zaprosić. Najpierw dodaj swój dom na stronie swojego konta.
errors-invitation-withdrawn = To zaproszenie zostało już wycofane. Sprawdź listę poniżej.
errors-invitation-other-address = To zaproszenie wysłano na inny adres e-mail. Wyloguj się, a następnie zaloguj się (lub zarejestruj), używając adresu, na który wysłano zaproszenie.
# $days: how many days an invitation can be accepted in.
errors-invitation-gone = Tego zaproszenia nie można już przyjąć: zostało użyte lub wycofane albo ma więcej niż { $days } { $days ->
        [one] dzień
        [few] dni
        [many] dni
       *[other] dnia
    }. Poproś mieszkańca, aby ponownie Cię zaprosił.

## Linking an account to a home

errors-account-representative = To konto służy do działania w imieniu mieszkańców, dlatego nie jest powiązane z żadnym domem. Aby złożyć skargę dotyczącą własnego domu, zarejestruj osobne konto, podając swój numer referencyjny czynszu.
errors-code-missing = Wpisz kod aktywacyjny z listu
errors-code-digits = Kod aktywacyjny może zawierać tylko cyfry od 0 do 9
errors-code-length = Kod aktywacyjny musi mieć 8 cyfr
# $left: how many more tries the code allows.
errors-code-wrong = Ten kod jest nieprawidłowy albo wygasł. Porównaj go z najnowszym listem, który wysłaliśmy. Możesz spróbować jeszcze { $left } { $left ->
        [one] raz
        [few] razy
        [many] razy
       *[other] razy
    }.
errors-code-spent = Tego kodu nie można już użyć: wpisywano go zbyt wiele razy. Poproś poniżej o nowy kod.
errors-not-waiting = Twoje konto nie czeka na kod. Wróć do swojego konta, aby sprawdzić, na jakim etapie jest sprawa.
# $count: codes posted; $phone: our phone number; $hours: the office hours (layout-landlord-hours).
errors-codes-posted = Dla tej prośby wysłaliśmy już pocztą { $count } { $count ->
        [one] kod
        [few] kody
        [many] kodów
       *[other] kodu
    }. Zadzwoń do nas pod numer { $phone } ({ $hours }), a pomożemy Ci powiązać konto.
errors-choose-approve = Wybierz, czy zatwierdzić, czy odrzucić prośbę.
errors-request-answered = Na tę prośbę już odpowiedziano. Sprawdź swoje konto.

## Text size and colours

errors-select-text-size = Wybierz rozmiar tekstu
errors-select-colours = Wybierz kolory

## Asking something of a complaint, and finding a complaint or a letter

errors-late-review-reason-missing = Napisz, dlaczego prosisz o to po upływie terminu, na przykład z powodu pobytu w szpitalu
errors-information-missing = Wpisz informacje, które chcesz dodać do swojej skargi
# $max: the most characters the box takes; $len: how many were typed.
errors-text-too-long = Ten tekst może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }, a ma { $len } { $len ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }. Skróć go.
errors-complaint-closed = Ta skarga jest zamknięta, więc nie można już o nic w jej sprawie prosić. W każdej chwili możesz złożyć nową skargę.
# $day: a date, written out in full.
errors-review-ended = Termin na prośbę o ponowne rozpatrzenie minął ({ $day }). Nadal możesz o nie poprosić, podając powód opóźnienia, a Koordynator ds. skarg podejmie decyzję.
errors-review-usual-way = Nadal możesz poprosić o ponowne rozpatrzenie w zwykły sposób. Termin: { $day }.
errors-late-review-asked = Prośba o ponowne rozpatrzenie po upływie terminu została już złożona; Koordynator ds. skarg podejmie decyzję i Cię o niej poinformuje.
errors-review-after-stage1 = O ponowne rozpatrzenie można poprosić dopiero wtedy, gdy wyślemy odpowiedź na Etapie 1.
errors-information-after-stage1 = Wysłaliśmy już odpowiedź na Etapie 1. Jeśli coś nadal Ci nie odpowiada, poproś o ponowne rozpatrzenie; jeśli chodzi o coś nowego, złóż nową skargę.
errors-cannot-now = Nie można tego teraz zrobić.
errors-no-complaint = Na Twoim koncie nie ma skargi o tym numerze referencyjnym.
errors-no-complaint-check = Na Twoim koncie nie ma skargi o tym numerze referencyjnym. Sprawdź numer referencyjny albo wróć do swojego konta, aby zobaczyć swoje skargi.
errors-no-letter = Nie ma listu o tym numerze, który możesz przeczytać.

## Answers too long, or on more than one line
# $label: the name of the box (errors-label-…), in „…”; $max and $min: the most and the
# fewest characters it takes; $len: how many were typed.

errors-too-long = Pole „{ $label }” może mieć najwyżej { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    } (wpisano { $len } { $len ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    })
errors-too-short = Pole „{ $label }” musi mieć co najmniej { $min } { $min ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    } (wpisano { $len } { $len ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    })
errors-line-break = Pole „{ $label }” musi mieścić się w jednym wierszu: usuń wszystkie przejścia do nowego wiersza i tabulatory
errors-label-what-happened = Co się stało
errors-label-already-reported = Co już nam zgłoszono
errors-label-outcome = Czego od nas oczekujesz
errors-label-late-reason = Dlaczego nie zgłoszono tego wcześniej
errors-label-unsafe = Co jest niebezpieczne
errors-label-where = Gdzie to jest
errors-label-who-helped = Kto Ci pomógł
errors-label-what-they-did = Co ta osoba zrobiła
errors-label-call-times = Najlepsze godziny na telefon
errors-label-language = Język
errors-label-adjustments = Dostosowania
errors-label-your-name = Twoje imię i nazwisko
errors-label-connection = Co Cię łączy z tą osobą
errors-label-their-name = Imię i nazwisko tej osoby
errors-label-their-address = Adres tej osoby
errors-label-who-they-told = Komu przekazano zgodę

## Dates typed in three boxes
# $label: the date (errors-date-label-…), the first words of the sentence; every label is
# "Data …", so the sentences agree with a feminine noun.

errors-date-needs-day = { $label } musi zawierać dzień
errors-date-needs-month = { $label } musi zawierać miesiąc
errors-date-needs-year = { $label } musi zawierać rok
errors-date-needs-day-month = { $label } musi zawierać dzień i miesiąc
errors-date-needs-day-year = { $label } musi zawierać dzień i rok
errors-date-needs-month-year = { $label } musi zawierać miesiąc i rok
errors-date-real = { $label } musi być prawidłową datą
errors-date-not-future = { $label } nie może być datą z przyszłości
errors-date-after-1900 = { $label } musi przypadać po 1900 roku
errors-year-four-digits = Rok musi mieć 4 cyfry, na przykład 2026
errors-date-label-birth = Data urodzenia
errors-date-label-incident = Data zdarzenia
errors-date-label-expiry = Data wygaśnięcia
errors-date-label-consent = Data przekazania zgody
