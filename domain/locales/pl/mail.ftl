# E-maile wysyłane do konta (potwierdzenie adresu, zmiana hasła, zmiana adresu, zaproszenie do
# działania w imieniu mieszkańca, prośba o powiązanie z domem) i dane kontaktowe na końcu.
# The emails an account is sent, in Polish. Each message is a paragraph; the link follows on
# its own line after a message ending in ":". $hours, $minutes: how long a link works.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-02)

landlord-hours = od 9:00 do 17:00, od poniedziałku do piątku

mail-verify-subject = Potwierdź swój adres e-mail do konta Calico Account
mail-verify-open = Aby dokończyć zakładanie konta Calico Account, potwierdź swój adres e-mail, otwierając ten link:
mail-verify-once = Link działa jeden raz, przez { $hours } { $hours ->
        [one] godzinę
        [few] godziny
       *[other] godzin
    }. Jeśli nie zakładałeś(-aś) konta Calico Account, nie musisz nic robić.

mail-registered-subject = Masz już konto Calico Account
mail-registered-tried = Ktoś, prawdopodobnie Ty, próbował założyć konto Calico Account z tym adresem e-mail.
mail-registered-sign-in = Masz już konto. Zaloguj się tutaj:
mail-not-you = Jeśli to nie Ty, nie musisz nic robić.

mail-reset-subject = Zmień hasło do konta Calico Account
mail-reset-open = Aby ustawić nowe hasło do konta Calico Account, otwórz ten link:
mail-reset-once = Link działa jeden raz, przez { $minutes } minut. Jeśli nie prosiłeś(-aś) o zmianę hasła, nie musisz nic robić: Twoje hasło się nie zmieniło.

mail-taken-subject = Ten adres e-mail ma już konto Calico Account
mail-taken-nothing = Ktoś poprosił o przeniesienie konta Calico Account na ten adres e-mail, ale ma on już własne konto, więc nic się nie zmieniło.
mail-taken-sign-in = Możesz zalogować się tym adresem tutaj:

mail-new-address-subject = Potwierdź nowy adres e-mail do konta Calico Account
mail-new-address-open = Aby używać tego adresu e-mail w koncie Calico Account, otwórz ten link:
mail-new-address-once = Link działa jeden raz, przez { $hours } { $hours ->
        [one] godzinę
        [few] godziny
       *[other] godzin
    }. Do tego czasu używamy Twojego starego adresu. Jeśli nie prosiłeś(-aś) o to, nie musisz nic robić.

mail-changed-subject = Adres e-mail Twojego konta Calico Account się zmienił
mail-changed-to = Adres e-mail Twojego konta Calico Account został zmieniony na { $address }. Od teraz wszystko będziemy wysyłać na ten adres.
mail-changed-not-you = Jeśli to nie Ty, zadzwoń do nas natychmiast pod numer { $phone } ({ $hours }) i zmień hasło tutaj:

mail-invitation-someone = Mieszkaniec Calico Homes
mail-invitation-subject = { $who } prosi, abyś działał(a) w jego imieniu wobec Calico Homes
mail-invitation-dear = Szanowny/Szanowna { $name },
mail-invitation-asked = { $who } prosi, abyś działał(a) w jego imieniu w sprawie skarg do Calico Homes. Będziesz mógł (mogła) składać skargi w jego imieniu i śledzić, co się z nimi dzieje.
mail-invitation-asked-until = { $who } prosi, abyś działał(a) w jego imieniu w sprawie skarg do Calico Homes do dnia { $day }. Będziesz mógł (mogła) składać skargi w jego imieniu i śledzić, co się z nimi dzieje.
mail-invitation-open = Aby się zgodzić, otwórz ten link i zaloguj się lub zarejestruj, używając tego adresu e-mail:
mail-invitation-once = Link działa jeden raz, do dnia { $day }. Jeśli nie chcesz tego robić, nie musisz nic robić.
mail-invitation-english = Ta sama wiadomość po angielsku:

mail-household-subject = Ktoś prosi o powiązanie swojego konta Calico Account z Twoim domem
mail-household-asked = Konto Calico Account { $address } poprosiło o powiązanie z Twoim domem. Powiązane konto widzi skargi dotyczące Twojego domu, listy, które w ich sprawie wysyłamy, oraz osoby działające w Twoim imieniu.
mail-household-decide = Jeśli znasz tę osobę (współnajemcę lub kogoś z Twojego gospodarstwa domowego), możesz to zatwierdzić w swoim koncie. Jeśli nie, odrzuć prośbę tam albo nic nie rób: bez Twojej zgody ta osoba potrzebuje kodu aktywacyjnego, który wysyłamy pocztą na adres Twojego domu. Twoje konto jest tutaj:

mail-linked-subject = Twoje konto Calico Account jest powiązane z Twoim domem
mail-linked-approved = Twoje konto Calico Account jest teraz powiązane z Twoim domem: ktoś już z nim powiązany zatwierdził Twoją prośbę. Zaloguj się, aby to zobaczyć:
