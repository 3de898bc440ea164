# Śledzenie skargi: „Twoje skargi” na stronie konta, strona każdej skargi oraz formularze prośby
# o ponowne rozpatrzenie, dodania informacji i wycofania skargi.
# Following a complaint, in Polish: "Your complaints", a complaint's own page and the forms to
# ask for a review, add information or withdraw it. Dates are in the nominative ("wtorek,
# 8 grudnia 2026"), so they follow a colon or stand in brackets, never "do" or "w dniu".
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## "Your complaints", on the account page.
complaints-yours = Twoje skargi
complaints-none-yet = Nie masz jeszcze żadnej skargi, zgłoszenia zagrożenia bezpieczeństwa ani pochwały.
complaints-sent-on = Wysłano: { $day }
complaints-sent-on-for-resident = Wysłano: { $day }, w imieniu mieszkańca, którego reprezentujesz
complaints-limited = Ta sprawa została wysłana przez Ciebie w imieniu mieszkańca. Zobaczysz, jak przebiega, gdy otrzymamy zgodę mieszkańca.

## What it is: a caption, and with its reference (also the page's title).
complaints-kind-complaint = Skarga
complaints-kind-concern = Zgłoszenie zagrożenia bezpieczeństwa
complaints-kind-compliment = Pochwała
complaints-named-complaint = Skarga { $reference }
complaints-named-concern = Zgłoszenie zagrożenia bezpieczeństwa { $reference }
complaints-named-compliment = Pochwała { $reference }

## Where it is.
complaints-state-awaiting-acknowledgement = czeka na potwierdzenie przyjęcia
complaints-state-stage1-open = w trakcie rozpatrywania (Etap 1)
complaints-state-stage1-responded = udzieliliśmy odpowiedzi (Etap 1)
complaints-state-stage2-awaiting-acknowledgement = prośba o Etap 2 czeka na potwierdzenie przyjęcia
complaints-state-stage2-open = w trakcie ponownego rozpatrywania (Etap 2)
complaints-state-closed = sprawa zamknięta

## Deadlines. $day is a date written out in full; $left is complaints-days-left.
complaints-days-left =
    { $count ->
        [0] termin mija dzisiaj
        [one] został { $count } dzień roboczy
        [few] zostały { $count } dni robocze
        [many] zostało { $count } dni roboczych
       *[other] zostało { $count } dnia roboczego
    }
complaints-overdue = Po terminie
complaints-due-acknowledge = Potwierdzenie przyjęcia – termin: { $day }, { $left }
complaints-due-stage1-response = Odpowiedź na Etapie 1 – termin: { $day }, { $left }
complaints-due-stage2-acknowledge = Potwierdzenie przyjęcia prośby (Etap 2) – termin: { $day }, { $left }
complaints-due-stage2-response = Ostateczna odpowiedź (Etap 2) – termin: { $day }, { $left }
complaints-overdue-acknowledge = Opóźnienie: nie potwierdziliśmy przyjęcia w terminie ({ $day })
complaints-overdue-stage1-response = Opóźnienie: nie udzieliliśmy odpowiedzi na Etapie 1 w terminie ({ $day })
complaints-overdue-stage2-acknowledge = Opóźnienie: nie potwierdziliśmy przyjęcia prośby o Etap 2 w terminie ({ $day })
complaints-overdue-stage2-response = Opóźnienie: nie udzieliliśmy ostatecznej odpowiedzi (Etap 2) w terminie ({ $day })
complaints-review-open = Możesz poprosić o ponowne rozpatrzenie – termin: { $day }, { $left }
complaints-review-ended = Termin na prośbę o ponowne rozpatrzenie minął ({ $day })
complaints-stage-done = Wykonano: { $day }
complaints-stage-due = Termin: { $day }, { $left }
complaints-stage-overdue = Opóźnienie: termin minął ({ $day })
complaints-stage-open = Możliwe do końca dnia: { $day }, { $left }
complaints-stage-closed = Zamknięte z końcem dnia: { $day }

## A date with its time ($time is 14:05).
complaints-at-time = { $day }, godz. { $time }

## What the complaint's page says after the resident asked something of it.
complaints-done-review = Twoja prośba o ponowne rozpatrzenie została złożona. Potwierdzimy jej przyjęcie w ciągu 5 dni roboczych i poinformujemy Cię, kto ponownie rozpatruje Twoją skargę.
complaints-done-late-review = Twoja prośba o ponowne rozpatrzenie została złożona. Koordynator ds. skarg zdecyduje, czy ją przyjąć, i poinformuje Cię o tym.
complaints-done-add-information = Twoje informacje zostały dodane do skargi. Osoba, która ją prowadzi, została o tym powiadomiona.
complaints-done-withdraw = Twoja skarga została wycofana.

## A complaint a representative sent, while the resident's consent is awaited.
complaints-sent = Wysłano
complaints-where-it-is = Stan sprawy
complaints-waiting-for-consent = Czekamy na zgodę mieszkańca na to, abyś mógł lub mogła działać w jego imieniu
complaints-next-heading = Co będzie dalej
complaints-sent-only-next = Już zajmujemy się tą sprawą i kontaktujemy się w niej bezpośrednio z mieszkańcem. Gdy mieszkaniec potwierdzi, że zgadza się na Twoje działanie w jego imieniu, pokażemy Ci, jak przebiega sprawa, i będziemy wysyłać Ci nasze listy w tej sprawie.
complaints-meanwhile = Co możesz zrobić w międzyczasie
complaints-meanwhile-ask = Poproś mieszkańca, aby wyraził zgodę na swoim koncie Calico Account albo przekazał ją nam telefonicznie lub na piśmie.
complaints-meanwhile-send = Wyślij nam podpisaną przez mieszkańca zgodę, podając ten numer referencyjny, na adres { $email }.
complaints-meanwhile-phone = Pilne sprawy z tym związane zgłoś nam telefonicznie: { $phone } ({ $hours }).
complaints-back-to-account = Wróć do swojego konta

## A complaint's page.
complaints-next = Następny krok
complaints-handled-by = Osoba prowadząca
complaints-action-review = Poproś o ponowne rozpatrzenie (Etap 2)
complaints-review-until = Termin na prośbę o ponowne rozpatrzenie: { $day }.
complaints-action-late-review = Poproś o ponowne rozpatrzenie po upływie terminu
complaints-action-add-information = Dodaj informacje do tej skargi
complaints-action-withdraw = Wycofaj tę skargę
complaints-stages = Etapy sprawy
complaints-definition = Jak rozumiemy Twoją skargę
complaints-definition-about = Czego dotyczy
complaints-definition-outcome = Jakiego rozwiązania oczekujesz
complaints-definition-hint = Jeśli coś się nie zgadza, powiedz o tym osobie prowadzącej sprawę.
complaints-letters = Listy
complaints-no-letters = Nie wysłaliśmy jeszcze żadnych listów w tej sprawie.
complaints-told-us = Informacje od Ciebie
complaints-ombudsman = Housing Ombudsman (Rzecznik ds. mieszkalnictwa)
# $name is "Housing Ombudsman Service", kept in English.
complaints-ombudsman-advice = W każdej chwili możesz skontaktować się z { $name } (Rzecznik ds. mieszkalnictwa), aby uzyskać bezpłatną, niezależną poradę: telefon { $phone }, e-mail { $email }.
complaints-last-updated = Ostatnia aktualizacja tej strony: { $when }. Gdy strona jest otwarta, aktualizuje się sama; aby to sprawdzić, odśwież ją.

## The forms to ask something of a complaint.
complaints-request-title-review = Poproś o ponowne rozpatrzenie skargi
complaints-request-title-late-review = Poproś o ponowne rozpatrzenie po upływie terminu
complaints-request-title-add-information = Dodaj informacje do swojej skargi
complaints-request-title-withdraw = Czy na pewno chcesz wycofać skargę?
complaints-intro-review = Termin na prośbę o ponowne rozpatrzenie: { $day }. Twoją skargę ponownie rozpatrzy inna osoba niż ta, która zajmowała się nią dotąd, a my wyślemy Ci naszą ostateczną odpowiedź. Nie musisz podawać powodów.
complaints-intro-late-review = Termin na prośbę o ponowne rozpatrzenie minął ({ $day }). Nadal możesz o nie poprosić: napisz, dlaczego robisz to teraz, a Koordynator ds. skarg zdecyduje, czy prośbę przyjąć. Bez względu na decyzję możesz zwrócić się do Housing Ombudsman (Rzecznika ds. mieszkalnictwa).
complaints-intro-add-information = Przekaż nam wszystko, co jeszcze chcesz dodać do skargi. Jeśli informacja dotyczy tej sprawy, a nie wysłaliśmy jeszcze odpowiedzi na Etapie 1, uwzględnimy ją w tej odpowiedzi. Osoba prowadząca Twoją skargę zostanie od razu powiadomiona.
complaints-intro-withdraw = Jeśli wycofasz skargę, przestaniemy się nią zajmować i ją zamkniemy. W każdej chwili możesz złożyć nową skargę.
complaints-field-still-unhappy = Co nadal Ci nie odpowiada? (opcjonalnie)
complaints-field-still-unhappy-hint = Na przykład część naszej odpowiedzi, z którą się nie zgadzasz.
complaints-field-outcome-wanted = Czego od nas oczekujesz? (opcjonalnie)
complaints-field-late-reason = Dlaczego prosisz o to dopiero teraz?
complaints-field-late-reason-hint = Na przykład pobyt w szpitalu albo nasz list do Ciebie nie dotarł.
complaints-field-information = Co chcesz dodać?
complaints-field-withdraw-reason = Dlaczego wycofujesz skargę? (opcjonalnie)
complaints-submit-review = Poproś o ponowne rozpatrzenie
complaints-submit-late-review = Wyślij prośbę
complaints-submit-add-information = Dodaj do mojej skargi
complaints-submit-withdraw = Tak, wycofaj moją skargę
complaints-keep = Nie, nie wycofuj skargi
complaints-back-to-complaint = Wróć do skargi
