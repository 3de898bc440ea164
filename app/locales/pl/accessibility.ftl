# Deklaracja dostępności oraz strona wyboru rozmiaru tekstu i kolorów (/display).
# The accessibility statement and the text size and colours page, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

accessibility-title = Deklaracja dostępności
accessibility-heading = Deklaracja dostępności serwisu Calico Account
accessibility-lead = Calico Account prowadzi Calico Homes. Chcemy, aby mogło z niego korzystać jak najwięcej osób.
accessibility-able = Możesz:
accessibility-able-zoom = powiększyć stronę do 400%, a tekst nie wyjdzie poza ekran
accessibility-able-phone = korzystać z serwisu na małym ekranie telefonu, o szerokości 320 pikseli
accessibility-able-keyboard = przejść od początku do końca formularza, używając tylko klawiatury
accessibility-able-screen-reader = korzystać z serwisu za pomocą czytnika ekranu, takiego jak NVDA, JAWS, VoiceOver lub TalkBack
accessibility-able-no-script = wypełnić każdy formularz przy wyłączonym JavaScripcie
# „… na stronie [Rozmiar tekstu i kolory] (…)”: środkowa część jest linkiem.
accessibility-able-display-before = powiększyć tekst lub wyświetlać każdą stronę w wysokim kontraście na stronie
accessibility-able-display-link = Rozmiar tekstu i kolory
accessibility-able-display-after = (z JavaScriptem lub bez niego)
accessibility-able-settings = zmieniać kolory, poziom kontrastu i czcionki w ustawieniach przeglądarki lub urządzenia: strony stosują motywy kontrastu i kolorów Twojego urządzenia, a jeśli poprosisz o ograniczenie ruchu, nic się na nich nie porusza
accessibility-how-heading = Na ile ten serwis jest dostępny
accessibility-how-text = Projektujemy Calico Account tak, aby spełniał wytyczne Web Content Accessibility Guidelines (WCAG) w wersji 2.2 na poziomie AA. Każdą stronę testujemy w prawdziwej przeglądarce, z JavaScriptem i bez niego, za pomocą automatycznych testów dostępności oraz przy użyciu samej klawiatury.
accessibility-how-limits = Wiemy, że testy automatyczne nie wykrywają wszystkich problemów. Jeśli na jakiś trafisz, daj nam znać, abyśmy mogli go naprawić.
accessibility-formats-heading = Informacje w innym formacie lub języku
accessibility-formats-text =
    Możemy przekazać Ci każdy list lub każdą stronę dużym drukiem, w wersji audio lub alfabetem Braille’a. Tłumacza ustnego zapewniamy telefonicznie przez Language Line. Tłumaczenie pisemne może potrwać do { $days ->
        [one] { $days } dnia
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dni
    }.
accessibility-formats-letters = Każdy list na Twoim koncie ma wersję z dużym drukiem do przeczytania lub wydrukowania. Jeśli poprosisz o listy alfabetem Braille’a, w wersji audio lub w innym języku (przy składaniu skargi albo w ustawieniach kontaktu), każdy list wyślemy Ci także w tej formie, a w samym liście podamy dzień, do którego do Ciebie dotrze.
# „Zadzwoń do nas pod numer [telefon] ([godziny]) lub napisz na adres [e-mail]. Powiedz nam, …”:
# numer telefonu i adres e-mail są linkami; ostatnia część następuje po adresie bez spacji.
accessibility-contact-call = Zadzwoń do nas pod numer
accessibility-contact-email = ({ $hours }) lub napisz na adres
accessibility-contact-after = . Powiedz nam, czego potrzebujesz, a zapiszemy to także na Twoim koncie, żeby nie trzeba było prosić ponownie.
accessibility-reporting-heading = Zgłaszanie problemów z dostępnością
# $within to okres w dopełniaczu, np. „2 dni roboczych” (common-span-*).
accessibility-reporting-text = Jeśli masz problem z korzystaniem z Calico Account albo uważasz, że nie spełniamy wymagań dostępności, skontaktuj się z nami w ten sam sposób. Odpowiemy w ciągu { $within }.
accessibility-enforcement-heading = Procedura egzekwowania
accessibility-enforcement-text = Za egzekwowanie przepisów o dostępności odpowiada Komisja ds. Równości i Praw Człowieka (Equality and Human Rights Commission, EHRC). Jeśli nie odpowiada Ci to, jak odpowiedzieliśmy na Twoją skargę, skontaktuj się z poradnią ds. równości Equality Advisory and Support Service (EASS).
accessibility-preparation-heading = Przygotowanie tej deklaracji
accessibility-preparation-text = Tę deklarację przygotowano 22 listopada 2026 r. Sprawdzamy ją przy każdej zmianie serwisu i co najmniej raz w roku.

## Strona rozmiaru tekstu i kolorów (/display).

accessibility-display-title = Rozmiar tekstu i kolory
accessibility-display-save = Zapisz
accessibility-display-intro-signed-in = Wybierz, jak mają być wyświetlane wszystkie strony. Zapamiętamy to na tym urządzeniu, a także na Twoim koncie, na kolejne urządzenie, na którym się zalogujesz.
accessibility-display-intro-signed-out = Wybierz, jak mają być wyświetlane wszystkie strony. Zapamiętamy to na tym urządzeniu w pliku cookie, który przechowuje tylko ten wybór.
accessibility-display-browser = Działają też ustawienia samej przeglądarki: powiększenie (do 400%), rozmiar tekstu oraz motywy kontrastu lub kolorów Twojego urządzenia.
accessibility-display-back = Wróć do poprzedniej strony
accessibility-display-text-legend = Rozmiar tekstu
accessibility-display-text-standard = Standardowy
accessibility-display-text-larger = Większy
accessibility-display-text-largest = Największy
accessibility-display-colours-legend = Kolory
accessibility-display-colours-standard = Standardowe kolory
accessibility-display-colours-high = Wysoki kontrast: czarne na białym
# Po zapisaniu, gdy rozmiar tekstu i kolory są standardowe.
accessibility-display-saved-standard = Zapisano. Strony są wyświetlane ze standardowym rozmiarem tekstu i w standardowych kolorach.
# Po zapisaniu w innym przypadku: $text to standard, larger lub largest; $colours to standard lub high.
accessibility-display-saved =
    Zapisano. Strony są wyświetlane { $text ->
        [larger] z większym tekstem
        [largest] z największym tekstem
       *[standard] ze standardowym tekstem
    } i { $colours ->
        [high] w wysokim kontraście
       *[standard] w standardowych kolorach
    }.
