# پوری لکھی ہوئی تاریخیں: "منگل 8 دسمبر 2026"۔
# Dates written out in full, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

date-long =
    { $weekday ->
        [1] پیر
        [2] منگل
        [3] بدھ
        [4] جمعرات
        [5] جمعہ
        [6] ہفتہ
       *[7] اتوار
    } { $day } { $month ->
        [1] جنوری
        [2] فروری
        [3] مارچ
        [4] اپریل
        [5] مئی
        [6] جون
        [7] جولائی
        [8] اگست
        [9] ستمبر
        [10] اکتوبر
        [11] نومبر
       *[12] دسمبر
    } { $year }

# کام کے دنوں کی تعداد: "کام کا 1 دن"، "کام کے 5 دن"۔
working-days =
    { $count ->
        [one] کام کا { $count } دن
       *[other] کام کے { $count } دن
    }
