# شکایت کا مرحلہ وار عمل: شکایت کرنا، حفاظت کے خدشے کی اطلاع دینا یا تعریف کرنا، صفحہ بہ صفحہ،
# "اپنے جوابات چیک کریں" اور حوالہ نمبر کے ساتھ تصدیق۔
# The complaint journey, page by page, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## Shared by the journey's pages

filing-continue = جاری رکھیں
filing-back-to-check = اپنے جوابات کی جانچ پر واپس جائیں
filing-choose-one = ایک منتخب کریں

## What would you like to do?

filing-purpose-title = آپ کیا کرنا چاہتے ہیں؟
filing-purpose-complaint = شکایت کریں
filing-purpose-complaint-hint = ہماری سروس میں کچھ غلط ہوا ہے، یا ہم نے وہ کام نہیں کیا جو ہمیں کرنا چاہیے تھا۔ اس میں وہ مرمت بھی شامل ہے جس کی آپ نے اطلاع دی تھی اور جسے ٹھیک طرح سے نہیں نمٹایا گیا۔
filing-purpose-concern = حفاظت کے خدشے کی اطلاع دیں
filing-purpose-concern-hint = کوئی چیز غیر محفوظ ہے، مثلاً چھوڑی ہوئی سکیفولڈنگ (عارضی ڈھانچہ) یا دھوئیں کا الارم جو کام نہیں کر رہا۔
filing-purpose-compliment = تعریف کریں
filing-purpose-compliment-hint = Calico Homes کے کسی فرد نے آپ کی مدد کی اور آپ ان کا شکریہ ادا کرنا چاہتے ہیں۔
filing-purpose-repair = کسی چیز کی مرمت کروائیں
filing-purpose-repair-hint = آپ کے گھر میں کوئی چیز ٹوٹ گئی ہے یا اسے ٹھیک کرنے کی ضرورت ہے۔

## Get something repaired
# "[before] [phone] ([hours])[middle] [email][after]": the phone number and the email address
# are links. { "" } keeps the space at the start of filing-repair-call-middle.

filing-repair-lead = مرمت کی اطلاع ہماری مرمت کی ٹیم کو دیں، تاکہ ہم اسے آپ کے لیے ٹھیک کروا سکیں۔
filing-repair-call-before = ہمیں
filing-repair-call-middle = { "" } پر کال کریں، یا ہمیں اس پتے پر ای میل کریں:
filing-repair-call-after = ۔
filing-repair-already = کیا آپ پہلے ہی اس کی اطلاع دے چکے ہیں؟
filing-repair-already-text = اگر آپ نے مرمت کی اطلاع دی تھی اور ہم نے جس طرح اسے نمٹایا اس سے آپ مطمئن نہیں ہیں، تو یہ ایک شکایت ہے، چاہے مرمت ابھی مکمل نہ ہوئی ہو۔
filing-repair-complain = مرمت کو جس طرح نمٹایا گیا اس کے بارے میں شکایت کریں
filing-repair-something-else = کچھ اور منتخب کریں

## Who is this for?

filing-for-whom-title = یہ کس کے لیے ہے؟
filing-for-whom-hint = اگر آپ Calico Homes کے کسی رہائشی کی طرف سے کام کر رہے ہیں، مثلاً ان کے رشتہ دار، حمایتی (ایڈووکیٹ)، کونسلر یا رکنِ پارلیمنٹ (MP) کے طور پر، تو "کسی اور کے لیے" منتخب کریں۔
filing-for-whom-me = میرے لیے
filing-for-whom-someone-else = کسی اور کے لیے

## About you

filing-about-you-title = آپ کے بارے میں
filing-relationship-legend = آپ جس شخص کی طرف سے کام کر رہے ہیں، انہیں آپ کیسے جانتے ہیں؟
filing-relationship-family-or-friend = خاندان کا فرد یا دوست
filing-relationship-power-of-attorney = مختار (پاور آف اٹارنی)
filing-relationship-councillor = مقامی کونسلر
filing-relationship-mp = رکنِ پارلیمنٹ (MP)
filing-relationship-advocate = حمایتی (ایڈووکیٹ) یا سپورٹ ورکر
filing-relationship-other = دیگر
filing-relationship-other-label = اگر "دیگر"، تو آپ انہیں کیسے جانتے ہیں؟
filing-rep-phone-label = آپ کا فون نمبر (اختیاری)
filing-rep-phone-hint = تاکہ ضرورت پڑنے پر ہم اس بارے میں آپ کو کال کر سکیں۔

## Who are you acting for?

filing-resident-title = آپ کس کی طرف سے کام کر رہے ہیں؟
filing-resident-name = ان کا پورا نام
filing-resident-address = ان کا پتہ
filing-resident-address-hint = اگر آپ کو ان کا کرایہ کا حوالہ نمبر معلوم ہے تو آپ یہ خالی چھوڑ سکتے ہیں۔
filing-resident-reference = ان کا کرایہ کا حوالہ نمبر (اختیاری)
filing-resident-reference-hint = یہ ان کے کرایے کے گوشوارے اور کرایہ داری کے معاہدے پر درج ہوتا ہے، مثلاً 10012345۔

## Their consent

filing-consent-title = ان کی رضامندی
filing-consent-intro = ان کے بارے میں یا ان کی شکایت کے بارے میں آپ کو کچھ بھی بتانے سے پہلے ہمیں رہائشی کی رضامندی درکار ہے۔ اس دوران ہم شکایت پر کارروائی کریں گے اور ان سے براہِ راست رابطہ کریں گے۔
filing-consent-method-legend = انہوں نے اپنی رضامندی کیسے دی ہے؟
filing-consent-method-hint = تحریری رضامندی کے لیے، دستخط شدہ خط یا فارم { $email } پر ای میل کریں یا ڈاک سے ہمیں بھیجیں، اور ساتھ وہ حوالہ نمبر لکھیں جو ہم آپ کو دیں گے۔
filing-consent-written = تحریری طور پر: دستخط شدہ خط یا فارم
filing-consent-verbal = انہوں نے خود ہمیں بتایا، فون پر یا ذاتی طور پر
filing-consent-date-legend = اگر انہوں نے خود ہمیں بتایا، تو کس تاریخ کو؟
filing-consent-date-hint = مثال کے طور پر، 20 11 2026۔
filing-consent-to-label = اگر انہوں نے خود ہمیں بتایا، تو کس کو بتایا؟
filing-consent-to-hint = Calico Homes میں اس شخص کا نام یا ٹیم، اگر آپ کو معلوم ہو۔
filing-consent-scope-legend = ان کی رضامندی کن باتوں پر لاگو ہوتی ہے؟
filing-consent-this-complaint = صرف یہ شکایت
filing-consent-all-complaints = ان کی تمام شکایات
filing-consent-expiry-legend = یہ کب ختم ہوگی؟ (اختیاری)
filing-consent-expiry-hint = اگر یہ اس وقت تک قائم رہتی ہے جب تک وہ اسے واپس نہ لے لیں، تو یہ خالی چھوڑ دیں۔

## Tell us about your complaint

filing-complaint-title = ہمیں اپنی شکایت کے بارے میں بتائیں
filing-complaint-intro = اپنے الفاظ میں لکھیں۔ آپ کو لفظ "شکایت" استعمال کرنے کی ضرورت نہیں۔
filing-what-happened-label = کیا ہوا؟
filing-what-happened-hint = ہمیں بتائیں کہ کیا غلط ہوا، یا ہم نے کیا نہیں کیا۔ { $max ->
        [one] زیادہ سے زیادہ { $max } حرف۔
       *[other] زیادہ سے زیادہ { $max } حروف۔
    }
filing-incident-legend = یہ کب ہوا؟
filing-incident-hint = اگر یہ ابھی بھی ہو رہا ہے تو ہمیں بتائیں کہ یہ کب شروع ہوا۔ اگر آپ کو دن کا یقین نہیں ہے تو 1 لکھیں۔ مثال کے طور پر، 27 3 2026۔
filing-already-reported-label = کیا آپ ہمیں اس بارے میں پہلے ہی بتا چکے ہیں؟ (اختیاری)
filing-already-reported-hint = ہمیں بتائیں کہ آپ نے کس چیز کی اطلاع دی اور کب، اور اگر آپ کو کوئی حوالہ نمبر دیا گیا تھا تو وہ بھی۔ { $max ->
        [one] زیادہ سے زیادہ { $max } حرف۔
       *[other] زیادہ سے زیادہ { $max } حروف۔
    }
filing-outcome-label = معاملہ درست کرنے کے لیے آپ ہم سے کیا کروانا چاہتے ہیں؟
filing-outcome-hint = مثال کے طور پر، مرمت مکمل کرنا، معذرت، یا ہمارے کام کرنے کے طریقے میں تبدیلی۔ { $max ->
        [one] زیادہ سے زیادہ { $max } حرف۔
       *[other] زیادہ سے زیادہ { $max } حروف۔
    }

## This happened more than 12 months ago

filing-late-title = یہ 12 مہینے سے زیادہ پہلے ہوا تھا
filing-late-months = { $months ->
        [one] آپ نے ہمیں بتایا کہ یہ { $months } مہینہ پہلے ہوا تھا۔
       *[other] آپ نے ہمیں بتایا کہ یہ { $months } مہینے پہلے ہوا تھا۔
    }
filing-late-intro = ہم عام طور پر ان معاملات کی شکایات دیکھتے ہیں جو پچھلے 12 مہینوں میں ہوئے ہوں۔ اگر کسی وجہ سے آپ ہمیں پہلے نہیں بتا سکے تو ہمارا شکایات افسر (Complaints Officer) پھر بھی اس کا جائزہ لے سکتا ہے۔ ہم آپ کو یہ بتائے بغیر آپ کی شکایت رد نہیں کریں گے کہ کیوں، اور آپ آگے کیا کر سکتے ہیں۔
filing-late-reason-label = آپ نے ہمیں پہلے کیوں نہیں بتایا؟
filing-late-reason-hint = مثال کے طور پر، آپ بیمار تھے یا کہیں گئے ہوئے تھے، یا آپ ہمارے مرمت مکمل کرنے کا انتظار کر رہے تھے۔ { $max ->
        [one] زیادہ سے زیادہ { $max } حرف۔
       *[other] زیادہ سے زیادہ { $max } حروف۔
    }

## Photos or documents

filing-attachments-title = تصاویر یا دستاویزات
filing-attachments-heading = تصاویر یا دستاویزات (اختیاری)
filing-attachments-intro = آپ مسئلے کی تصاویر، یا اس سے متعلق خطوط اور دستاویزات شامل کر سکتے ہیں۔ یہ اختیاری ہے۔
filing-file-added = آپ کی فائل شامل کر دی گئی ہے۔
filing-file-removed = فائل ہٹا دی گئی ہے۔
filing-files-added = شامل کی گئی فائلیں ({ $max } میں سے { $count })
filing-remove = ہٹائیں
filing-upload-sent-so-far = اب تک بھیجا گیا
filing-upload-uploading = آپ کی فائل بھیجی جا رہی ہے۔ جب تک یہ چلی نہ جائے اسی صفحے پر رہیں۔
filing-upload-not-sent = فائل نہیں بھیجی جا سکی۔ اپنا انٹرنیٹ کنکشن چیک کریں، پھر دوبارہ "{ filing-upload-button }" کا انتخاب کریں۔
filing-upload-label = فائل اپ لوڈ کریں
filing-upload-hint = ایک تصویر (JPG، PNG، GIF، WebP یا HEIC) یا ایک PDF، زیادہ سے زیادہ 10 MB۔ آپ زیادہ سے زیادہ 5 فائلیں شامل کر سکتے ہیں۔
filing-error-prefix = خرابی:
filing-upload-button = فائل اپ لوڈ کریں
filing-upload-empty = اپ لوڈ کرنے کے لیے فائل منتخب کریں
filing-upload-wrong-type = منتخب کی گئی فائل تصویر (JPG، PNG، GIF، WebP یا HEIC) یا PDF ہونی چاہیے
filing-upload-too-large = منتخب کی گئی فائل 10 MB سے چھوٹی ہونی چاہیے
filing-upload-too-many = آپ زیادہ سے زیادہ 5 فائلیں بھیج سکتے ہیں۔ نئی فائل شامل کرنے کے لیے پہلے ایک فائل ہٹائیں
filing-upload-failed = ہماری طرف سے کوئی خرابی ہوئی اور فائل محفوظ نہیں ہوئی۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔

## Report a safety concern

filing-concern-what-label = کیا چیز غیر محفوظ ہے؟
filing-concern-what-hint = مثال کے طور پر، چھوڑی ہوئی سکیفولڈنگ، یا دھوئیں کا الارم جو کام نہیں کر رہا۔ { $max ->
        [one] زیادہ سے زیادہ { $max } حرف۔
       *[other] زیادہ سے زیادہ { $max } حروف۔
    }
filing-concern-where-label = یہ کہاں ہے؟
filing-concern-where-hint = مثال کے طور پر، Centenary Court کی سیڑھیاں، یا آپ کے گھر کا باورچی خانہ۔
filing-danger-now-legend = کیا اس وقت کسی کو خطرہ ہے؟
filing-vulnerable-legend = کیا اس کا اثر کسی ایسے شخص پر پڑتا ہے جسے زیادہ خطرہ ہو سکتا ہے؟
filing-vulnerable-hint = مثال کے طور پر، کوئی بچہ، کوئی بزرگ، یا کوئی معذور یا بیمار شخص۔
filing-answer-yes = ہاں
filing-answer-no = نہیں
filing-answer-not-sure = مجھے یقین نہیں ہے

## Give a compliment

filing-compliment-intro = ہم آپ کا شکریہ ان کے مینیجر تک پہنچا دیں گے۔
filing-compliment-who-label = آپ کی مدد کس نے کی؟
filing-compliment-who-hint = ان کا نام، یا اگر آپ کو نام معلوم نہیں تو ان کی ٹیم۔
filing-compliment-what-label = انہوں نے کیا کیا؟
filing-compliment-what-hint = { $max ->
        [one] زیادہ سے زیادہ { $max } حرف۔
       *[other] زیادہ سے زیادہ { $max } حروف۔
    }

## How should we contact you about this?

filing-support-title = ہم اس بارے میں آپ سے کیسے رابطہ کریں؟
filing-support-intro = ہم نے یہ معلومات آپ کے اکاؤنٹ سے بھر دی ہیں۔ یہاں کی گئی کوئی بھی تبدیلی صرف اسی معاملے کے لیے ہوگی؛ ہر چیز کے لیے تبدیلی کرنی ہو تو اپنے اکاؤنٹ میں تبدیلی کریں۔

## Check your answers

filing-check-title = اپنے جوابات چیک کریں
filing-send = بھیجیں
filing-check-told = آپ نے ہمیں کیا بتایا
filing-check-contact = ہم اس بارے میں آپ سے کیسے رابطہ کریں گے
filing-check-send-heading = اب اسے بھیج دیں
filing-check-send-text = جب آپ اسے بھیجیں گے تو ہم آپ کو ایک حوالہ نمبر دیں گے اور اس کی ایک نقل آپ کو ای میل کر دیں گے۔
filing-change = تبدیل کریں
filing-none-given = کچھ نہیں بتایا گیا
filing-files-none = کوئی نہیں
filing-row-purpose = آپ کیا کرنا چاہتے ہیں
filing-row-what-happened = کیا ہوا
filing-row-when = یہ کب ہوا
filing-row-late-reason = آپ نے ہمیں پہلے کیوں نہیں بتایا
filing-row-already-reported = آپ ہمیں پہلے کیا بتا چکے ہیں
filing-row-outcome = آپ ہم سے کیا کروانا چاہتے ہیں
filing-row-unsafe = کیا چیز غیر محفوظ ہے
filing-row-where = یہ کہاں ہے
filing-row-danger-now = کیا اس وقت کسی کو خطرہ ہے
filing-row-vulnerable = کیا زیادہ خطرے والے کسی شخص پر اثر پڑتا ہے
filing-row-who-helped = آپ کی مدد کس نے کی
filing-row-what-they-did = انہوں نے کیا کیا
filing-row-for-whom = یہ کس کے لیے ہے
filing-row-relationship = آپ انہیں کیسے جانتے ہیں
filing-row-resident = آپ کس کی طرف سے کام کر رہے ہیں
filing-row-rep-phone = آپ کا فون نمبر
filing-row-scope = رضامندی کن باتوں پر لاگو ہوتی ہے
filing-row-expiry = رضامندی کب ختم ہوگی
filing-rent-reference = کرایہ کا حوالہ نمبر { $reference }
filing-consent-told = انہوں نے { $to } کو بتایا (تاریخ: { $day })
filing-consent-in-writing = تحریری طور پر
filing-consent-until-withdrawn = جب تک وہ اسے واپس نہ لے لیں
filing-row-contact = رابطے کا طریقہ
filing-row-formats = خطوط کی شکل
filing-row-language = زبان
filing-row-adjustments = مناسب سہولیات
filing-contact-with-phone = { $method } ({ $phone })
filing-standard-print = عام پرنٹ
filing-language-english = انگریزی
filing-language-interpreter = { $language }، ترجمان کے ساتھ

## Sent

filing-not-found-title = صفحہ نہیں ملا
filing-not-found-text = ہمیں آپ کے اکاؤنٹ میں یہ حوالہ نمبر نہیں ملا۔ ہماری بھیجی ہوئی ای میل میں حوالہ نمبر چیک کریں۔
filing-sent-complaint = شکایت بھیج دی گئی
filing-sent-concern = حفاظت کا خدشہ بھیج دیا گیا
filing-sent-compliment = تعریف بھیج دی گئی
filing-your-reference = آپ کا حوالہ نمبر یہ ہے:
filing-received-before = موصول ہونے کی تاریخ:
filing-received-after = ۔ ہم نے آپ کو اس کی ایک نقل ای میل کر دی ہے۔ اگر آپ اس بارے میں ہم سے رابطہ کریں تو اپنا حوالہ نمبر ضرور بتائیں۔
filing-files-sent = آپ کی بھیجی ہوئی فائلیں
filing-next = آگے کیا ہوگا
filing-talk-to-us = اگر آپ کو ہم سے بات کرنی ہو
filing-ombudsman-heading = Housing Ombudsman (ہاؤسنگ محتسب)
filing-ombudsman-text = آپ مفت اور غیر جانبدار مشورے کے لیے کسی بھی وقت Housing Ombudsman Service سے رابطہ کر سکتے ہیں۔
filing-go-to-account = اپنے اکاؤنٹ پر جائیں
