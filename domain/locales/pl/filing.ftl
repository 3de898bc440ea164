# Co dzieje się po wysłaniu: na stronie potwierdzenia i w e-mailu.
# What happens after something is filed, in Polish. $kind is complaint, concern or compliment.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

filed-complaint-acknowledge = Skontaktujemy się z Tobą, aby potwierdzić przyjęcie skargi, do dnia { $limit }. Staramy się zrobić to wcześniej: do dnia { $target }.
# $unit: working (dni robocze) lub calendar (liczy się każdy dzień). Dopełniacz po „w ciągu”.
filed-complaint-response =
    { $unit ->
        [working] { $count ->
            [one] Przy potwierdzeniu napiszemy, kto zajmuje się skargą i do kiedy wyślemy pełną odpowiedź: w ciągu { $count } dnia roboczego od potwierdzenia.
           *[other] Przy potwierdzeniu napiszemy, kto zajmuje się skargą i do kiedy wyślemy pełną odpowiedź: w ciągu { $count } dni roboczych od potwierdzenia.
        }
       *[calendar] { $count ->
            [one] Przy potwierdzeniu napiszemy, kto zajmuje się skargą i do kiedy wyślemy pełną odpowiedź: w ciągu { $count } dnia od potwierdzenia.
           *[other] Przy potwierdzeniu napiszemy, kto zajmuje się skargą i do kiedy wyślemy pełną odpowiedź: w ciągu { $count } dni od potwierdzenia.
        }
    }
filed-complaint-review = Jeśli nasza odpowiedź Cię nie zadowoli, możesz poprosić o ponowne rozpatrzenie skargi na Etapie 2.
filed-concern-danger = Napisano nam, że ktoś jest teraz w niebezpieczeństwie: jeśli jeszcze tego nie zrobiono, zadzwoń pod numer 999.
filed-concern-today = Zgłoszeniami dotyczącymi bezpieczeństwa zajmujemy się od razu. Nasz pracownik sprawdzi je dzisiaj i zdecyduje, jak pilna jest sprawa.
filed-concern-closed = Zgłoszeniami dotyczącymi bezpieczeństwa zajmujemy się od razu. Dziś nasze biura są zamknięte: nasz pracownik sprawdzi zgłoszenie { $day }, gdy otworzymy, i zdecyduje, jak pilna jest sprawa. W sprawie pilnej naprawy przed tym terminem zadzwoń na naszą linię poza godzinami pracy: { $phone }.
filed-concern-contact = Skontaktujemy się z Tobą, aby powiedzieć, co w tej sprawie robimy.
filed-compliment = Przekażemy Twoje podziękowanie przełożonemu pracownika i damy Ci znać, że to zrobiliśmy, do dnia { $day }.

# For someone acting for a resident whose consent is not yet verified.
filed-consent-check = Sprawdzimy u mieszkańca, czy zgadza się, abyś działał lub działała w jego imieniu. Dopóki tego nie potwierdzi, nie możemy przekazywać Ci jego danych ani informacji o tym, co dzieje się ze skargą.
filed-consent-meanwhile = W tym czasie zajmiemy się sprawą i skontaktujemy się bezpośrednio z mieszkańcem.

## E-mail z potwierdzeniem
filed-mail-subject =
    { $kind ->
        [concern] Otrzymaliśmy Twoje zgłoszenie dotyczące bezpieczeństwa: { $reference }
        [compliment] Otrzymaliśmy Twoje podziękowanie: { $reference }
       *[complaint] Otrzymaliśmy Twoją skargę: { $reference }
    }
filed-mail-thanks =
    { $kind ->
        [concern] Dziękujemy. Twoje zgłoszenie dotyczące bezpieczeństwa otrzymaliśmy { $day }.
        [compliment] Dziękujemy. Twoje podziękowanie otrzymaliśmy { $day }.
       *[complaint] Dziękujemy. Twoją skargę otrzymaliśmy { $day }.
    }
filed-mail-reference = Numer referencyjny: { $reference }. Podawaj go, kontaktując się z nami w tej sprawie.
filed-mail-next = Co dalej
filed-mail-account = Możesz to zobaczyć w swoim Calico Account. Aby z nami porozmawiać, zadzwoń pod numer { $phone } ({ $hours }) lub napisz na adres { $email }.
filed-mail-ombudsman = W każdej chwili możesz skontaktować się z Housing Ombudsman Service (Rzecznikiem ds. mieszkalnictwa): { $phone }, { $email }.

## Skarga, zgłoszenie lub podziękowanie zapisane przez pracownika
logged-how =
    { $channel ->
        [online] przez internet
        [phone] telefonicznie
        [in_person] osobiście
        [letter] listownie
        [email] e-mailem
       *[social_media] przez media społecznościowe
    }
logged-thanks =
    { $kind ->
        [concern] Dziękujemy za zgłoszenie dotyczące bezpieczeństwa, przekazane { $how } i otrzymane przez nas { $day }. Zapisaliśmy je pod numerem referencyjnym { $reference }. Podawaj go, kontaktując się z nami w tej sprawie.
        [compliment] Dziękujemy za podziękowanie, przekazane { $how } i otrzymane przez nas { $day }. Zapisaliśmy je pod numerem referencyjnym { $reference }. Podawaj go, kontaktując się z nami w tej sprawie.
       *[complaint] Dziękujemy za skargę, złożoną { $how } i otrzymaną przez nas { $day }. Zapisaliśmy ją pod numerem referencyjnym { $reference }. Podawaj go, kontaktując się z nami w tej sprawie.
    }
logged-anything-wrong = Jeśli coś zapisaliśmy błędnie, daj nam znać: zadzwoń pod numer { $phone } ({ $hours }) lub napisz na adres { $email }. Jeśli zarejestrujesz się w Calico Account, podając numer referencyjny czynszu, będziesz mógł lub mogła śledzić sprawę także tam.
