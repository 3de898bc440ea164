# Strona główna: co mieszkaniec może zrobić w Calico Account i ile trwa każdy krok.
# The home page, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

home-title = Strona główna
home-heading = Twoje Calico Account
home-lead = Powiedz Calico Homes, gdy coś poszło nie tak, gdy coś jest niebezpieczne albo gdy ktoś Ci pomógł. Potem sprawdzaj, co dzieje się dalej i kiedy.
home-what-you-can-do = Co możesz tu zrobić
home-register-heading = Zarejestruj się, podając numer referencyjny czynszu
home-register-text = Potrzebujesz adresu e-mail i numeru referencyjnego czynszu. Zanim ktokolwiek zobaczy Twoje dane, sprawdzamy ten numer w Twojej umowie najmu.
home-complaint-heading = Złóż skargę
home-complaint-text = Powiedz nam, co poszło nie tak i co chcesz, żebyśmy zrobili. Nie musisz używać słowa „skarga”. Nie podoba Ci się, jak zajęliśmy się zgłoszoną przez Ciebie naprawą? To też jest skarga.
# $limit, $target i $response to okresy w dopełniaczu, np. „5 dni roboczych” (common-span-*).
home-complaint-timescales = Potwierdzamy przyjęcie skargi w ciągu { $limit } (staramy się to zrobić w ciągu { $target }) i udzielamy pełnej odpowiedzi w ciągu { $response } od potwierdzenia.
home-safety-heading = Zgłoś zagrożenie bezpieczeństwa
home-safety-text = Pozostawione rusztowanie, niedziałająca czujka dymu, wszystko, co wydaje się niebezpieczne. Zajmujemy się zgłoszeniami od razu, a najpilniejszymi w pierwszej kolejności.
home-compliment-heading = Przekaż pochwałę
home-compliment-text = Powiedz nam, kto Ci pomógł i w jaki sposób. Przekazujemy Twoje słowa przełożonemu tej osoby.
home-follow-heading = Śledź swoją skargę
home-follow-text = Zobacz, kto się nią zajmuje, do kiedy przypada każda odpowiedź i ile dni roboczych zostało. Strona zmienia się, gdy coś robimy.
home-review-heading = Poproś o ponowne rozpatrzenie
home-review-text = Jeśli nasza pierwsza odpowiedź Cię nie zadowala, możesz poprosić, aby Twoją skargę jeszcze raz rozpatrzyła inna osoba, na wyższym stanowisku (Etap 2).
# $window, $acknowledge i $response to okresy w dopełniaczu, np. „20 dni roboczych” (common-span-*).
home-review-timescales = Możesz o to poprosić w ciągu { $window } od naszej odpowiedzi w Etapie 1. Potwierdzamy przyjęcie prośby w ciągu { $acknowledge } i udzielamy ostatecznej odpowiedzi w ciągu { $response } od potwierdzenia.
home-someone-heading = Ktoś może zrobić to za Ciebie
home-someone-text = Członek rodziny lub znajomy, doradca lub asystent, radny albo Twój poseł mogą złożyć skargę w Twoim imieniu. Przekazujemy tej osobie Twoje dane dopiero wtedy, gdy powiesz nam, że się na to zgadzasz.
home-contact-heading = Inne sposoby kontaktu z nami
# „Zadzwoń pod [telefon], [godziny], napisz na [adres] lub odwiedź …”: numer telefonu i adres
# e-mail są linkami między tymi trzema częściami.
home-contact-call = Zadzwoń do nas pod numer
home-contact-email = , { $hours }, napisz na adres
home-contact-visit = lub odwiedź nasze biuro przy Croft Street w Burnley, obok dworca autobusowego.
home-formats = Możemy przekazać Ci informacje dużym drukiem, w wersji audio lub alfabetem Braille’a, a także zapewnić tłumacza ustnego przez Language Line.
