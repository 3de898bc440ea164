# Listy i e-maile, które wysyłamy mieszkańcowi na każdym etapie rozpatrywania skargi.
# The letters and emails each step of the complaints process sends, in Polish. A label is
# followed by ": " and what was recorded, in the words it was recorded in. $reach is
# letter-reach; $day a date written out in full. "Housing Ombudsman Service" stays in English.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

letter-greeting = Dzień dobry { $name },
letter-greeting-anyone = Szanowni Państwo,
letter-sign-off = Z poważaniem
letter-our-reference = Nasz numer referencyjny: { $reference }
letter-team = Zespół Obsługi Klienta
letter-reach = telefonicznie pod numerem { $phone }, e-mailem na adres { $email } lub pocztą na adres { $address }
letter-ombudsman = W każdej chwili możesz skontaktować się z Housing Ombudsman Service (Rzecznikiem ds. mieszkalnictwa), aby uzyskać bezpłatną i bezstronną poradę: { $reach }.
letter-misunderstood = Jeśli źle zrozumieliśmy Twoją skargę lub rozwiązanie, którego oczekujesz, daj nam znać.
letter-date-to-agree = w terminie, który z Tobą uzgodnimy
letter-why = Powód

## Co mówi odpowiedź
letter-about = Czego dotyczy Twoja skarga
letter-outcome-sought = Jakiego rozwiązania oczekujesz
letter-finding =
    { $finding ->
        [upheld] Nasze ustalenie: uznajemy Twoją skargę.
        [partly_upheld] Nasze ustalenie: uznajemy Twoją skargę w części.
       *[not_upheld] Nasze ustalenie: nie uznajemy Twojej skargi.
    }
letter-decision = Nasza decyzja
letter-reasons = Uzasadnienie naszej decyzji
letter-remedy = Co zrobimy, aby to naprawić

## Etap 1
letter-stage1-acknowledged-subject = Twoja skarga { $reference }: potwierdzenie przyjęcia (Etap 1)
letter-stage1-acknowledged-received = Dziękujemy za skargę, którą otrzymaliśmy { $received }. Jest ona teraz rozpatrywana na Etapie 1 naszej procedury skargowej.
letter-understanding = Jak rozumiemy Twoją skargę
letter-handler = Twoją skargą zajmuje się { $handler }. Możesz się z tą osobą skontaktować: { $contact }.
letter-handler-anyone = Członek naszego zespołu
letter-stage1-due = Pełną odpowiedź wyślemy Ci do dnia { $day }. Jeśli będziemy potrzebować więcej czasu, podamy powód i nowy termin.
letter-extended-subject = Twoja skarga { $reference }: potrzebujemy więcej czasu (Etap { $stage })
letter-extended-sorry = Przepraszamy, ale potrzebujemy więcej czasu na przygotowanie odpowiedzi na Etapie { $stage }.
letter-extended-due = Odpowiedź wyślemy Ci teraz do dnia { $day }.
letter-stage1-response-subject = Twoja skarga { $reference }: nasza odpowiedź (Etap 1)
letter-stage1-response-intro = To jest nasza odpowiedź na Twoją skargę na Etapie 1 naszej procedury skargowej.
letter-stage1-response-review = Jeśli nie jesteś zadowolony lub zadowolona, możesz poprosić o ponowne rozpatrzenie skargi na Etapie 2. Poproś do dnia { $day }: zaloguj się do Calico Account i wybierz „Poproś o ponowne rozpatrzenie” albo skontaktuj się z nami { $reach }. Napisz, dlaczego ta odpowiedź Cię nie zadowala.

## Etap 2
letter-stage2-acknowledged-subject = Twoja skarga { $reference }: potwierdzenie prośby o ponowne rozpatrzenie (Etap 2)
letter-stage2-acknowledged-intro = Otrzymaliśmy Twoją prośbę o ponowne rozpatrzenie skargi na Etapie 2, ostatnim etapie naszej procedury skargowej.
letter-still-unhappy = Co według Ciebie nadal nie zostało rozwiązane
letter-reviewer = Skargę rozpatrzy ponownie { $reviewer }. Ta osoba nie brała udziału w odpowiedzi na Etapie 1. Możesz się z nią skontaktować: { $contact }.
letter-reviewer-anyone = Starszy pracownik
letter-stage2-due = Ostateczną odpowiedź wyślemy Ci do dnia { $day }. Jeśli będziemy potrzebować więcej czasu, podamy powód i nowy termin.
letter-stage2-response-subject = Twoja skarga { $reference }: nasza ostateczna odpowiedź (Etap 2)
letter-stage2-response-intro = To jest nasza ostateczna odpowiedź na Twoją skargę, na Etapie 2. Kończy ona naszą procedurę skargową.
letter-stage2-response-ombudsman = Jeśli nadal nie jesteś zadowolony lub zadowolona, możesz poprosić Housing Ombudsman Service (Rzecznika ds. mieszkalnictwa) o zbadanie sprawy: { $reach }.

## Podziękowania
letter-passed-on-subject = Twoje podziękowanie { $reference }: przekazaliśmy je dalej
letter-compliment-received = Dziękujemy za podziękowanie, które otrzymaliśmy { $received }.
letter-passed-on = Przekazaliśmy Twoje podziękowanie do: { $to }, aby wiedzieli o nim zarówno pracownik, któremu dziękujesz, jak i jego przełożony. Takie podziękowania pomagają nam zobaczyć, co robimy dobrze.

## Informacje, gdy odpowiedź się opóźnia
letter-updates-subject = Twoja skarga { $reference }: jak będziemy Cię informować
letter-updates-every = Zgodnie z naszym ustaleniem, dopóki nie wyślemy Ci odpowiedzi na Etapie { $stage }, będziemy przekazywać Ci informacje co najmniej co { $every }.
letter-updates-next = Następną informację przekażemy Ci do dnia { $day }.
letter-update-subject = Twoja skarga { $reference }: informacja o postępach
letter-update-intro = Oto informacja o postępach w sprawie Twojej skargi.
letter-update-again = Następną informację przekażemy Ci do dnia { $day }.
letter-response-late = Nasza odpowiedź na Etapie { $stage } jest spóźniona: termin minął { $day }. Przepraszamy i wyślemy ją tak szybko, jak to możliwe.
letter-response-due = Odpowiedź na Etapie { $stage } wyślemy Ci do dnia { $day }.

## Skarga nieprzyjęta
letter-not-accepted-subject = Twoja skarga { $reference }: dlaczego nie możemy jej rozpatrzyć
letter-not-accepted-intro = Dokładnie zapoznaliśmy się z tym, co nam przekazano, i nie możemy rozpatrzyć tej sprawy w ramach naszej procedury skargowej.
letter-not-accepted-disagree = Jeśli się z tym nie zgadzasz, skontaktuj się z nami { $reach }.
letter-not-accepted-ombudsman = Masz prawo poprosić Housing Ombudsman Service (Rzecznika ds. mieszkalnictwa) o sprawdzenie tej decyzji: { $reach }.

## Naprawienie sytuacji
letter-remedy-agreed-subject = Twoja skarga { $reference }: jak naprawimy sytuację
letter-remedy-agreed = Uzgodniliśmy, jak naprawimy sytuację
letter-remedy-pay = Wypłacimy Ci { $amount }.
letter-remedy-owner = Odpowiada za to: { $owner }. Zostanie to zrobione do dnia { $day }. Do tego czasu zobaczysz to na stronie swojej skargi.
letter-remedy-if-not-done = Jeśli do tego dnia nie zostanie to zrobione, daj nam znać { $reach }.
letter-remedy-done-subject = Twoja skarga { $reference }: naprawiliśmy sytuację
letter-remedy-done = Zrobiliśmy to, co uzgodniliśmy, aby naprawić sytuację
letter-remedy-if-not-right = Jeśli uważasz, że sytuacja nie została naprawiona, daj nam znać { $reach }.

## Inny format lub język, o który prosi mieszkaniec
letter-coming = Prosisz o listy w innym formacie lub języku. Wyślemy Ci ten list także { $ways } do dnia { $day }. Jeśli do tego dnia do Ciebie nie dotrze, zadzwoń do nas pod numer { $phone }.
letter-coming-braille = alfabetem Braille’a
letter-coming-audio = jako nagranie audio
letter-coming-language = w języku: { $language }
letter-list-comma = {", "}
letter-list-and = { $rest } i { $last }

## E-mail, w którym wysyłamy list
letter-email-account-large = Ten list możesz też przeczytać w swoim Calico Account, gdzie jest również wersja z dużą czcionką do przeczytania lub wydrukowania.
letter-email-account = Ten list możesz też przeczytać w swoim Calico Account.
letter-email-register = Jeśli zarejestrujesz się w Calico Account, podając numer referencyjny czynszu, będziesz mógł lub mogła przeczytać ten list także tam.
