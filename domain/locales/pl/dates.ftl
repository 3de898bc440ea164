# Daty zapisane w całości: "wtorek, 8 grudnia 2026" (miesiąc w dopełniaczu).
# Dates written out in full, in Polish.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

date-long =
    { $weekday ->
        [1] poniedziałek
        [2] wtorek
        [3] środa
        [4] czwartek
        [5] piątek
        [6] sobota
       *[7] niedziela
    }, { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year }

# Liczba dni roboczych: „1 dzień roboczy”, „3 dni robocze”, „5 dni roboczych”.
working-days =
    { $count ->
        [one] { $count } dzień roboczy
        [few] { $count } dni robocze
        [many] { $count } dni roboczych
       *[other] { $count } dni roboczych
    }
