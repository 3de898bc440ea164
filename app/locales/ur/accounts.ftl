# رجسٹر کرنا (رہائشی یا نمائندے کے طور پر)، ای میل ایڈریس دیکھنا اور اس کی تصدیق کرنا،
# سائن ان کرنا اور پاس ورڈ ری سیٹ کرنا۔
# Registering, confirming the email address, signing in and resetting a password, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

accounts-register-title = Calico Account کے لیے رجسٹر کریں
accounts-register-submit = رجسٹر کریں
accounts-register-need = آپ کو اپنا ای میل ایڈریس، اپنے کرایہ کا حوالہ نمبر اور اپنے گھر کا پوسٹ کوڈ درکار ہوگا۔ آپ کے کرایہ کا حوالہ نمبر آپ کی کرایہ کی اسٹیٹمنٹ اور آپ کے کرایہ داری کے معاہدے پر لکھا ہوتا ہے۔
accounts-register-joint = مشترکہ کرایہ دار اپنے اپنے ای میل ایڈریس سے الگ الگ رجسٹر کر سکتے ہیں۔
accounts-register-linking = آپ کے گھر کی شکایات اور خطوط کو نجی رکھنے کے لیے ہم آپ کے اکاؤنٹ کو آپ کے گھر سے صرف اس وقت جوڑتے ہیں جب ہمیں معلوم ہو جائے کہ یہ گھر آپ کا ہے: فوراً، اگر آپ مرکزی کرایہ دار ہیں اور آپ کی تاریخِ پیدائش، اور آپ کا فون نمبر یا یہ ای میل ایڈریس، ہمارے ریکارڈ سے ملتے ہیں؛ ورنہ اس کوڈ کے ذریعے جو ہم آپ کے گھر کے پتے پر ڈاک سے بھیجیں گے، یا جب آپ کے گھر سے پہلے سے جڑا ہوا کوئی شخص اسے منظور کر دے۔
accounts-register-already = کیا آپ پہلے سے رجسٹرڈ ہیں؟
accounts-sign-in-link = سائن ان کریں
accounts-register-acting = کیا آپ Calico Homes کے کسی رہائشی کی طرف سے کام کر رہے ہیں، مثلاً رشتہ دار، مددگار (ایڈووکیٹ)، کونسلر یا رکنِ پارلیمنٹ (MP) کے طور پر؟
accounts-representative-link = کسی کی طرف سے کام کرنے کے لیے رجسٹر کریں
accounts-email-label = ای میل ایڈریس
accounts-email-hint = یہ جانچنے کے لیے کہ یہ ایڈریس آپ ہی کا ہے، ہم اس پر ایک لنک بھیجیں گے۔
accounts-rent-reference-label = کرایہ کا حوالہ نمبر
accounts-rent-reference-hint = مثال کے طور پر، 10012345
accounts-postcode-label = آپ کے گھر کا پوسٹ کوڈ
accounts-password-create-label = پاس ورڈ بنائیں
accounts-password-rules = کم از کم 10 حروف استعمال کریں۔ روزمرہ کے چند الفاظ کو ملا کر ایک اچھا پاس فریز بنتا ہے جو آسانی سے یاد رہتا ہے۔ ایسا پاس ورڈ استعمال نہ کریں جو آپ کسی اور جگہ بھی استعمال کرتے ہوں۔
accounts-password-again-label = اپنا پاس ورڈ دوبارہ لکھیں
accounts-dob-legend = آپ کی تاریخِ پیدائش (اختیاری)
accounts-dob-hint = مثال کے طور پر، 27 3 1985۔ اگر آپ مرکزی کرایہ دار ہیں تو ہم اسے اپنے ریکارڈ سے ملا کر دیکھتے ہیں۔
accounts-phone-label = آپ کا فون نمبر (اختیاری)
accounts-phone-hint = وہ نمبر جو ہمارے ریکارڈ میں آپ کے لیے درج ہے۔ اگر آپ نے ہمیں کوئی نمبر نہیں دیا تو اسے خالی چھوڑ دیں۔
accounts-representative-title = کسی کی طرف سے کام کرنے کے لیے رجسٹر کریں
accounts-representative-who = یہ ان لوگوں کے لیے ہے جو Calico Homes کے کسی رہائشی کی طرف سے شکایت کر رہے ہوں: رشتہ دار یا دوست، مختار نامہ (Power of Attorney) رکھنے والا شخص، کونسلر یا رکنِ پارلیمنٹ (MP)، یا کوئی مددگار (ایڈووکیٹ) یا سپورٹ ورکر۔ آپ کا اپنا کرایہ داری کا معاہدہ ہونا ضروری نہیں۔
accounts-representative-privacy = جب تک رہائشی یہ منظور نہ کر لیں کہ آپ ان کی طرف سے کام کر سکتے ہیں، ہم ان کے بارے میں آپ کو کچھ نہیں بتاتے۔
accounts-name-label = آپ کا پورا نام
accounts-check-email-title = اپنی ای میل دیکھیں
accounts-check-email-lead = ہم نے آپ کے دیے ہوئے ای میل ایڈریس پر ایک پیغام بھیجا ہے۔ اس میں لکھا ہے کہ آگے کیا کرنا ہے۔
accounts-check-email-finish = رجسٹریشن مکمل کرنے کے لیے پیغام میں دیا گیا لنک کھولیں۔ اگر چند منٹ میں پیغام نہ آئے تو اپنا اسپیم یا جنک فولڈر دیکھیں۔
accounts-check-email-none = اگر آپ کو کوئی پیغام نہیں ملا تو اپنی دی ہوئی تفصیلات دیکھیں اور دوبارہ رجسٹر کریں۔
accounts-verify-title = اپنے ای میل ایڈریس کی تصدیق کریں
accounts-verify-submit = میرے ای میل ایڈریس کی تصدیق کریں
accounts-verify-intro = یہ تصدیق کرنے کے لیے کہ یہ آپ کا ای میل ایڈریس ہے، اور رجسٹریشن مکمل کرنے کے لیے، بٹن دبائیں۔
accounts-notice-confirmed = آپ کے ای میل ایڈریس کی تصدیق ہو گئی ہے۔ اپنا اکاؤنٹ استعمال کرنے کے لیے سائن ان کریں۔
accounts-notice-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔
accounts-notice-reset = آپ کا پاس ورڈ تبدیل ہو گیا ہے۔ اپنے نئے پاس ورڈ سے سائن ان کریں۔
accounts-notice-kept = ایک گھنٹے تک کوئی سرگرمی نہ ہونے کی وجہ سے آپ کو سائن آؤٹ کر دیا گیا۔ آپ نے جو لکھا تھا وہ محفوظ ہے: جہاں آپ نے چھوڑا تھا وہیں سے جاری رکھنے کے لیے سائن ان کریں۔
accounts-notice-return = جہاں آپ نے چھوڑا تھا وہیں سے جاری رکھنے کے لیے سائن ان کریں۔
accounts-sign-in-title = سائن ان
accounts-sign-in-heading = اپنے Calico Account میں سائن ان کریں
accounts-sign-in-submit = سائن ان کریں
accounts-forgotten-password = کیا آپ اپنا پاس ورڈ بھول گئے ہیں؟
accounts-not-registered = کیا آپ نے ابھی تک رجسٹر نہیں کیا؟
accounts-register-link = Calico Account کے لیے رجسٹر کریں
accounts-password-label = پاس ورڈ
accounts-reset-title = اپنا پاس ورڈ ری سیٹ کریں
accounts-reset-submit = مجھے لنک بھیجیں
accounts-reset-intro = وہ ای میل ایڈریس لکھیں جس سے آپ نے رجسٹر کیا تھا۔ ہم آپ کو ایک لنک بھیجیں گے جس سے آپ نیا پاس ورڈ چن سکیں گے۔
accounts-reset-check-lead = اگر اس ایڈریس کا Calico Account موجود ہے تو ہم نے اس پر پاس ورڈ ری سیٹ کرنے کا لنک بھیج دیا ہے۔
accounts-reset-check-link = یہ لنک صرف ایک بار، ایک گھنٹے کے اندر کام کرتا ہے۔ اگر چند منٹ میں کچھ نہ آئے تو اپنا اسپیم یا جنک فولڈر دیکھیں۔
accounts-new-password-title = نیا پاس ورڈ چنیں
accounts-new-password-submit = میرا پاس ورڈ تبدیل کریں
accounts-new-password-label = نیا پاس ورڈ
accounts-new-password-again-label = اپنا نیا پاس ورڈ دوبارہ لکھیں
