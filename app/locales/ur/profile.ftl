# رہائشی کا اکاؤنٹ: اکاؤنٹ کا صفحہ، نام، رابطے کی ترجیحات اور درکار مدد، ای میل اور گھر کی تبدیلی،
# ایکٹیویشن کوڈ، نمائندے کو دعوت، اور وہ دعوت نامہ جو نمائندہ کھولتا ہے۔
# The resident's account pages, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## The account page

profile-account-title = آپ کا اکاؤنٹ
profile-new-feedback = شکایت کریں، حفاظت کے خدشے کی اطلاع دیں یا تعریف کریں
profile-letters-link = وہ خطوط جو ہم نے آپ کو بھیجے ہیں

profile-saved-name = آپ کا نام محفوظ ہو گیا ہے۔
profile-saved-email = آپ کا ای میل پتہ تبدیل ہو گیا ہے۔ اب سے سائن ان کرنے کے لیے یہی پتہ استعمال کریں۔
profile-saved-home = آپ کا اکاؤنٹ اب آپ کے گھر سے منسلک ہے۔
profile-saved-linked = آپ کا ایکٹیویشن کوڈ درست ہے: آپ کا اکاؤنٹ اب آپ کے گھر سے منسلک ہے۔
profile-saved-approved = آپ نے درخواست منظور کر لی: وہ اب آپ کے گھر سے منسلک ہیں، اور ہم نے انہیں بتا دیا ہے۔
profile-saved-declined = آپ نے درخواست مسترد کر دی: وہ آپ کے گھر سے منسلک نہیں ہیں، اور ہم نے انہیں بتا دیا ہے۔
profile-saved-representatives = آپ کی طرف سے کون کام کر سکتا ہے، اس بارے میں آپ کا فیصلہ محفوظ ہو گیا ہے۔
profile-saved-invited = آپ کا دعوت نامہ بھیج دیا گیا ہے۔ انہیں اس میں موجود لنک کھول کر اسی ای میل پتے سے سائن ان یا رجسٹر کرنا ہو گا۔
profile-saved-accepted = اب آپ اس رہائشی کی طرف سے کام کر سکتے ہیں۔
profile-saved-preferences = رابطے کے بارے میں آپ کی ترجیحات اور آپ کو درکار مدد محفوظ ہو گئی ہے۔

profile-home-checking-new = ہم آپ کے نئے گھر کی جانچ کر رہے ہیں
profile-home-not-linked-yet = آپ کا اکاؤنٹ ابھی آپ کے گھر سے منسلک نہیں ہے
profile-home-asked = آپ نے { $day } کو درخواست کی تھی کہ آپ کا اکاؤنٹ اس گھر سے منسلک کیا جائے جس کا کرایہ کا حوالہ نمبر { $reference } اور پوسٹ کوڈ { $postcode } ہے۔ اگر یہ ہمارے ریکارڈ سے ملتے ہیں تو ہم وہاں مرکزی کرایہ دار کے نام ایک ایکٹیویشن کوڈ بذریعہ ڈاک بھیجتے ہیں۔
profile-home-until-linked = جب تک یہ منسلک نہیں ہوتا، آپ پھر بھی اپنے گھر کے بارے میں شکایت کر سکتے ہیں؛ لیکن ہم آپ کو اس گھر کی دوسری شکایات، خطوط یا نمائندے نہیں دکھائیں گے۔
profile-enter-code = اپنا ایکٹیویشن کوڈ درج کریں
profile-home-not-linked = آپ کا اکاؤنٹ آپ کے گھر سے منسلک نہیں ہے
profile-home-why-link = اسے منسلک کریں تاکہ آپ اپنے گھر کے بارے میں کی گئی شکایات اور ان کے بارے میں ہمارے بھیجے گئے خطوط دیکھ سکیں، اور یہ چن سکیں کہ آپ کی طرف سے کون کام کر سکتا ہے۔
profile-link-home = اپنا اکاؤنٹ اپنے گھر سے منسلک کریں

profile-approve = منظور کریں
profile-decline = مسترد کریں
profile-join-asked = انہوں نے { $day } کو آپ کے گھر سے منسلک ہونے کی درخواست کی۔
profile-join-heading = آپ کے گھر سے منسلک ہونے کی درخواست کرنے والے لوگ
profile-join-intro = صرف کسی ایسے شخص کو منظور کریں جسے آپ جانتے ہوں اور جو آپ کے ساتھ رہتا ہو، جیسے مشترکہ کرایہ دار: وہ آپ کے گھر کے بارے میں کی گئی شکایات، ان کے بارے میں ہمارے بھیجے گئے خطوط، اور یہ دیکھ سکیں گے کہ آپ کی طرف سے کون کام کرتا ہے۔

profile-details-heading = آپ کی تفصیلات
# "Change" links; a screen reader hears the row's name after it.
profile-change = تبدیل کریں
profile-change-contact-hidden = کہ ہم آپ سے کیسے رابطہ کریں اور آپ کو کیا مدد درکار ہے
profile-row-name = نام
profile-name-not-given = ابھی نہیں دیا گیا
profile-row-email = ای میل پتہ
profile-row-home = گھر
profile-rent-reference = کرایہ کا حوالہ نمبر
profile-not-tenancy = آپ کا اکاؤنٹ کسی کرایہ داری سے منسلک نہیں ہے: آپ ان رہائشیوں کی طرف سے کام کر سکتے ہیں جو اس پر رضامند ہوں۔
profile-contact-heading = ہم آپ سے کیسے رابطہ کریں
profile-row-contact-by = مجھ سے رابطے کا طریقہ
profile-contact-letter-to = بذریعہ ڈاک خط، اس پتے پر: { $address }
profile-row-phone = فون نمبر
profile-phone-not-given = نہیں دیا گیا
profile-row-call-times = کال کرنے کے اوقات
profile-no-preference = کوئی ترجیح نہیں
profile-support-heading = آپ کو درکار مدد
profile-row-formats = خطوط کی شکل
profile-standard-print = عام چھپائی
profile-list-separator = { "، " }
profile-row-language = زبان
profile-language-english = انگریزی
profile-language-interpreter = { $language }، کالز اور ملاقاتوں کے لیے ترجمان کے ساتھ
profile-row-adjustments = خصوصی انتظامات
profile-none-recorded = کچھ درج نہیں

profile-acting-for-heading = وہ لوگ جن کی طرف سے آپ کام کرتے ہیں
profile-acting-for-open = { $name }: ان کی تمام شکایات، جب تک وہ اسے واپس نہ لیں۔
profile-acting-for-until = { $name }: ان کی تمام شکایات، { $day } تک۔

profile-representatives-heading = وہ لوگ جو آپ کی طرف سے کام کر سکتے ہیں
profile-representatives-intro = کوئی رشتہ دار، ایڈووکیٹ، کونسلر یا رکنِ پارلیمنٹ آپ کی طرف سے شکایت کر سکتا ہے اور اس کے بارے میں معلومات لے سکتا ہے، لیکن صرف اس صورت میں جب آپ رضامند ہوں۔
profile-status-invited = دعوت بھیجی گئی: انہوں نے ابھی قبول نہیں کی۔
profile-status-can-act = آپ کی طرف سے کام کر سکتے ہیں۔
profile-status-withdrawn = رسائی واپس لے لی گئی۔
profile-status-asking = آپ کی طرف سے کام کرنے کی اجازت مانگ رہے ہیں۔
profile-status-refused = آپ نے اس کی اجازت نہیں دی۔
profile-invited-covers-open = دائرہ: آپ کی تمام شکایات، جب تک آپ اسے واپس نہ لیں۔
profile-invited-covers-until = دائرہ: آپ کی تمام شکایات، { $day } تک۔
profile-consent-covers = دائرہ: { $scope }۔
profile-scope-this = صرف یہ شکایت
profile-scope-all = آپ کی تمام شکایات
profile-consent-asked-with = یہ درخواست شکایت { $reference } کے ساتھ کی گئی۔
profile-withdraw-access = رسائی واپس لیں
profile-allow = اجازت دیں
profile-do-not-allow = اجازت نہ دیں
profile-back = اپنے اکاؤنٹ پر واپس جائیں

## Name

profile-name-title = آپ کا نام
profile-name-heading = ہم آپ کا کون سا نام استعمال کریں؟
profile-save = محفوظ کریں
profile-name-label = آپ کا پورا نام
profile-name-hint = ہم یہ نام خطوط پر اور آپ کو کال کرتے وقت استعمال کریں گے۔

## Contact preferences and support needs (also in every complaint)

profile-preferences-title = ہم آپ سے کیسے رابطہ کریں اور آپ کو کیا مدد درکار ہے
profile-contact-legend-complaints = آپ کیا چاہتے ہیں کہ ہم شکایات کے بارے میں آپ سے کیسے رابطہ کریں؟
profile-contact-legend-this = آپ کیا چاہتے ہیں کہ ہم اس بارے میں آپ سے کیسے رابطہ کریں؟
profile-contact-hint = ہم آپ کے اکاؤنٹ کے بارے میں پھر بھی آپ کو ای میل کریں گے، مثلاً آپ کا پاس ورڈ دوبارہ ترتیب دینے کے لیے۔
profile-method-email = ای میل
profile-method-phone = فون کال
profile-method-letter = بذریعہ ڈاک خط
profile-phone-label = فون نمبر (اختیاری)
profile-phone-hint = اگر آپ فون کالز چاہتے ہیں تو ہمیں اس کی ضرورت ہے۔
profile-call-times-label = کال کرنے کے بہترین اوقات (اختیاری)
profile-call-times-hint = مثلاً، ہفتے کے دنوں میں صبح، یا صبح 10 بجے سے پہلے نہیں۔ زیادہ سے زیادہ { $max ->
        [one] { $max } حرف
       *[other] { $max } حروف
    }۔
profile-formats-legend = کیا آپ کو ہمارے خطوط کسی اور شکل میں چاہییں؟
profile-formats-hint = جو بھی لاگو ہوں، سب منتخب کریں۔ بریل یا آڈیو میں ہر خط، اصل خط کے بعد { $days ->
        [one] { $days } دن
       *[other] { $days } دن
    } کے اندر آپ تک پہنچ جاتا ہے۔
profile-format-large-print = بڑے حروف
profile-format-audio = آڈیو
profile-format-braille = بریل
profile-language-label = زبان، اگر انگریزی نہیں (اختیاری)
profile-language-hint = ہم اپنے خطوط کا ترجمہ کر سکتے ہیں۔ تحریری ترجمے میں { $days ->
        [one] { $days } دن
       *[other] { $days } دن
    } تک لگ سکتے ہیں۔
profile-interpreter-legend = ترجمان
profile-interpreter-option = مجھے فون کالز اور ملاقاتوں کے لیے ترجمان کی ضرورت ہے
profile-adjustments-label = کیا ہمیں کچھ اور کرنا چاہیے تاکہ ہم سے رابطہ کرنا آپ کے لیے آسان ہو؟ (اختیاری)
profile-adjustments-hint = مثلاً، کوئی مخصوص رابطہ کار، کسی دیکھ بھال کرنے والے (کیئرر) کی موجودگی، یا جواب دینے کے لیے زیادہ وقت۔ زیادہ سے زیادہ { $max ->
        [one] { $max } حرف
       *[other] { $max } حروف
    }۔

## Email address

profile-email-title = اپنا ای میل پتہ تبدیل کریں
profile-email-submit = لنک بھیجیں
# Around the current address, shown in bold.
profile-email-now-before = آپ کا ای میل پتہ اس وقت
profile-email-now-after = { " " }ہے۔
profile-email-intro = ہم نئے پتے پر ایک لنک بھیجیں گے۔ جب آپ اسے کھولیں گے تو آپ کا پتہ تبدیل ہو جائے گا؛ تب تک ہم پرانا پتہ ہی استعمال کرتے رہیں گے۔
profile-email-new-label = نیا ای میل پتہ
profile-password-label = آپ کا پاس ورڈ
profile-password-hint = تاکہ ہمیں معلوم ہو کہ یہ آپ ہی ہیں۔
profile-check-title = اپنی ای میل دیکھیں
profile-check-lead = ہم نے نئے ای میل پتے پر ایک پیغام بھیجا ہے۔
profile-check-body = یہ پتہ استعمال کرنا شروع کرنے کے لیے اس پیغام میں موجود لنک کھولیں۔ یہ لنک صرف ایک بار اور 24 گھنٹے تک کام کرتا ہے۔ اگر چند منٹ میں کچھ نہ آئے تو اپنا اسپام یا جنک فولڈر دیکھیں۔
profile-confirm-title = اپنے نئے ای میل پتے کی تصدیق کریں
profile-confirm-submit = میرا نیا ای میل پتہ استعمال کریں
profile-confirm-intro = اپنے Calico Account کے لیے یہ ای میل پتہ استعمال کرنے کے لیے بٹن دبائیں۔

## Home

profile-home-title = آپ کا گھر
profile-home-representative = یہ اکاؤنٹ رہائشیوں کی طرف سے کام کرنے کے لیے ہے، اس لیے یہ کسی گھر سے منسلک نہیں ہے۔ اپنے گھر کے بارے میں شکایت کرنے کے لیے اپنے کرایہ کے حوالہ نمبر کے ساتھ ایک الگ اکاؤنٹ رجسٹر کریں۔
profile-change-home-title = اپنا گھر تبدیل کریں
profile-change-home-heading = کیا آپ Calico کے کسی دوسرے گھر میں منتقل ہو گئے ہیں؟
profile-postcode-new = آپ کے نئے گھر کا پوسٹ کوڈ
profile-postcode = آپ کے گھر کا پوسٹ کوڈ
profile-continue = جاری رکھیں
# Around the current address, shown in bold.
profile-home-now-before = آپ کا اکاؤنٹ اس وقت اس پتے کے لیے ہے:
profile-home-now-after = ۔
profile-home-enter = اپنے گھر کا کرایہ کا حوالہ نمبر اور پوسٹ کوڈ درج کریں۔ آپ کا کرایہ کا حوالہ نمبر آپ کے کرایے کے گوشوارے (رینٹ اسٹیٹمنٹ) اور کرایہ داری کے معاہدے پر لکھا ہوتا ہے۔
profile-home-lead-tenant = اگر آپ مرکزی کرایہ دار ہیں اور آپ کی تاریخِ پیدائش، اور آپ کا فون نمبر یا ای میل پتہ، ہمارے ریکارڈ سے ملتے ہیں تو آپ کا اکاؤنٹ فوراً منسلک ہو جاتا ہے۔ ورنہ ہم گھر کے پتے پر بذریعہ ڈاک ایک ایکٹیویشن کوڈ بھیجتے ہیں۔
profile-rent-reference-hint = مثلاً، 10012345

## Activation code

profile-activation-code = ایکٹیویشن کوڈ
profile-activation-linked = آپ کا اکاؤنٹ آپ کے گھر سے منسلک ہے۔ کوئی کوڈ درج کرنے کی ضرورت نہیں۔
profile-activation-not-waiting = آپ کا اکاؤنٹ کسی کوڈ کا منتظر نہیں ہے۔
profile-activation-sent-again = ہم نے نیا کوڈ بذریعہ ڈاک بھیجنے کی درخواست کر دی ہے۔ پہلے بھیجے گئے کوڈ اب کام نہیں کرتے۔
profile-activation-asked = ہمیں آپ کی درخواست مل گئی ہے۔ اگر گھر ہمارے ریکارڈ سے ملتا ہے تو ہم اس پتے پر بذریعہ ڈاک ایک ایکٹیویشن کوڈ بھیجتے ہیں۔
profile-activation-not-posted = ہم نے ابھی کوئی کوڈ نہیں بھیجا: نیچے سے ایک کوڈ منگوائیں۔
profile-activation-posted = ہم نے { $day } کو ایک کوڈ ڈاک میں بھیجنے کے لیے روانہ کیا۔ خطوط عام طور پر 5 کاروباری دنوں میں پہنچ جاتے ہیں۔
profile-activation-submit = میرا اکاؤنٹ منسلک کریں
profile-activation-match = اگر کرایہ کا حوالہ نمبر { $reference } اور پوسٹ کوڈ { $postcode } ہمارے ریکارڈ سے ملتے ہیں تو ہم کوڈ اسی گھر پر، مرکزی کرایہ دار کے نام، بذریعہ ڈاک بھیجتے ہیں۔
profile-activation-spent = پچھلا کوڈ بہت زیادہ بار آزمایا گیا۔ نیچے سے نیا کوڈ منگوائیں۔
profile-activation-not-received = کوڈ نہیں ملا؟
profile-activation-post-new = مجھے نیا کوڈ بذریعہ ڈاک بھیجیں
profile-activation-codes-max = ہم اس درخواست کے لیے { $count ->
        [one] { $count } کوڈ
       *[other] { $count } کوڈ
    } بھیج چکے ہیں، اور یہ ہماری زیادہ سے زیادہ حد ہے۔
# Around the link "give them again".
profile-activation-wrong-before = اگر اوپر دیا گیا کرایہ کا حوالہ نمبر یا پوسٹ کوڈ غلط ہے تو
profile-activation-wrong-link = انہیں دوبارہ درج کریں
profile-activation-wrong-after = ۔
profile-activation-no-post-heading = اگر آپ کو اس گھر پر ڈاک نہیں مل سکتی
profile-activation-someone-linked = اگر اس گھر سے پہلے سے منسلک کسی شخص، جیسے مرکزی کرایہ دار، کا اکاؤنٹ ہے تو وہ اپنے اکاؤنٹ سے آپ کی درخواست منظور کر سکتے ہیں: ہم نے انہیں ای میل کر دی ہے۔
profile-activation-call = یا ہمیں { $phone } پر کال کریں ({ $hours })، اور ہم کسی اور طریقے سے آپ کی شناخت کی تصدیق کر لیں گے۔
profile-activation-hint = خط میں دیے گئے 8 ہندسے۔ مثلاً، 1234 5678

## Inviting someone to act for you

profile-invite-title = کسی کو اپنی طرف سے کام کرنے کی دعوت دیں
profile-invite-no-tenancy = آپ کا اکاؤنٹ کسی کرایہ داری سے منسلک نہیں ہے، اس لیے کوئی ایسا نہیں جس کی طرف سے کام کیا جائے۔
profile-invite-submit = دعوت نامہ بھیجیں
profile-invite-intro = وہ آپ کی طرف سے شکایات کر سکیں گے اور آپ کی تمام شکایات پر نظر رکھ سکیں گے، بشمول اس کے جو ہم ان کے بارے میں آپ کو بھیجتے ہیں۔ ہم انہیں قبول کرنے کے لیے ایک لنک ای میل کریں گے۔ آپ کسی بھی وقت اپنے اکاؤنٹ سے اسے واپس لے سکتے ہیں۔
profile-invite-name = ان کا پورا نام
profile-invite-email = ان کا ای میل پتہ
profile-invite-email-hint = قبول کرنے کے لیے انہیں اسی پتے سے سائن ان یا رجسٹر کرنا ہو گا۔
profile-invite-relationship = ان کا آپ سے کیا تعلق ہے؟
profile-invite-relationship-other = اگر "دیگر" ہے تو ان کا آپ سے کیا تعلق ہے؟
profile-invite-expiry = یہ کب ختم ہونا چاہیے؟ (اختیاری)
profile-invite-expiry-hint = اگر یہ اس وقت تک جاری رہے جب تک آپ اسے واپس نہ لیں تو اسے خالی چھوڑ دیں۔ مثلاً، 31 12 2027۔

## The invitation, as the invited person sees it

profile-offer-title = کسی رہائشی کی طرف سے کام کرنے کا دعوت نامہ
profile-offer-heading = { $resident } نے آپ سے کہا ہے کہ آپ ان کی طرف سے کام کریں
profile-offer-intro-open = محترم { $name }، آپ ان کی طرف سے Calico Homes کو شکایات کر سکیں گے اور ان کی تمام شکایات پر نظر رکھ سکیں گے، جب تک وہ اسے واپس نہ لیں۔
profile-offer-intro-until = محترم { $name }، آپ ان کی طرف سے Calico Homes کو شکایات کر سکیں گے اور { $day } تک ان کی تمام شکایات پر نظر رکھ سکیں گے۔
profile-offer-withdraw = وہ کسی بھی وقت اسے واپس لے سکتے ہیں۔
profile-accept = قبول کریں
profile-offer-wrong-account = آپ { $email } کے طور پر سائن ان ہیں، لیکن دعوت نامہ { $invited } پر بھیجا گیا تھا۔ سائن آؤٹ کریں، پھر اس پتے سے سائن ان کریں۔
profile-offer-sign-in = قبول کرنے کے لیے سائن ان کریں
# Before and after the link "Register with …".
profile-offer-new = Calico Account پر نئے ہیں؟
profile-offer-register = { $email } کے ساتھ رجسٹر کریں
profile-offer-register-after = ، اپنے ای میل پتے کی تصدیق کریں، پھر دعوت نامے والی ای میل میں موجود لنک دوبارہ کھولیں۔
profile-offer-unusable-title = یہ دعوت نامہ استعمال نہیں کیا جا سکتا
profile-offer-unusable = یہ پہلے ہی قبول کیا جا چکا ہے یا واپس لیا جا چکا ہے، یا یہ { $days ->
        [one] { $days } دن
       *[other] { $days } دن
    } سے زیادہ پرانا ہے۔ رہائشی سے کہیں کہ وہ اپنے اکاؤنٹ سے آپ کو دوبارہ دعوت دیں۔
profile-language-pages-hint = اگر یہ اردو یا پولش ہے تو آپ کے اکاؤنٹ کے صفحات بھی اسی زبان میں دکھائے جائیں گے۔
