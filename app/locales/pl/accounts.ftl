# Rejestracja (mieszkańca lub przedstawiciela), sprawdzenie i potwierdzenie adresu e-mail,
# logowanie i resetowanie hasła.
# Registering, confirming the email address, signing in and resetting a password, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

accounts-register-title = Zarejestruj się w Calico Account
accounts-register-submit = Zarejestruj się
accounts-register-need = Potrzebujesz swojego adresu e-mail, numeru referencyjnego czynszu i kodu pocztowego swojego domu. Numer referencyjny czynszu znajdziesz w zestawieniu czynszu i w umowie najmu.
accounts-register-joint = Współnajemcy mogą zarejestrować się osobno, każdy z własnym adresem e-mail.
accounts-register-linking = Aby skargi i listy dotyczące Twojego domu pozostały prywatne, łączymy Twoje konto z domem dopiero wtedy, gdy wiemy, że to Twój dom: od razu, jeśli jesteś głównym najemcą, a Twoja data urodzenia oraz numer telefonu lub ten adres e-mail zgadzają się z naszymi danymi; w przeciwnym razie za pomocą kodu, który wyślemy pocztą na adres Twojego domu, albo gdy zatwierdzi to ktoś, kto jest już połączony z Twoim domem.
accounts-register-already = Masz już konto?
accounts-sign-in-link = Zaloguj się
accounts-register-acting = Działasz w imieniu mieszkańca Calico Homes jako krewny, rzecznik, radny lub poseł?
accounts-representative-link = Zarejestruj się, aby działać w czyimś imieniu
accounts-email-label = Adres e-mail
accounts-email-hint = Wyślemy na ten adres link, aby sprawdzić, czy należy do Ciebie.
accounts-rent-reference-label = Numer referencyjny czynszu
accounts-rent-reference-hint = Na przykład 10012345
accounts-postcode-label = Kod pocztowy Twojego domu
accounts-password-create-label = Utwórz hasło
accounts-password-rules = Użyj co najmniej 10 znaków. Kilka zwykłych słów razem to dobre hasło, które łatwo zapamiętać. Nie używaj hasła, którego używasz gdzie indziej.
accounts-password-again-label = Wpisz hasło ponownie
accounts-dob-legend = Twoja data urodzenia (nieobowiązkowo)
accounts-dob-hint = Na przykład 27 3 1985. Jeśli jesteś głównym najemcą, porównamy ją z naszymi danymi.
accounts-phone-label = Twój numer telefonu (nieobowiązkowo)
accounts-phone-hint = Numer, który mamy zapisany w Twoich danych. Zostaw to pole puste, jeśli nie mamy od Ciebie numeru telefonu.
accounts-representative-title = Zarejestruj się, aby działać w czyimś imieniu
accounts-representative-who = Dla osób, które składają skargę w imieniu mieszkańca Calico Homes: krewnych lub przyjaciół, pełnomocników (Power of Attorney), radnych lub posłów, rzeczników lub pracowników wsparcia. Nie musisz mieć własnej umowy najmu.
accounts-representative-privacy = Nie przekażemy Ci żadnych informacji o mieszkańcu, dopóki nie zgodzi się, że możesz działać w jego imieniu.
accounts-name-label = Imię i nazwisko
accounts-check-email-title = Sprawdź pocztę e-mail
accounts-check-email-lead = Wysłaliśmy wiadomość na podany przez Ciebie adres e-mail. Znajdziesz w niej informację, co zrobić dalej.
accounts-check-email-finish = Aby dokończyć rejestrację, otwórz link z wiadomości. Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź folder spam lub wiadomości-śmieci.
accounts-check-email-none = Jeśli wiadomość nie dotarła, sprawdź podane dane i zarejestruj się ponownie.
accounts-verify-title = Potwierdź swój adres e-mail
accounts-verify-submit = Potwierdź mój adres e-mail
accounts-verify-intro = Naciśnij przycisk, aby potwierdzić, że to Twój adres e-mail, i dokończyć rejestrację.
accounts-notice-confirmed = Twój adres e-mail został potwierdzony. Zaloguj się, aby korzystać z konta.
accounts-notice-signed-out = Wylogowano Cię.
accounts-notice-reset = Twoje hasło zostało zmienione. Zaloguj się nowym hasłem.
accounts-notice-kept = Wylogowaliśmy Cię, ponieważ przez godzinę nic się nie działo. Wpisane przez Ciebie informacje są bezpiecznie zachowane: zaloguj się, aby kontynuować od tego samego miejsca.
accounts-notice-return = Zaloguj się, aby kontynuować od tego samego miejsca.
accounts-sign-in-title = Zaloguj się
accounts-sign-in-heading = Zaloguj się do Calico Account
accounts-sign-in-submit = Zaloguj się
accounts-forgotten-password = Nie pamiętasz hasła?
accounts-not-registered = Nie masz jeszcze konta?
accounts-register-link = Zarejestruj się w Calico Account
accounts-password-label = Hasło
accounts-reset-title = Zresetuj hasło
accounts-reset-submit = Wyślij mi link
accounts-reset-intro = Wpisz adres e-mail podany przy rejestracji. Wyślemy Ci link, za pomocą którego ustawisz nowe hasło.
accounts-reset-check-lead = Jeśli ten adres należy do konta Calico Account, wysłaliśmy na niego link do zresetowania hasła.
accounts-reset-check-link = Link działa tylko raz i tylko przez godzinę. Jeśli nic nie dotrze w ciągu kilku minut, sprawdź folder spam lub wiadomości-śmieci.
accounts-new-password-title = Wybierz nowe hasło
accounts-new-password-submit = Zmień moje hasło
accounts-new-password-label = Nowe hasło
accounts-new-password-again-label = Wpisz nowe hasło ponownie
