# Konto mieszkańca: strona konta, imię i nazwisko, preferencje kontaktowe i potrzebne wsparcie,
# zmiana adresu e-mail i domu, kod aktywacyjny, zaproszenie przedstawiciela i zaproszenie,
# które otwiera przedstawiciel.
# The resident's account pages, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## The account page

profile-account-title = Twoje konto
profile-new-feedback = Złóż skargę, zgłoś zagrożenie bezpieczeństwa lub przekaż pochwałę
profile-letters-link = Listy, które do Ciebie wysłaliśmy

profile-saved-name = Twoje imię i nazwisko zostało zapisane.
profile-saved-email = Twój adres e-mail został zmieniony. Od teraz używaj go do logowania.
profile-saved-home = Twoje konto jest teraz powiązane z Twoim domem.
profile-saved-linked = Twój kod aktywacyjny jest prawidłowy: Twoje konto jest teraz powiązane z Twoim domem.
profile-saved-approved = Prośba została zatwierdzona: ta osoba jest teraz powiązana z Twoim domem, a my ją o tym poinformowaliśmy.
profile-saved-declined = Prośba została odrzucona: ta osoba nie jest powiązana z Twoim domem, a my ją o tym poinformowaliśmy.
profile-saved-representatives = Zapisaliśmy Twoją decyzję o tym, kto może działać w Twoim imieniu.
profile-saved-invited = Zaproszenie zostało wysłane. Ta osoba musi otworzyć zawarty w nim link i zalogować się lub zarejestrować, używając tego adresu e-mail.
profile-saved-accepted = Możesz teraz działać w imieniu tej osoby.
profile-saved-preferences = Zapisaliśmy Twoje preferencje kontaktowe i potrzeby w zakresie wsparcia.

profile-home-checking-new = Sprawdzamy Twój nowy dom
profile-home-not-linked-yet = Twoje konto nie jest jeszcze powiązane z Twoim domem
profile-home-asked = Data Twojej prośby: { $day }. Prosisz o powiązanie konta z domem o numerze referencyjnym czynszu { $reference } i kodzie pocztowym { $postcode }. Jeśli te dane zgadzają się z naszymi, wyślemy tam pocztą kod aktywacyjny zaadresowany do głównego najemcy.
profile-home-until-linked = Dopóki konto nie zostanie powiązane, nadal możesz złożyć skargę dotyczącą swojego domu; nie pokażemy Ci jednak innych skarg, listów ani przedstawicieli związanych z tym domem.
profile-enter-code = Wpisz kod aktywacyjny
profile-home-not-linked = Twoje konto nie jest powiązane z Twoim domem
profile-home-why-link = Powiąż je, aby widzieć skargi złożone w sprawie Twojego domu i listy, które w tej sprawie wysyłamy, oraz aby wybrać, kto może działać w Twoim imieniu.
profile-link-home = Powiąż konto ze swoim domem

profile-approve = Zatwierdź
profile-decline = Odrzuć
profile-join-asked = Prośba o powiązanie z Twoim domem, złożona: { $day }.
profile-join-heading = Osoby proszące o dołączenie do Twojego domu
profile-join-intro = Zatwierdzaj tylko osoby, które znasz i które mieszkają z Tobą, na przykład współnajemcę: zobaczą one skargi złożone w sprawie Twojego domu, listy, które w tej sprawie wysyłamy, oraz to, kto działa w Twoim imieniu.

profile-details-heading = Twoje dane
# "Change" links; a screen reader hears the row's name after it ("Zmień imię i nazwisko").
profile-change = Zmień
profile-change-contact-hidden = sposób kontaktu i potrzebne wsparcie
profile-row-name = Imię i nazwisko
profile-name-not-given = Jeszcze nie podano
profile-row-email = Adres e-mail
profile-row-home = Dom
profile-rent-reference = Numer referencyjny czynszu
profile-not-tenancy = Twoje konto nie jest powiązane z najmem: możesz działać w imieniu mieszkańców, którzy się na to zgodzą.
profile-contact-heading = Jak się z Tobą kontaktujemy
profile-row-contact-by = Forma kontaktu
profile-contact-letter-to = List pocztą na adres: { $address }
profile-row-phone = Numer telefonu
profile-phone-not-given = Nie podano
profile-row-call-times = Godziny na telefon
profile-no-preference = Bez preferencji
profile-support-heading = Potrzebne wsparcie
profile-row-formats = Format listów
profile-standard-print = Zwykły druk
profile-list-separator = { ", " }
profile-row-language = Język
profile-language-english = Angielski
profile-language-interpreter = { $language }, z tłumaczem ustnym podczas rozmów i spotkań
profile-row-adjustments = Dostosowania
profile-none-recorded = Nic nie zapisano

profile-acting-for-heading = Osoby, w których imieniu działasz
profile-acting-for-open = { $name }: wszystkie skargi tej osoby, dopóki nie wycofa ona zgody.
profile-acting-for-until = { $name }: wszystkie skargi tej osoby. Ważne do: { $day }.

profile-representatives-heading = Osoby, które mogą działać w Twoim imieniu
profile-representatives-intro = Krewny, rzecznik, radny lub poseł może składać skargi w Twoim imieniu i otrzymywać o nich informacje, ale tylko za Twoją zgodą.
profile-status-invited = Zaproszenie wysłane: ta osoba jeszcze go nie przyjęła.
profile-status-can-act = Może działać w Twoim imieniu.
profile-status-withdrawn = Dostęp wycofany.
profile-status-asking = Prosi o zgodę na działanie w Twoim imieniu.
profile-status-refused = Nie wyrażono na to zgody.
profile-invited-covers-open = Zakres: wszystkie Twoje skargi, dopóki nie wycofasz zgody.
profile-invited-covers-until = Zakres: wszystkie Twoje skargi. Ważne do: { $day }.
profile-consent-covers = Zakres: { $scope }.
profile-scope-this = tylko ta skarga
profile-scope-all = wszystkie Twoje skargi
profile-consent-asked-with = Prośba złożona wraz ze skargą { $reference }.
profile-withdraw-access = Wycofaj dostęp
profile-allow = Zezwól
profile-do-not-allow = Nie zezwalaj
profile-back = Wróć do swojego konta

## Name

profile-name-title = Twoje imię i nazwisko
profile-name-heading = Jakiego imienia i nazwiska mamy używać?
profile-save = Zapisz
profile-name-label = Twoje pełne imię i nazwisko
profile-name-hint = Użyjemy go w listach i podczas rozmów telefonicznych z Tobą.

## Contact preferences and support needs (also in every complaint)

profile-preferences-title = Jak się z Tobą kontaktujemy i jakiego wsparcia potrzebujesz
profile-contact-legend-complaints = Jak mamy się z Tobą kontaktować w sprawie skarg?
profile-contact-legend-this = Jak mamy się z Tobą kontaktować w tej sprawie?
profile-contact-hint = W sprawach Twojego konta nadal będziemy pisać do Ciebie e-mailem, na przykład gdy trzeba zresetować hasło.
profile-method-email = E-mail
profile-method-phone = Rozmowa telefoniczna
profile-method-letter = List pocztą
profile-phone-label = Numer telefonu (opcjonalnie)
profile-phone-hint = Potrzebujemy go, jeśli chcesz, żebyśmy do Ciebie dzwonili.
profile-call-times-label = Najlepsze godziny na telefon (opcjonalnie)
profile-call-times-hint = Na przykład: w dni robocze rano albo nie przed 10:00. Maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
profile-formats-legend = Czy potrzebujesz naszych listów w innym formacie?
profile-formats-hint = Zaznacz wszystkie pasujące odpowiedzi. Każdy list w alfabecie Braille'a lub w wersji audio dotrze do Ciebie w ciągu { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    } od wysłania samego listu.
profile-format-large-print = Duży druk
profile-format-audio = Nagranie audio
profile-format-braille = Alfabet Braille'a
profile-language-label = Język, jeśli nie angielski (opcjonalnie)
profile-language-hint = Możemy przetłumaczyć nasze listy. Tłumaczenie pisemne może potrwać do { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }.
profile-interpreter-legend = Tłumacz ustny
profile-interpreter-option = Potrzebuję tłumacza ustnego podczas rozmów telefonicznych i spotkań
profile-adjustments-label = Czy możemy zrobić coś jeszcze, aby ułatwić Ci kontakt z nami? (opcjonalnie)
profile-adjustments-hint = Na przykład: stała osoba do kontaktu, obecność opiekuna albo więcej czasu na odpowiedź. Maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.

## Email address

profile-email-title = Zmień adres e-mail
profile-email-submit = Wyślij link
# Around the current address, shown in bold.
profile-email-now-before = Twój obecny adres e-mail to
profile-email-now-after = .
profile-email-intro = Wyślemy link na nowy adres. Adres zmieni się, gdy otworzysz ten link; do tego czasu będziemy używać starego.
profile-email-new-label = Nowy adres e-mail
profile-password-label = Twoje hasło
profile-password-hint = Abyśmy wiedzieli, że to Ty.
profile-check-title = Sprawdź pocztę e-mail
profile-check-lead = Wysłaliśmy wiadomość na nowy adres e-mail.
profile-check-body = Otwórz zawarty w niej link, aby zacząć używać tego adresu. Link działa jeden raz, przez 24 godziny. Jeśli w ciągu kilku minut nic nie dotrze, sprawdź folder spamu lub wiadomości-śmieci.
profile-confirm-title = Potwierdź nowy adres e-mail
profile-confirm-submit = Używaj mojego nowego adresu e-mail
profile-confirm-intro = Naciśnij przycisk, aby używać tego adresu e-mail w Calico Account.

## Home

profile-home-title = Twój dom
profile-home-representative = To konto służy do działania w imieniu mieszkańców, dlatego nie jest powiązane z żadnym domem. Aby złożyć skargę dotyczącą własnego domu, zarejestruj osobne konto, podając swój numer referencyjny czynszu.
profile-change-home-title = Zmień dom
profile-change-home-heading = Czy mieszkasz teraz w innym domu Calico?
profile-postcode-new = Kod pocztowy nowego domu
profile-postcode = Kod pocztowy Twojego domu
profile-continue = Dalej
# Around the current address, shown in bold.
profile-home-now-before = Twoje konto jest obecnie przypisane do adresu:
profile-home-now-after = .
profile-home-enter = Podaj numer referencyjny czynszu i kod pocztowy swojego domu. Numer referencyjny czynszu znajdziesz na wyciągu czynszowym i w umowie najmu.
profile-home-lead-tenant = Jeśli jesteś głównym najemcą, a Twoja data urodzenia oraz numer telefonu lub adres e-mail zgadzają się z naszymi danymi, konto zostanie powiązane od razu. W przeciwnym razie wyślemy pocztą kod aktywacyjny na adres domu.
profile-rent-reference-hint = Na przykład 10012345

## Activation code

profile-activation-code = Kod aktywacyjny
profile-activation-linked = Twoje konto jest powiązane z Twoim domem. Nie trzeba wpisywać żadnego kodu.
profile-activation-not-waiting = Twoje konto nie czeka na kod.
profile-activation-sent-again = Poprosiliśmy o wysłanie pocztą nowego kodu. Wcześniej wysłane kody już nie działają.
profile-activation-asked = Mamy Twoją prośbę. Jeśli dom zgadza się z naszymi danymi, wyślemy na jego adres kod aktywacyjny.
profile-activation-not-posted = Nie wysłaliśmy jeszcze kodu: poproś o niego poniżej.
profile-activation-posted = Kod przekazaliśmy do wysyłki pocztą: { $day }. Listy zwykle docierają w ciągu 5 dni roboczych.
profile-activation-submit = Powiąż moje konto
profile-activation-match = Jeśli numer referencyjny czynszu { $reference } i kod pocztowy { $postcode } zgadzają się z naszymi danymi, wyślemy kod pocztą na adres tego domu, do głównego najemcy.
profile-activation-spent = Ostatni kod wpisywano zbyt wiele razy. Poproś poniżej o nowy.
profile-activation-not-received = Kod nie dotarł?
profile-activation-post-new = Poproś o nowy kod pocztą
profile-activation-codes-max = Dla tej prośby wysłaliśmy już { $count ->
        [one] { $count } kod
        [few] { $count } kody
        [many] { $count } kodów
       *[other] { $count } kodu
    }, czyli najwięcej, ile wysyłamy.
# Around the link "give them again".
profile-activation-wrong-before = Jeśli numer referencyjny czynszu lub kod pocztowy powyżej są błędne,
profile-activation-wrong-link = podaj je ponownie
profile-activation-wrong-after = .
profile-activation-no-post-heading = Jeśli nie możesz odbierać poczty pod tym adresem
profile-activation-someone-linked = Jeśli ktoś już powiązany z tym domem, na przykład główny najemca, ma konto, może zatwierdzić Twoją prośbę na swoim koncie: wysłaliśmy do tej osoby e-mail.
profile-activation-call = Możesz też zadzwonić do nas pod numer { $phone } ({ $hours }), a potwierdzimy Twoją tożsamość w inny sposób.
profile-activation-hint = 8 cyfr z listu. Na przykład 1234 5678

## Inviting someone to act for you

profile-invite-title = Zaproś kogoś do działania w Twoim imieniu
profile-invite-no-tenancy = Twoje konto nie jest powiązane z najmem, więc nie ma nikogo, w czyim imieniu można by działać.
profile-invite-submit = Wyślij zaproszenie
profile-invite-intro = Ta osoba będzie mogła składać skargi w Twoim imieniu i śledzić wszystkie Twoje skargi, w tym to, co w ich sprawie do Ciebie wysyłamy. Wyślemy jej e-mailem link do przyjęcia zaproszenia. Możesz je wycofać w dowolnym momencie na swoim koncie.
profile-invite-name = Imię i nazwisko tej osoby
profile-invite-email = Adres e-mail tej osoby
profile-invite-email-hint = Aby przyjąć zaproszenie, ta osoba musi zalogować się lub zarejestrować, używając tego adresu.
profile-invite-relationship = Kim ta osoba jest dla Ciebie?
profile-invite-relationship-other = Jeśli wybrano „Inne”: kim ta osoba jest dla Ciebie?
profile-invite-expiry = Kiedy ma wygasnąć? (opcjonalnie)
profile-invite-expiry-hint = Zostaw puste, jeśli ma obowiązywać, dopóki go nie wycofasz. Na przykład 31 12 2027.

## The invitation, as the invited person sees it

profile-offer-title = Zaproszenie do działania w imieniu mieszkańca
profile-offer-heading = { $resident } prosi Cię o działanie w swoim imieniu
profile-offer-intro-open = Witaj, { $name }. Otrzymasz możliwość składania skarg do Calico Homes w imieniu tej osoby i śledzenia wszystkich jej skarg, dopóki nie wycofa ona zgody.
profile-offer-intro-until = Witaj, { $name }. Otrzymasz możliwość składania skarg do Calico Homes w imieniu tej osoby i śledzenia wszystkich jej skarg. Ważne do: { $day }.
profile-offer-withdraw = Ta osoba może to wycofać w dowolnym momencie.
profile-accept = Przyjmij
profile-offer-wrong-account = Zalogowano Cię jako { $email }, ale zaproszenie wysłano na adres { $invited }. Wyloguj się, a następnie zaloguj się, używając tamtego adresu.
profile-offer-sign-in = Zaloguj się, aby przyjąć
# Before and after the link "Register with …".
profile-offer-new = Nie masz jeszcze konta w Calico Account?
profile-offer-register = Zarejestruj się, podając adres { $email }
profile-offer-register-after = , potwierdź swój adres, a następnie ponownie otwórz link z e-maila z zaproszeniem.
profile-offer-unusable-title = Tego zaproszenia nie można użyć
profile-offer-unusable = Zaproszenie zostało już przyjęte lub wycofane albo ma więcej niż { $days ->
        [one] { $days } dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Poproś tę osobę, aby ponownie wysłała Ci zaproszenie ze swojego konta.
profile-language-pages-hint = Jeśli to urdu lub polski, strony Twojego konta też będą wyświetlane w tym języku.
