# Postępy w sprawie skargi, tak jak widzi je osoba, do której należy: etapy, co dalej
# i zdanie ogłaszające zmianę, gdy strona jest otwarta.
# A complaint's progress, in Polish. $kind is complaint, concern (a safety concern) or
# compliment. $day is a date written out in full, $every a number of working days.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## Etapy: wykonane i oczekiwane
progress-received =
    { $kind ->
        [concern] Otrzymaliśmy Twoje zgłoszenie dotyczące bezpieczeństwa
        [compliment] Otrzymaliśmy Twoje podziękowanie
       *[complaint] Otrzymaliśmy Twoją skargę
    }
progress-acknowledged =
    { $kind ->
        [concern] Potwierdziliśmy przyjęcie Twojego zgłoszenia dotyczącego bezpieczeństwa
        [compliment] Potwierdziliśmy przyjęcie Twojego podziękowania
       *[complaint] Potwierdziliśmy przyjęcie Twojej skargi
    }
progress-handled-by = Zajmuje się tym
progress-how-to-reach = Jak się skontaktować
progress-understanding = Jak to rozumiemy
progress-outcome-wanted = Jakiego rozwiązania oczekujesz
progress-more-time = Poinformowaliśmy Cię, że potrzebujemy więcej czasu
progress-more-working-days = Dodatkowe dni robocze
progress-why = Powód
progress-stage1-response = Nasza odpowiedź na Etapie 1
progress-finding = Nasze ustalenie
progress-outcome =
    { $outcome ->
        [upheld] Skarga uznana
        [partly_upheld] Skarga uznana w części
       *[not_upheld] Skarga nieuznana
    }
progress-decision = Nasza decyzja
progress-putting-right = Naprawienie sytuacji
progress-asked-late = Poprosiłeś lub poprosiłaś o ponowne rozpatrzenie po terminie
progress-asked-review = Poprosiłeś lub poprosiłaś o ponowne rozpatrzenie (Etap 2)
progress-still-unhappy = Co nadal nie zostało rozwiązane
progress-review-acknowledged = Potwierdziliśmy przyjęcie prośby o ponowne rozpatrzenie
progress-reviewed-by = Rozpatruje ponownie
progress-final-response = Nasza ostateczna odpowiedź (Etap 2)
progress-not-accepted =
    { $kind ->
        [concern] Nie mogliśmy przyjąć tego jako zgłoszenia dotyczącego bezpieczeństwa
        [compliment] Nie mogliśmy przyjąć tego jako podziękowania
       *[complaint] Nie mogliśmy przyjąć tego jako skargi
    }
progress-withdrawn =
    { $kind ->
        [concern] Twoje zgłoszenie dotyczące bezpieczeństwa zostało wycofane
        [compliment] Twoje podziękowanie zostało wycofane
       *[complaint] Twoja skarga została wycofana
    }
progress-resolved-first-contact = Naprawiliśmy sytuację przy pierwszym kontakcie
progress-passed-on = Przekazaliśmy Twoje podziękowanie dalej
progress-passed-to = Komu
progress-information-added = Dodano informacje
progress-what-was-added = Co dodano
progress-updates-agreed = Uzgodniliśmy, jak często będziemy Cię informować
progress-at-least-every = Co najmniej co
progress-update-given = Przekazaliśmy Ci informację o postępach
progress-what-we-told-you = Co przekazaliśmy
progress-remedy-agreed = Uzgodniliśmy, jak naprawimy sytuację
progress-what-we-will-do = Co zrobimy
progress-amount = Kwota
progress-by = Do dnia
progress-remedy-done = Zrobiliśmy to, co uzgodniliśmy, aby naprawić sytuację
progress-what-we-did = Co zrobiliśmy
progress-ombudsman-decided =
    { $kind ->
        [concern] Housing Ombudsman wydał decyzję w sprawie Twojego zgłoszenia dotyczącego bezpieczeństwa
        [compliment] Housing Ombudsman wydał decyzję w sprawie Twojego podziękowania
       *[complaint] Housing Ombudsman wydał decyzję w sprawie Twojej skargi
    }
progress-ombudsman-case = Numer sprawy u Rzecznika
progress-decided-on = Data decyzji
progress-ombudsman-finding = Ustalenie
progress-ombudsman-found =
    { $finding ->
        [severe_maladministration] Poważne nieprawidłowości w działaniu
        [maladministration] Nieprawidłowości w działaniu
        [service_failure] Uchybienie w obsłudze
        [reasonable_redress] Zaproponowano odpowiednie zadośćuczynienie
        [no_maladministration] Brak nieprawidłowości
       *[outside_jurisdiction] Poza kompetencjami Rzecznika
    }
progress-what-it-ordered = Co nakazał
progress-remedy-owed = Naprawimy sytuację: { $what }
progress-next-update = Nasza następna informacja dla Ciebie
progress-pass-compliment = Przekazujemy Twoje podziękowanie dalej
progress-pass-compliment-soon = Wkrótce, do przełożonego pracownika
progress-acknowledge =
    { $kind ->
        [concern] Potwierdzamy przyjęcie Twojego zgłoszenia dotyczącego bezpieczeństwa
        [compliment] Potwierdzamy przyjęcie Twojego podziękowania
       *[complaint] Potwierdzamy przyjęcie Twojej skargi
    }
progress-stage1-response-later = Termin: 10 dni roboczych od potwierdzenia przyjęcia
progress-may-ask-review = Możesz poprosić o ponowne rozpatrzenie (Etap 2)
progress-acknowledge-review = Potwierdzamy przyjęcie prośby o ponowne rozpatrzenie
progress-final-response-later = Termin: 20 dni roboczych od potwierdzenia przyjęcia prośby

## Co dalej
next-compliment = Przekażemy Twoje podziękowanie przełożonemu pracownika.
next-acknowledge =
    { $kind ->
        [concern] Potwierdzimy przyjęcie Twojego zgłoszenia do dnia { $day }: napiszemy, kto się nim zajmuje, jak się z tą osobą skontaktować i do kiedy odpowiemy.
       *[complaint] Potwierdzimy przyjęcie Twojej skargi do dnia { $day }: napiszemy, kto się nią zajmuje, jak się z tą osobą skontaktować i do kiedy odpowiemy.
    }
next-stage1 =
    { $kind ->
        [concern] Wyjaśniamy Twoje zgłoszenie dotyczące bezpieczeństwa. Odpowiedź na Etapie 1 wyślemy do dnia { $day }. { $informed }
       *[complaint] Wyjaśniamy Twoją skargę. Odpowiedź na Etapie 1 wyślemy do dnia { $day }. { $informed }
    }
next-asked-late = Poprosiłeś lub poprosiłaś o ponowne rozpatrzenie { $day }, po upływie terminu. Koordynator ds. skarg zdecyduje, czy prośbę przyjąć, i poinformuje Cię o tym.
next-may-review = Jeśli nasza odpowiedź na Etapie 1 Cię nie zadowala, możesz poprosić o ponowne rozpatrzenie (Etap 2) do dnia { $day }.
next-review-ended = Termin na prośbę o ponowne rozpatrzenie minął { $day }. Nadal możesz o nie poprosić, podając powód spóźnienia, a Koordynator ds. skarg zdecyduje.
next-acknowledge-review = Potwierdzimy przyjęcie prośby o ponowne rozpatrzenie do dnia { $day } i napiszemy, kto ją rozpatrzy: nigdy nie będzie to osoba, która zajmowała się Etapem 1.
next-stage2 =
    { $kind ->
        [concern] Twoje zgłoszenie jest ponownie rozpatrywane. Ostateczną odpowiedź wyślemy do dnia { $day }. { $informed }
       *[complaint] Twoja skarga jest ponownie rozpatrywana. Ostateczną odpowiedź wyślemy do dnia { $day }. { $informed }
    }
next-final = Nasza ostateczna odpowiedź kończy procedurę skargową. Jeśli nadal nie jesteś zadowolony lub zadowolona, możesz poprosić Housing Ombudsman Service (Rzecznika ds. mieszkalnictwa) o zbadanie sprawy.
next-not-accepted = Nasz list wyjaśnia powód. Jeśli się z nim nie zgadzasz, możesz poprosić Housing Ombudsman Service (Rzecznika ds. mieszkalnictwa) o sprawdzenie naszej decyzji.
next-withdrawn =
    { $kind ->
        [concern] W sprawie tego zgłoszenia nic więcej się nie wydarzy. W każdej chwili możesz złożyć nowe.
        [compliment] W sprawie tego podziękowania nic więcej się nie wydarzy. W każdej chwili możesz przesłać nowe.
       *[complaint] W sprawie tej skargi nic więcej się nie wydarzy. W każdej chwili możesz złożyć nową.
    }
next-passed-on = Dziękujemy: Twoje podziękowanie zostało przekazane.
next-closed =
    { $kind ->
        [concern] To zgłoszenie jest zamknięte. W każdej chwili możesz złożyć nowe.
        [compliment] To podziękowanie jest zamknięte. W każdej chwili możesz przesłać nowe.
       *[complaint] Ta skarga jest zamknięta. W każdej chwili możesz złożyć nową.
    }
next-updates = Zgodnie z ustaleniem będziemy Cię informować co najmniej co { $every }: następna informacja do dnia { $day }.
next-more-time = Jeśli będziemy potrzebować więcej czasu, podamy powód i nowy termin.

## Ogłaszane, gdy strona jest otwarta. $subject to „Twoja skarga CH-…” (mianownik);
## $within to samo w środku zdania (nieużywane w polskim).
live-subject =
    { $own ->
        [yes] { $kind ->
            [concern] Twoje zgłoszenie dotyczące bezpieczeństwa { $reference }
            [compliment] Twoje podziękowanie { $reference }
           *[complaint] Twoja skarga { $reference }
        }
       *[no] { $kind ->
            [concern] Zgłoszenie dotyczące bezpieczeństwa { $reference }
            [compliment] Podziękowanie { $reference }
           *[complaint] Skarga { $reference }
        }
    }
live-within = { $reference }
live-acknowledged = { $subject }: potwierdzono przyjęcie. Odpowiedź do dnia { $day }.
live-extended = { $subject }: potrzebujemy więcej czasu. Odpowiedź teraz do dnia { $day }.
live-stage1-response = { $subject }: jest odpowiedź na Etapie 1. O ponowne rozpatrzenie można prosić do dnia { $day }.
live-asked-late = { $subject }: poproszono o ponowne rozpatrzenie po terminie. Zdecyduje Koordynator ds. skarg.
live-asked-review = { $subject }: poproszono o ponowne rozpatrzenie. Potwierdzimy przyjęcie prośby do dnia { $day }.
live-review-acknowledged = { $subject }: potwierdzono przyjęcie prośby o ponowne rozpatrzenie. Ostateczna odpowiedź do dnia { $day }.
live-review-extended = { $subject }: ponowne rozpatrzenie potrwa dłużej. Ostateczna odpowiedź teraz do dnia { $day }.
live-final-response = { $subject }: jest ostateczna odpowiedź.
live-not-accepted = { $subject }: nie przyjęto. List wyjaśnia powód.
live-withdrawn = { $subject }: wycofano.
live-resolved = { $subject }: naprawiono sytuację i zamknięto.
live-passed-on = { $subject }: przekazano do: { $to }.
live-information-added = { $subject }: dodano informacje.
live-updates-agreed = { $subject }: informacje o postępach co najmniej co { $every }. Następna do dnia { $day }.
live-updated = { $subject }: zaktualizowano.
live-update-given = { $subject }: jest informacja o postępach.
live-remedy-agreed = { $subject }: uzgodniono, jak naprawić sytuację, do dnia { $day }.
live-remedy-done = { $subject }: zrobiono to, co uzgodniono, aby naprawić sytuację.
live-ombudsman =
    { $finding ->
        [severe_maladministration] { $subject }: zapisano decyzję Housing Ombudsman (poważne nieprawidłowości w działaniu).
        [maladministration] { $subject }: zapisano decyzję Housing Ombudsman (nieprawidłowości w działaniu).
        [service_failure] { $subject }: zapisano decyzję Housing Ombudsman (uchybienie w obsłudze).
        [reasonable_redress] { $subject }: zapisano decyzję Housing Ombudsman (zaproponowano odpowiednie zadośćuczynienie).
        [no_maladministration] { $subject }: zapisano decyzję Housing Ombudsman (brak nieprawidłowości).
       *[outside_jurisdiction] { $subject }: zapisano decyzję Housing Ombudsman (poza kompetencjami Rzecznika).
    }
