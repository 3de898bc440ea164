# صفحات کے مشترکہ الفاظ: کیا غلط ہوا، سروس کے معیار کی مدتیں، اور اس پتے کا صفحہ جو ہمارے پاس نہیں۔
# Words shared by the pages, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

common-problem-title = معذرت، ایک مسئلہ ہے
common-problem-invalid = آپ کے جوابات میں ایک مسئلہ ہے
common-problem-signed-out = یہ کرنے کے لیے آپ کو سائن ان کرنا ہوگا
common-problem-malformed = فارم پورا نہیں پہنچا۔ صفحے پر واپس جائیں اور اسے دوبارہ بھیجیں۔
common-problem-unavailable = ہماری طرف کچھ خرابی ہو گئی۔ آپ کا لکھا ہوا کچھ بھی محفوظ نہیں ہوا؛ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
common-problem-busy = اس وقت ہمارے پاس بہت زیادہ کام ہے۔ چند سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں: آپ نے جو لکھا تھا وہ ابھی یہیں موجود ہے۔
common-problem-unreachable = ہم Calico Homes سے رابطہ نہیں کر سکے۔ اپنا انٹرنیٹ کنکشن دیکھیں، پھر دوبارہ کوشش کریں: آپ نے جو لکھا تھا وہ ابھی یہیں موجود ہے۔
# مدت اس شکل میں جو "کے اندر" سے پہلے آتی ہے: "کام کے 5 دنوں کے اندر"۔
common-span-working-days =
    { $count ->
        [one] کام کے { $count } دن
       *[other] کام کے { $count } دنوں
    }
common-span-days =
    { $count ->
        [one] { $count } دن
       *[other] { $count } دنوں
    }
common-not-found-title = صفحہ نہیں ملا
common-not-found-typed = اگر آپ نے ویب ایڈریس خود لکھا تھا تو دیکھ لیں کہ وہ درست ہے۔
common-not-found-pasted = اگر آپ نے ویب ایڈریس پیسٹ کیا تھا تو دیکھ لیں کہ آپ نے پورا ایڈریس کاپی کیا تھا۔
# "آپ یہاں جا سکتے ہیں: [Calico Account کا ہوم پیج]، یا ہمیں اس نمبر پر کال کر سکتے ہیں: [فون] ([اوقات])۔"
common-not-found-go-to = آپ یہاں جا سکتے ہیں:
common-not-found-home-link = Calico Account کا ہوم پیج
common-not-found-or-call = ، یا ہمیں اس نمبر پر کال کر سکتے ہیں:
common-not-found-hours = ({ $hours })۔
