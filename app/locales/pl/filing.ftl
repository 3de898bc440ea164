# Zgłaszanie skargi, zagrożenia bezpieczeństwa lub pochwały, strona po stronie, „Sprawdź swoje
# odpowiedzi” i potwierdzenie z numerem referencyjnym.
# The complaint journey, page by page, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## Shared by the journey's pages

filing-continue = Dalej
filing-back-to-check = Wróć do sprawdzania odpowiedzi
filing-choose-one = Wybierz jedną odpowiedź

## What would you like to do?

filing-purpose-title = Co chcesz zrobić?
filing-purpose-complaint = Złóż skargę
filing-purpose-complaint-hint = Coś poszło nie tak z naszą usługą albo nie zrobiliśmy czegoś, co powinniśmy. Dotyczy to także zgłoszonej naprawy, którą źle się zajęliśmy.
filing-purpose-concern = Zgłoś zagrożenie bezpieczeństwa
filing-purpose-concern-hint = Coś jest niebezpieczne, na przykład pozostawione rusztowanie albo niedziałający czujnik dymu.
filing-purpose-compliment = Przekaż pochwałę
filing-purpose-compliment-hint = Ktoś z Calico Homes Ci pomógł i chcesz tej osobie podziękować.
filing-purpose-repair = Zgłoś naprawę
filing-purpose-repair-hint = Coś w Twoim domu jest zepsute lub wymaga naprawy.

## Get something repaired
# "[before] [phone] ([hours])[middle] [email][after]": the phone number and the email address
# are links. { "" } keeps the space at the start of filing-repair-call-middle.

filing-repair-lead = Zgłoś naprawę naszemu zespołowi ds. napraw, abyśmy mogli się tym zająć.
filing-repair-call-before = Zadzwoń do nas pod numer
filing-repair-call-middle = { "" } lub napisz na adres
filing-repair-call-after = .
filing-repair-already = Naprawa jest już zgłoszona?
filing-repair-already-text = Jeśli zgłoszono naprawę, a sposób, w jaki się nią zajęliśmy, Cię nie zadowala, jest to skarga – nawet jeśli naprawa wciąż trwa.
filing-repair-complain = Złóż skargę na sposób załatwienia naprawy
filing-repair-something-else = Wybierz coś innego

## Who is this for?

filing-for-whom-title = W czyim imieniu to zgłaszasz?
filing-for-whom-hint = Wybierz „W imieniu innej osoby”, jeśli występujesz za mieszkańca Calico Homes, na przykład jako członek rodziny, rzecznik, radny lub poseł.
filing-for-whom-me = We własnym imieniu
filing-for-whom-someone-else = W imieniu innej osoby

## About you

filing-about-you-title = O Tobie
filing-relationship-legend = Skąd znasz osobę, w której imieniu działasz?
filing-relationship-family-or-friend = Członek rodziny lub przyjaciel
filing-relationship-power-of-attorney = Pełnomocnik (Power of Attorney)
filing-relationship-councillor = Radny
filing-relationship-mp = Poseł do Parlamentu (MP)
filing-relationship-advocate = Rzecznik lub pracownik wsparcia
filing-relationship-other = Inne
filing-relationship-other-label = Jeśli wybrano „Inne”, skąd znasz tę osobę?
filing-rep-phone-label = Twój numer telefonu (opcjonalnie)
filing-rep-phone-hint = Abyśmy mogli w razie potrzeby zadzwonić do Ciebie w tej sprawie.

## Who are you acting for?

filing-resident-title = W czyim imieniu działasz?
filing-resident-name = Imię i nazwisko tej osoby
filing-resident-address = Adres tej osoby
filing-resident-address-hint = Możesz to pominąć, jeśli znasz numer referencyjny czynszu tej osoby.
filing-resident-reference = Numer referencyjny czynszu tej osoby (opcjonalnie)
filing-resident-reference-hint = Znajdziesz go na zestawieniu czynszu i w umowie najmu tej osoby, na przykład 10012345.

## Their consent

filing-consent-title = Zgoda tej osoby
filing-consent-intro = Zanim przekażemy Ci jakiekolwiek informacje o mieszkańcu lub jego skardze, potrzebujemy jego zgody. W międzyczasie zajmiemy się skargą i skontaktujemy się bezpośrednio z mieszkańcem.
filing-consent-method-legend = W jaki sposób ta osoba wyraziła zgodę?
filing-consent-method-hint = W przypadku zgody na piśmie wyślij podpisany list lub formularz na adres { $email } albo do nas pocztą, podając numer referencyjny, który od nas otrzymasz.
filing-consent-written = Na piśmie: podpisany list lub formularz
filing-consent-verbal = Osoba sama przekazała nam zgodę, telefonicznie lub osobiście
filing-consent-date-legend = Jeśli osoba sama przekazała nam zgodę, to kiedy?
filing-consent-date-hint = Na przykład 20 11 2026.
filing-consent-to-label = Jeśli osoba sama przekazała nam zgodę, to komu?
filing-consent-to-hint = Imię i nazwisko lub zespół w Calico Homes, jeśli je znasz.
filing-consent-scope-legend = Czego dotyczy ta zgoda?
filing-consent-this-complaint = Tylko tej skargi
filing-consent-all-complaints = Wszystkich skarg tej osoby
filing-consent-expiry-legend = Kiedy zgoda wygasa? (opcjonalnie)
filing-consent-expiry-hint = Zostaw puste, jeśli zgoda obowiązuje do czasu jej wycofania.

## Tell us about your complaint

filing-complaint-title = Opowiedz nam o swojej skardze
filing-complaint-intro = Napisz własnymi słowami. Nie musisz używać słowa „skarga”.
filing-what-happened-label = Co się stało?
filing-what-happened-hint = Napisz, co poszło nie tak albo czego nie zrobiliśmy. Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
filing-incident-legend = Kiedy to się stało?
filing-incident-hint = Jeśli to nadal trwa, napisz, kiedy się zaczęło. Jeśli nie znasz dokładnego dnia, wpisz 1. Na przykład 27 3 2026.
filing-already-reported-label = Czy ta sprawa była już nam zgłaszana? (opcjonalnie)
filing-already-reported-hint = Napisz, co i kiedy zostało zgłoszone, oraz podaj numer referencyjny, jeśli został nadany. Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
filing-outcome-label = Co mamy zrobić, aby naprawić sytuację?
filing-outcome-hint = Na przykład dokończyć naprawę, przeprosić lub zmienić nasz sposób działania. Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.

## This happened more than 12 months ago

filing-late-title = To się wydarzyło ponad 12 miesięcy temu
filing-late-months = Według Twoich informacji stało się to { $months } { $months ->
        [one] miesiąc
        [few] miesiące
        [many] miesięcy
       *[other] miesiąca
    } temu.
filing-late-intro = Zwykle rozpatrujemy skargi dotyczące spraw z ostatnich 12 miesięcy. Nasz pracownik ds. skarg (Complaints Officer) może się jednak tym zająć, jeśli był powód, dla którego nie można było zgłosić tego wcześniej. Nie odrzucimy Twojej skargi bez wyjaśnienia, dlaczego, i co możesz zrobić dalej.
filing-late-reason-label = Dlaczego nie zgłoszono tego wcześniej?
filing-late-reason-hint = Na przykład z powodu choroby lub wyjazdu albo oczekiwania, aż dokończymy naprawę. Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.

## Photos or documents

filing-attachments-title = Zdjęcia lub dokumenty
filing-attachments-heading = Zdjęcia lub dokumenty (opcjonalnie)
filing-attachments-intro = Możesz dodać zdjęcia problemu albo listy i dokumenty, które go dotyczą. Nie jest to obowiązkowe.
filing-file-added = Twój plik został dodany.
filing-file-removed = Plik został usunięty.
filing-files-added = Dodane pliki ({ $count } z { $max })
filing-remove = Usuń
filing-upload-sent-so-far = Wysłano do tej pory
filing-upload-uploading = Wysyłamy Twój plik. Nie zamykaj tej strony, dopóki wysyłanie się nie zakończy.
filing-upload-not-sent = Nie udało się wysłać pliku. Sprawdź połączenie z internetem, a potem ponownie wybierz „{ filing-upload-button }”.
filing-upload-label = Prześlij plik
filing-upload-hint = Zdjęcie (JPG, PNG, GIF, WebP lub HEIC) albo plik PDF, do 10 MB. Możesz dodać maksymalnie 5 plików.
filing-error-prefix = Błąd:
filing-upload-button = Prześlij plik
filing-upload-empty = Wybierz plik do przesłania
filing-upload-wrong-type = Wybrany plik musi być zdjęciem (JPG, PNG, GIF, WebP lub HEIC) albo plikiem PDF
filing-upload-too-large = Wybrany plik musi być mniejszy niż 10 MB
filing-upload-too-many = Możesz wysłać maksymalnie 5 plików. Usuń jeden, aby dodać kolejny
filing-upload-failed = Coś poszło nie tak po naszej stronie i plik nie został zapisany. Spróbuj ponownie za kilka minut.

## Report a safety concern

filing-concern-what-label = Co jest niebezpieczne?
filing-concern-what-hint = Na przykład pozostawione rusztowanie albo niedziałający czujnik dymu. Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.
filing-concern-where-label = Gdzie to jest?
filing-concern-where-hint = Na przykład schody w Centenary Court albo kuchnia w Twoim domu.
filing-danger-now-legend = Czy ktoś jest teraz w niebezpieczeństwie?
filing-vulnerable-legend = Czy dotyczy to kogoś, kto może być bardziej narażony?
filing-vulnerable-hint = Na przykład dziecka, osoby starszej albo osoby z niepełnosprawnością lub chorej.
filing-answer-yes = Tak
filing-answer-no = Nie
filing-answer-not-sure = Nie wiem

## Give a compliment

filing-compliment-intro = Przekażemy Twoje podziękowania przełożonemu tej osoby.
filing-compliment-who-label = Kto Ci pomógł?
filing-compliment-who-hint = Imię i nazwisko tej osoby albo nazwa jej zespołu, jeśli nie znasz nazwiska.
filing-compliment-what-label = Co ta osoba zrobiła?
filing-compliment-what-hint = Maksymalnie { $max } { $max ->
        [one] znak
        [few] znaki
        [many] znaków
       *[other] znaku
    }.

## How should we contact you about this?

filing-support-title = Jak mamy się z Tobą kontaktować w tej sprawie?
filing-support-intro = Wypełniliśmy to na podstawie Twojego konta. Zmiany wprowadzone tutaj dotyczą tylko tej sprawy; aby zmienić je we wszystkich sprawach, zmień ustawienia konta.

## Check your answers

filing-check-title = Sprawdź swoje odpowiedzi
filing-send = Wyślij
filing-check-told = Co nam przekazujesz
filing-check-contact = Jak będziemy się z Tobą kontaktować w tej sprawie
filing-check-send-heading = Teraz wyślij
filing-check-send-text = Po wysłaniu podamy Ci numer referencyjny i prześlemy Ci kopię e-mailem.
filing-change = Zmień
filing-none-given = Nie podano
filing-files-none = Brak
filing-row-purpose = Co chcesz zrobić
filing-row-what-happened = Co się stało
filing-row-when = Kiedy to się stało
filing-row-late-reason = Dlaczego nie zgłoszono tego wcześniej
filing-row-already-reported = Co już nam zgłoszono
filing-row-outcome = Czego od nas oczekujesz
filing-row-unsafe = Co jest niebezpieczne
filing-row-where = Gdzie to jest
filing-row-danger-now = Czy ktoś jest teraz w niebezpieczeństwie
filing-row-vulnerable = Czy dotyczy osób bardziej narażonych
filing-row-who-helped = Kto Ci pomógł
filing-row-what-they-did = Co ta osoba zrobiła
filing-row-for-whom = W czyim imieniu
filing-row-relationship = Skąd znasz tę osobę
filing-row-resident = Osoba, w której imieniu działasz
filing-row-rep-phone = Twój numer telefonu
filing-row-scope = Czego dotyczy zgoda
filing-row-expiry = Kiedy zgoda wygasa
filing-rent-reference = Numer referencyjny czynszu { $reference }
filing-consent-told = Przekazana osobie: { $to } ({ $day })
filing-consent-in-writing = Na piśmie
filing-consent-until-withdrawn = Do czasu jej wycofania
filing-row-contact = Sposób kontaktu
filing-row-formats = Format listów
filing-row-language = Język
filing-row-adjustments = Dostosowania
filing-contact-with-phone = { $method } ({ $phone })
filing-standard-print = Standardowy druk
filing-language-english = Angielski
filing-language-interpreter = { $language }, z tłumaczem

## Sent

filing-not-found-title = Nie znaleziono strony
filing-not-found-text = Nie znaleźliśmy tego numeru referencyjnego na Twoim koncie. Sprawdź numer referencyjny w e-mailu, który Ci wysłaliśmy.
filing-sent-complaint = Skarga wysłana
filing-sent-concern = Zgłoszenie zagrożenia bezpieczeństwa wysłane
filing-sent-compliment = Pochwała wysłana
filing-your-reference = Twój numer referencyjny to
filing-received-before = Data otrzymania:
filing-received-after = . Wysłaliśmy Ci kopię e-mailem. Jeśli będziesz się z nami kontaktować w tej sprawie, podaj swój numer referencyjny.
filing-files-sent = Wysłane pliki
filing-next = Co dalej
filing-talk-to-us = Jeśli chcesz z nami porozmawiać
filing-ombudsman-heading = Housing Ombudsman (rzecznik ds. mieszkalnictwa)
filing-ombudsman-text = W każdej chwili możesz skontaktować się z Housing Ombudsman Service, aby uzyskać bezpłatną i bezstronną poradę.
filing-go-to-account = Przejdź do swojego konta
