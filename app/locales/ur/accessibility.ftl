# رسائی کا بیان، اور متن کا سائز اور رنگ چننے کا صفحہ (/display)۔
# The accessibility statement and the text size and colours page, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

accessibility-title = رسائی کا بیان
accessibility-heading = Calico Account کے لیے رسائی کا بیان
accessibility-lead = Calico Account کو Calico Homes چلاتا ہے۔ ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ اسے استعمال کر سکیں۔
accessibility-able = آپ یہ کر سکیں گے:
accessibility-able-zoom = 400% تک زوم کرنا، بغیر اس کے کہ متن اسکرین سے باہر نکل جائے
accessibility-able-phone = اسے فون کی چھوٹی اسکرین پر، جو 320 پکسل چوڑی ہو، استعمال کرنا
accessibility-able-keyboard = صرف کی بورڈ استعمال کرتے ہوئے فارم کے شروع سے آخر تک جانا
accessibility-able-screen-reader = اسے کسی اسکرین ریڈر کے ساتھ استعمال کرنا، جیسے NVDA، JAWS، VoiceOver یا TalkBack
accessibility-able-no-script = JavaScript بند ہونے پر بھی ہر فارم استعمال کرنا
# "… [متن کا سائز اور رنگ] والے صفحے پر …": درمیان والا حصہ لنک ہے۔
accessibility-able-display-before = متن بڑا کرنا، یا ہر صفحہ زیادہ کنٹراسٹ میں دکھانا،
accessibility-able-display-link = متن کا سائز اور رنگ
accessibility-able-display-after = والے صفحے پر، JavaScript کے ساتھ یا اس کے بغیر
accessibility-able-settings = اپنے براؤزر یا ڈیوائس کی سیٹنگز سے رنگ، کنٹراسٹ کی سطح اور فونٹ بدلنا: صفحات آپ کی ڈیوائس کے کنٹراسٹ اور رنگوں کی تھیم کے مطابق چلتے ہیں، اور اگر آپ کم حرکت (reduced motion) کا انتخاب کریں تو صفحے پر کوئی چیز حرکت نہیں کرتی
accessibility-how-heading = یہ سروس کتنی قابلِ رسائی ہے
accessibility-how-text = ہم Calico Account کو اس طرح بناتے ہیں کہ وہ Web Content Accessibility Guidelines (WCAG) کے ورژن 2.2 کے لیول AA پر پورا اترے۔ ہر صفحے کو ایک اصل براؤزر میں، JavaScript کے ساتھ اور اس کے بغیر، خودکار رسائی جانچ سے اور کی بورڈ سے جانچا جاتا ہے۔
accessibility-how-limits = ہم جانتے ہیں کہ خودکار جانچ ہر مسئلہ نہیں پکڑتی۔ اگر آپ کو کوئی مسئلہ ملے تو براہِ کرم ہمیں بتائیں تاکہ ہم اسے ٹھیک کر سکیں۔
accessibility-formats-heading = کسی دوسری شکل یا زبان میں معلومات
accessibility-formats-text =
    ہم آپ کو کوئی بھی خط یا صفحہ بڑے حروف میں، آڈیو میں یا بریل میں دے سکتے ہیں۔ ہم Language Line کے ذریعے فون پر ترجمان کا انتظام کرتے ہیں۔ { $days ->
        [one] تحریری ترجمے میں { $days } دن تک لگ سکتا ہے۔
       *[other] تحریری ترجمے میں { $days } دن تک لگ سکتے ہیں۔
    }
accessibility-formats-letters = آپ کے اکاؤنٹ میں ہر خط کا بڑے حروف والا ورژن بھی ہے جسے آپ پڑھ یا پرنٹ کر سکتے ہیں۔ اگر آپ اپنے خط بریل میں، آڈیو کی صورت میں یا کسی دوسری زبان میں مانگیں (شکایت کرتے وقت، یا اپنی رابطے کی ترجیحات میں)، تو ہم ہر خط اسی طرح بھی بھیجتے ہیں، اور خط میں ہی لکھا ہوتا ہے کہ وہ کس دن تک آپ کو مل جائے گا۔
# "ہمیں اس نمبر پر کال کریں: [فون] ([اوقات]) یا اس پتے پر ای میل کریں: [ای میل]۔ ہمیں بتائیں …":
# فون نمبر اور ای میل ایڈریس لنک ہیں؛ آخری حصہ ایڈریس کے بعد بغیر وقفے کے آتا ہے۔
accessibility-contact-call = ہمیں اس نمبر پر کال کریں:
accessibility-contact-email = ({ $hours }) یا اس پتے پر ای میل کریں:
accessibility-contact-after = ۔ ہمیں بتائیں کہ آپ کو کیا چاہیے، اور ہم اسے آپ کے اکاؤنٹ میں بھی درج کر لیں گے تاکہ آپ کو دوبارہ کہنا نہ پڑے۔
accessibility-reporting-heading = رسائی کے مسائل کی اطلاع دینا
# $within ایک مدت ہے، جیسے "کام کے 2 دنوں" (common-span-*)۔
accessibility-reporting-text = اگر آپ کو Calico Account استعمال کرنے میں کوئی مسئلہ ہو، یا آپ کو لگے کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو اسی طرح ہم سے رابطہ کریں۔ ہم { $within } کے اندر جواب دیں گے۔
accessibility-enforcement-heading = نفاذ کا طریقۂ کار
accessibility-enforcement-text = رسائی کے ضوابط نافذ کرنے کی ذمہ داری مساوات اور انسانی حقوق کمیشن (Equality and Human Rights Commission, EHRC) کی ہے۔ ہم نے آپ کی شکایت کا جو جواب دیا، اگر آپ اس سے مطمئن نہیں ہیں تو مساوات کے بارے میں مشورہ دینے والی سروس (Equality Advisory and Support Service, EASS) سے رابطہ کریں۔
accessibility-preparation-heading = اس بیان کی تیاری
accessibility-preparation-text = یہ بیان 22 نومبر 2026 کو تیار کیا گیا۔ جب بھی سروس میں تبدیلی ہوتی ہے اس کا جائزہ لیا جاتا ہے، اور سال میں کم از کم ایک بار۔

## متن کا سائز اور رنگ والا صفحہ (/display)۔

accessibility-display-title = متن کا سائز اور رنگ
accessibility-display-save = محفوظ کریں
accessibility-display-intro-signed-in = چنیں کہ ہر صفحہ کیسے دکھایا جائے۔ ہم اسے اس ڈیوائس پر یاد رکھتے ہیں، اور آپ کے اکاؤنٹ میں بھی، تاکہ اگلی جس ڈیوائس پر آپ سائن ان کریں وہاں بھی ایسا ہی ہو۔
accessibility-display-intro-signed-out = چنیں کہ ہر صفحہ کیسے دکھایا جائے۔ ہم اسے اس ڈیوائس پر ایک کوکی کے ذریعے یاد رکھتے ہیں، جس میں صرف یہی انتخاب ہوتا ہے۔
accessibility-display-browser = آپ کے براؤزر کی اپنی سیٹنگز بھی کام کرتی ہیں: زوم (400% تک)، اس کا متن کا سائز، اور آپ کی ڈیوائس کی کنٹراسٹ یا رنگوں کی تھیم۔
accessibility-display-back = اس صفحے پر واپس جائیں جس پر آپ تھے
accessibility-display-text-legend = متن کا سائز
accessibility-display-text-standard = معیاری
accessibility-display-text-larger = بڑا
accessibility-display-text-largest = سب سے بڑا
accessibility-display-colours-legend = رنگ
accessibility-display-colours-standard = معیاری رنگ
accessibility-display-colours-high = زیادہ کنٹراسٹ: سفید پر سیاہ
# محفوظ کرنے کے بعد، جب متن کا سائز اور رنگ دونوں معیاری ہوں۔
accessibility-display-saved-standard = محفوظ ہو گیا۔ صفحات معیاری سائز کے متن اور معیاری رنگوں میں دکھائے جا رہے ہیں۔
# محفوظ کرنے کے بعد، باقی صورتوں میں: $text یعنی standard، larger یا largest؛ $colours یعنی standard یا high۔
accessibility-display-saved =
    محفوظ ہو گیا۔ صفحات { $text ->
        [larger] بڑے متن
        [largest] سب سے بڑے متن
       *[standard] معیاری سائز کے متن
    } اور { $colours ->
        [high] زیادہ کنٹراسٹ
       *[standard] معیاری رنگوں
    } کے ساتھ دکھائے جا رہے ہیں۔
