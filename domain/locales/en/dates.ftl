# Dates written out in full: "Tuesday 8 December 2026", and numbers of working days.
# Last checked by a fluent speaker: 2026-12-01

date-long =
    { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    } { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

# A number of working days: "1 working day", "5 working days".
working-days =
    { $count ->
        [one] { $count } working day
       *[other] { $count } working days
    }
