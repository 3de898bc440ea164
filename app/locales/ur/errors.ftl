# وہ پیغامات جو فارم قبول نہ ہونے پر رہائشی کو بتاتے ہیں کہ کیا درست کرنا ہے: مسائل کے خلاصے میں
# اور ہر خانے کے ساتھ۔
# The messages that tell a resident what to fix, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## Email address, rent reference, postcode and phone number

errors-email-missing = اپنا ای میل ایڈریس درج کریں
errors-email-format = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com
errors-rent-reference-missing = اپنا کرایہ کا حوالہ نمبر درج کریں
errors-rent-reference-format = اپنا کرایہ کا حوالہ نمبر بالکل ویسے ہی درج کریں جیسے وہ آپ کے کرایے کے گوشوارے پر لکھا ہے: 6 سے 12 تک حروف اور ہندسے
errors-postcode-missing = پوسٹ کوڈ درج کریں
errors-postcode-format = درست پوسٹ کوڈ درج کریں، جیسے BB11 2ED
errors-phone-format = برطانیہ کا فون نمبر درج کریں، جیسے 01282 686300 یا 07700 900 982
errors-phone-for-calls = فون نمبر درج کریں، تاکہ ہم آپ کو کال کر سکیں

## Passwords, signing in, links sent by email

errors-password-missing = پاس ورڈ درج کریں
errors-password-too-short = آپ کا پاس ورڈ کم از کم 10 حروف کا ہونا چاہیے
errors-password-too-long = آپ کا پاس ورڈ زیادہ سے زیادہ 256 حروف کا ہو سکتا ہے
errors-password-common = یہ پاس ورڈ سب سے زیادہ استعمال ہونے والے پاس ورڈز میں سے ہے اور اس کا اندازہ آسانی سے لگایا جا سکتا ہے؛ کوئی اور پاس ورڈ چنیں
errors-password-is-email = آپ کا پاس ورڈ آپ کا ای میل ایڈریس نہیں ہو سکتا
errors-password-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں؛ دونوں خانوں میں ایک ہی پاس ورڈ لکھیں
errors-sign-in-wrong = ای میل ایڈریس یا پاس ورڈ درست نہیں ہے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
errors-unconfirmed = سائن ان کرنے سے پہلے آپ کو اپنے ای میل ایڈریس کی تصدیق کرنی ہو گی۔ ہم نے آپ کو ایک نیا لنک بھیجا ہے: اسے کھولیں، پھر سائن ان کریں۔
errors-verify-link-used = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ نیا لنک حاصل کرنے کے لیے سائن ان کریں۔
errors-reset-link-used = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ نیا لنک منگوائیں۔
errors-password-wrong = آپ کا پاس ورڈ درست نہیں ہے۔ وہ پاس ورڈ درج کریں جس سے آپ سائن ان کرتے ہیں۔
errors-email-unchanged = یہ پہلے سے آپ کا ای میل ایڈریس ہے۔ وہ نیا ایڈریس درج کریں جو آپ استعمال کرنا چاہتے ہیں۔
errors-email-link-used = اس لنک کی میعاد ختم ہو چکی ہے یا یہ پہلے ہی استعمال ہو چکا ہے۔ سائن ان کریں اور اپنا ای میل ایڈریس تبدیل کرنے کی دوبارہ درخواست کریں۔
errors-email-taken = اس ای میل ایڈریس کا اب اپنا Calico Account ہے، اس لیے ہم نے آپ کا اکاؤنٹ اس پر منتقل نہیں کیا۔ آپ کا ای میل ایڈریس تبدیل نہیں ہوا۔
# $minutes or $hours: how long to wait (منٹ is the same for one and many).
errors-wait-minutes = آپ بہت زیادہ بار کوشش کر چکے ہیں۔ { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
errors-wait-hours = آپ بہت زیادہ بار کوشش کر چکے ہیں۔ { $hours } { $hours ->
        [one] گھنٹہ
       *[other] گھنٹے
    } انتظار کریں، پھر دوبارہ کوشش کریں۔

## Your name, and contact preferences

errors-name-missing = اپنا نام درج کریں
errors-select-contact-method = منتخب کریں کہ ہم آپ سے کیسے رابطہ کریں
errors-interpreter-language = وہ زبان درج کریں جس کے لیے آپ کو ترجمان کی ضرورت ہے

## The complaint journey

errors-select-purpose = منتخب کریں کہ آپ کیا کرنا چاہتے ہیں
errors-select-for-whom = منتخب کریں کہ یہ کس کے لیے ہے
errors-for-whom-no-tenancy = آپ کا اکاؤنٹ کسی کرایہ داری سے منسلک نہیں ہے، اس لیے آپ صرف کسی اور کی طرف سے کام کر سکتے ہیں۔ اپنے گھر کے بارے میں شکایت کرنے کے لیے اپنا کرایہ کا حوالہ نمبر دے کر رجسٹر کریں۔
errors-what-happened-missing = لکھیں کہ کیا ہوا
errors-incident-date-missing = وہ تاریخ درج کریں جب یہ ہوا
errors-outcome-missing = لکھیں کہ معاملہ درست کرنے کے لیے آپ ہم سے کیا کروانا چاہتے ہیں
errors-late-reason-missing = لکھیں کہ آپ نے ہمیں پہلے کیوں نہیں بتایا
errors-concern-what-missing = لکھیں کہ کیا چیز غیر محفوظ ہے
errors-concern-where-missing = لکھیں کہ یہ کہاں ہے
errors-select-danger-now = منتخب کریں کہ کیا اس وقت کسی کو خطرہ ہے
errors-select-vulnerable = منتخب کریں کہ کیا اس کا اثر کسی ایسے شخص پر پڑتا ہے جسے زیادہ خطرہ ہو سکتا ہے
errors-compliment-who-missing = لکھیں کہ آپ کی مدد کس نے کی
errors-compliment-what-missing = لکھیں کہ انہوں نے کیا کیا
errors-answers-not-found = ہمیں یہ جوابات نہیں مل سکے: ہو سکتا ہے انہیں دوبارہ شروع کیا گیا ہو۔ دوبارہ شروع کرنے سے پہلے دیکھ لیں کہ کیا آپ کی ای میل میں ہماری طرف سے کوئی حوالہ نمبر آیا ہے۔

## Acting for someone else, and inviting someone to act for you

errors-select-how-you-know = منتخب کریں کہ آپ جس شخص کی طرف سے کام کر رہے ہیں، انہیں آپ کیسے جانتے ہیں
errors-select-connected-to-you = منتخب کریں کہ ان کا آپ سے کیا تعلق ہے
errors-connection-missing = لکھیں کہ ان سے آپ کا کیا تعلق ہے
errors-their-name-missing = ان کا پورا نام درج کریں
errors-address-or-reference = ان کا پتہ یا ان کا کرایہ کا حوالہ نمبر درج کریں، تاکہ ہم ان کی کرایہ داری تلاش کر سکیں
errors-select-consent-method = منتخب کریں کہ انہوں نے اپنی رضامندی کیسے دی
errors-consent-date-missing = وہ تاریخ درج کریں جب انہوں نے ہمیں بتایا
errors-consent-to-missing = لکھیں کہ انہوں نے Calico Homes میں کس کو بتایا
errors-select-consent-scope = منتخب کریں کہ ان کی رضامندی کن باتوں پر لاگو ہوتی ہے
errors-expiry-in-future = ختم ہونے کی تاریخ آج کے بعد کی ہونی چاہیے
errors-choose-allow = منتخب کریں کہ اجازت دینی ہے، انکار کرنا ہے یا رسائی واپس لینی ہے۔
errors-access-changed = اس شخص کی رسائی پہلے ہی تبدیل کی جا چکی ہے۔ نیچے دی گئی فہرست دیکھیں۔
errors-invite-needs-tenancy = صرف وہ رہائشی کسی کو دعوت دے سکتا ہے جس کا اکاؤنٹ کسی کرایہ داری سے منسلک ہو۔ پہلے اپنے اکاؤنٹ کے صفحے سے اپنا گھر شامل کریں۔
errors-invitation-withdrawn = یہ دعوت نامہ پہلے ہی واپس لیا جا چکا ہے۔ نیچے دی گئی فہرست دیکھیں۔
errors-invitation-other-address = یہ دعوت نامہ کسی دوسرے ای میل ایڈریس پر بھیجا گیا تھا۔ سائن آؤٹ کریں، پھر اسی ایڈریس سے سائن ان (یا رجسٹر) کریں جس پر دعوت نامہ بھیجا گیا تھا۔
# $days: how many days an invitation can be accepted in (دن is the same for one and many).
errors-invitation-gone = یہ دعوت نامہ اب قبول نہیں کیا جا سکتا: یہ استعمال ہو چکا ہے، واپس لیا جا چکا ہے، یا { $days } دن سے زیادہ پرانا ہے۔ رہائشی سے کہیں کہ وہ آپ کو دوبارہ دعوت دیں۔

## Linking an account to a home

errors-account-representative = یہ اکاؤنٹ رہائشیوں کی طرف سے کام کرنے کے لیے ہے، اس لیے یہ کسی گھر سے منسلک نہیں ہے۔ اپنے گھر کے بارے میں شکایت کرنے کے لیے اپنا کرایہ کا حوالہ نمبر دے کر الگ اکاؤنٹ رجسٹر کریں۔
errors-code-missing = خط میں دیا گیا ایکٹیویشن کوڈ درج کریں
errors-code-digits = ایکٹیویشن کوڈ میں صرف 0 سے 9 تک کے ہندسے ہونے چاہییں
errors-code-length = ایکٹیویشن کوڈ 8 ہندسوں کا ہونا چاہیے
# $left: how many more tries the code allows (بار is the same for one and many).
errors-code-wrong = یہ کوڈ درست نہیں ہے، یا اس کی میعاد ختم ہو چکی ہے۔ اسے ہمارے بھیجے ہوئے سب سے نئے خط سے ملا کر دیکھیں۔ آپ مزید { $left } بار کوشش کر سکتے ہیں۔
errors-code-spent = یہ کوڈ اب استعمال نہیں کیا جا سکتا: اسے بہت زیادہ بار آزمایا جا چکا ہے۔ نیچے سے نیا کوڈ منگوائیں۔
errors-not-waiting = آپ کا اکاؤنٹ کسی کوڈ کا منتظر نہیں ہے۔ یہ دیکھنے کے لیے کہ معاملہ کہاں تک پہنچا ہے، اپنے اکاؤنٹ پر واپس جائیں۔
# $count: codes posted (کوڈ is the same for one and many); $phone: our phone number; $hours:
# the office hours (layout-landlord-hours).
errors-codes-posted = ہم اس درخواست کے لیے پہلے ہی { $count } کوڈ بذریعہ ڈاک بھیج چکے ہیں۔ ہمیں { $phone } پر کال کریں ({ $hours })، اور ہم آپ کا اکاؤنٹ منسلک کرنے میں آپ کی مدد کریں گے۔
errors-choose-approve = منتخب کریں کہ درخواست منظور کرنی ہے یا مسترد کرنی ہے۔
errors-request-answered = اس درخواست کا جواب پہلے ہی دیا جا چکا ہے۔ اپنا اکاؤنٹ دیکھیں۔

## Text size and colours

errors-select-text-size = متن کا سائز منتخب کریں
errors-select-colours = رنگ منتخب کریں

## Asking something of a complaint, and finding a complaint or a letter

errors-late-review-reason-missing = لکھیں کہ آپ درخواست کا وقت ختم ہونے کے بعد کیوں درخواست کر رہے ہیں، مثلاً آپ ہسپتال میں تھے
errors-information-missing = وہ معلومات لکھیں جو آپ اپنی شکایت میں شامل کرنا چاہتے ہیں
# $max: the most characters the box takes; $len: how many were typed.
errors-text-too-long = یہ متن زیادہ سے زیادہ { $max } { $max ->
        [one] حرف
       *[other] حروف
    } کا ہو سکتا ہے؛ اس میں { $len } { $len ->
        [one] حرف ہے
       *[other] حروف ہیں
    }۔ اسے مختصر کریں۔
errors-complaint-closed = یہ شکایت بند ہو چکی ہے، اس لیے اس کے بارے میں مزید کوئی درخواست نہیں کی جا سکتی۔ آپ کسی بھی وقت نئی شکایت کر سکتے ہیں۔
# $day: a date, written out in full.
errors-review-ended = نظرِ ثانی کی درخواست کا وقت { $day } کو ختم ہو گیا تھا۔ آپ تاخیر کی وجہ بتا کر اب بھی درخواست کر سکتے ہیں، اور شکایات افسر فیصلہ کریں گے۔
errors-review-usual-way = آپ { $day } تک اب بھی معمول کے طریقے سے نظرِ ثانی کی درخواست کر سکتے ہیں۔
errors-late-review-asked = آپ وقت ختم ہونے کے بعد نظرِ ثانی کی درخواست پہلے ہی کر چکے ہیں؛ شکایات افسر فیصلہ کر کے آپ کو بتائیں گے۔
errors-review-after-stage1 = نظرِ ثانی کی درخواست اس وقت کی جا سکتی ہے جب ہم پہلے مرحلے کا جواب بھیج دیں۔
errors-information-after-stage1 = ہم پہلے مرحلے کا جواب پہلے ہی بھیج چکے ہیں۔ اگر آپ اب بھی مطمئن نہیں ہیں تو نظرِ ثانی کی درخواست کریں؛ اگر یہ کوئی نئی بات ہے تو نئی شکایت کریں۔
errors-cannot-now = یہ اس وقت نہیں کیا جا سکتا۔
errors-no-complaint = آپ کے اکاؤنٹ میں اس حوالہ نمبر کی کوئی شکایت نہیں ہے۔
errors-no-complaint-check = آپ کے اکاؤنٹ میں اس حوالہ نمبر کی کوئی شکایت نہیں ہے۔ حوالہ نمبر چیک کریں، یا اپنی شکایات دیکھنے کے لیے اپنے اکاؤنٹ پر واپس جائیں۔
errors-no-letter = اس نمبر کا کوئی ایسا خط نہیں ہے جو آپ پڑھ سکیں۔

## Answers too long, or on more than one line
# $label: the name of the box (errors-label-…), in quotes; $max and $min: the most and the
# fewest characters it takes; $len: how many were typed.

errors-too-long = "{ $label }" کے خانے میں زیادہ سے زیادہ { $max } { $max ->
        [one] حرف لکھا جا سکتا ہے
       *[other] حروف لکھے جا سکتے ہیں
    } (آپ نے { $len } { $len ->
        [one] حرف لکھا ہے
       *[other] حروف لکھے ہیں
    })
errors-too-short = "{ $label }" کے خانے میں کم از کم { $min } { $min ->
        [one] حرف ہونا چاہیے
       *[other] حروف ہونے چاہییں
    } (آپ نے { $len } { $len ->
        [one] حرف لکھا ہے
       *[other] حروف لکھے ہیں
    })
errors-line-break = "{ $label }" کے خانے میں سب کچھ ایک ہی سطر میں ہونا چاہیے: نئی سطریں (لائن بریک) اور ٹیب ہٹا دیں
errors-label-what-happened = کیا ہوا
errors-label-already-reported = آپ ہمیں پہلے کیا بتا چکے ہیں
errors-label-outcome = آپ ہم سے کیا کروانا چاہتے ہیں
errors-label-late-reason = آپ نے ہمیں پہلے کیوں نہیں بتایا
errors-label-unsafe = کیا چیز غیر محفوظ ہے
errors-label-where = یہ کہاں ہے
errors-label-who-helped = آپ کی مدد کس نے کی
errors-label-what-they-did = انہوں نے کیا کیا
errors-label-call-times = کال کرنے کے بہترین اوقات
errors-label-language = زبان
errors-label-adjustments = مناسب سہولیات
errors-label-your-name = آپ کا نام
errors-label-connection = ان سے آپ کا تعلق
errors-label-their-name = ان کا پورا نام
errors-label-their-address = ان کا پتہ
errors-label-who-they-told = انہوں نے کس کو بتایا

## Dates typed in three boxes
# $label: the date (errors-date-label-…), the first words of the sentence; every label ends
# in تاریخ, so the sentences agree with a feminine noun.

errors-date-needs-day = { $label } میں دن بھی شامل ہونا چاہیے
errors-date-needs-month = { $label } میں مہینہ بھی شامل ہونا چاہیے
errors-date-needs-year = { $label } میں سال بھی شامل ہونا چاہیے
errors-date-needs-day-month = { $label } میں دن اور مہینہ بھی شامل ہونے چاہییں
errors-date-needs-day-year = { $label } میں دن اور سال بھی شامل ہونے چاہییں
errors-date-needs-month-year = { $label } میں مہینہ اور سال بھی شامل ہونے چاہییں
errors-date-real = { $label } ایک درست تاریخ ہونی چاہیے
errors-date-not-future = { $label } آج کی یا اس سے پہلے کی ہونی چاہیے
errors-date-after-1900 = { $label } 1900 کے بعد کی ہونی چاہیے
errors-year-four-digits = سال میں 4 ہندسے ہونے چاہییں، جیسے 2026
errors-date-label-birth = تاریخِ پیدائش
errors-date-label-incident = واقعے کی تاریخ
errors-date-label-expiry = ختم ہونے کی تاریخ
errors-date-label-consent = ہمیں بتانے کی تاریخ
