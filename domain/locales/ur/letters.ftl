# شکایت کے ہر مرحلے پر رہائشی کو بھیجے جانے والے خطوط اور ای میلز۔
# The letters and emails each step of the complaints process sends, in Urdu. A label is
# followed by ": " and what was recorded, in the words it was recorded in. $reach is
# letter-reach; $day a date written out in full. "Housing Ombudsman Service" stays in English.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

letter-greeting = محترم/محترمہ { $name }،
letter-greeting-anyone = محترم رہائشی،
letter-sign-off = مخلص،
letter-our-reference = ہمارا حوالہ نمبر: { $reference }
letter-team = کسٹمر سروسز ٹیم
letter-reach = فون { $phone } پر، ای میل { $email } پر، یا ڈاک کے ذریعے { $address } پر
letter-ombudsman = آپ مفت اور آزادانہ مشورے کے لیے کسی بھی وقت Housing Ombudsman Service (ہاؤسنگ محتسب) سے رابطہ کر سکتے ہیں: { $reach }۔
letter-misunderstood = اگر ہم نے آپ کی شکایت یا آپ کے مطلوبہ نتیجے کو غلط سمجھا ہے تو براہِ کرم ہمیں بتائیں۔
letter-date-to-agree = اس تاریخ تک جو ہم آپ کے ساتھ طے کریں گے
letter-why = وجہ

## جواب میں کیا لکھا ہے
letter-about = آپ کی شکایت کس بارے میں ہے
letter-outcome-sought = آپ کیا نتیجہ چاہتے ہیں
letter-finding =
    { $finding ->
        [upheld] ہمارا نتیجہ: ہم آپ کی شکایت کو درست تسلیم کرتے ہیں۔
        [partly_upheld] ہمارا نتیجہ: ہم آپ کی شکایت کو جزوی طور پر درست تسلیم کرتے ہیں۔
       *[not_upheld] ہمارا نتیجہ: ہم آپ کی شکایت کو درست تسلیم نہیں کرتے۔
    }
letter-decision = ہمارا فیصلہ
letter-reasons = ہمارے فیصلے کی وجوہات
letter-remedy = معاملہ درست کرنے کے لیے ہم کیا کریں گے

## پہلا مرحلہ
letter-stage1-acknowledged-subject = آپ کی شکایت { $reference }: مرحلہ 1 کی وصولی کی تصدیق
letter-stage1-acknowledged-received = آپ کی شکایت کا شکریہ، جو ہمیں { $received } کو موصول ہوئی۔ اب یہ ہمارے شکایات کے طریقۂ کار کے مرحلہ 1 میں ہے۔
letter-understanding = ہم آپ کی شکایت کو کیسے سمجھے ہیں
letter-handler = آپ کی شکایت { $handler } دیکھ رہے ہیں۔ آپ ان سے { $contact } پر رابطہ کر سکتے ہیں۔
letter-handler-anyone = ہماری ٹیم کے ایک رکن
letter-stage1-due = ہم آپ کو اپنا مکمل جواب { $day } تک بھیجیں گے۔ اگر ہمیں مزید وقت درکار ہوا تو ہم آپ کو وجہ اور نئی تاریخ بتائیں گے۔
letter-extended-subject = آپ کی شکایت { $reference }: ہمیں مزید وقت درکار ہے (مرحلہ { $stage })
letter-extended-sorry = ہم معذرت خواہ ہیں، لیکن ہمیں مرحلہ { $stage } کا جواب دینے کے لیے مزید وقت درکار ہے۔
letter-extended-due = اب ہم آپ کو اپنا جواب { $day } تک بھیجیں گے۔
letter-stage1-response-subject = آپ کی شکایت { $reference }: مرحلہ 1 کا ہمارا جواب
letter-stage1-response-intro = یہ ہمارے شکایات کے طریقۂ کار کے مرحلہ 1 پر آپ کی شکایت کا ہمارا جواب ہے۔
letter-stage1-response-review = اگر آپ مطمئن نہیں ہیں تو آپ ہم سے مرحلہ 2 میں اپنی شکایت پر نظرِ ثانی کی درخواست کر سکتے ہیں۔ براہِ کرم { $day } تک درخواست کریں: اپنے Calico Account میں سائن اِن کریں اور "نظرِ ثانی کی درخواست کریں" کا انتخاب کریں، یا ہم سے { $reach } رابطہ کریں۔ ہمیں بتائیں کہ آپ اس جواب سے کیوں مطمئن نہیں ہیں۔

## دوسرا مرحلہ
letter-stage2-acknowledged-subject = آپ کی شکایت { $reference }: مرحلہ 2 میں نظرِ ثانی کی درخواست کی وصولی کی تصدیق
letter-stage2-acknowledged-intro = ہمیں آپ کی یہ درخواست موصول ہو گئی ہے کہ آپ کی شکایت پر مرحلہ 2 میں نظرِ ثانی کی جائے، جو ہمارے شکایات کے طریقۂ کار کا آخری مرحلہ ہے۔
letter-still-unhappy = آپ نے ہمیں بتایا کہ آپ اب بھی کس بات سے ناخوش ہیں
letter-reviewer = اس پر نظرِ ثانی { $reviewer } کریں گے۔ مرحلہ 1 کے جواب میں ان کا کوئی حصہ نہیں تھا۔ آپ ان سے { $contact } پر رابطہ کر سکتے ہیں۔
letter-reviewer-anyone = ایک سینئر ساتھی
letter-stage2-due = ہم آپ کو اپنا حتمی جواب { $day } تک بھیجیں گے۔ اگر ہمیں مزید وقت درکار ہوا تو ہم آپ کو وجہ اور نئی تاریخ بتائیں گے۔
letter-stage2-response-subject = آپ کی شکایت { $reference }: ہمارا حتمی جواب (مرحلہ 2)
letter-stage2-response-intro = یہ مرحلہ 2 پر آپ کی شکایت کا ہمارا حتمی جواب ہے۔ اس کے ساتھ ہمارا شکایات کا طریقۂ کار مکمل ہو جاتا ہے۔
letter-stage2-response-ombudsman = اگر آپ اب بھی مطمئن نہیں ہیں تو آپ Housing Ombudsman Service (ہاؤسنگ محتسب) سے تحقیقات کی درخواست کر سکتے ہیں: { $reach }۔

## تعریف
letter-passed-on-subject = آپ کی تعریف { $reference }: ہم نے آپ کا شکریہ آگے پہنچا دیا ہے
letter-compliment-received = آپ کی تعریف کا شکریہ، جو ہمیں { $received } کو موصول ہوئی۔
letter-passed-on = ہم نے آپ کا شکریہ { $to } تک پہنچا دیا ہے، تاکہ جس ساتھی کا آپ نے شکریہ ادا کیا اور ان کے مینیجر دونوں کو معلوم ہو۔ آپ جیسی تعریفیں ہمیں یہ دیکھنے میں مدد دیتی ہیں کہ ہم کیا اچھا کرتے ہیں۔

## جواب میں تاخیر کے دوران اطلاعات
letter-updates-subject = آپ کی شکایت { $reference }: ہم آپ کو کیسے باخبر رکھیں گے
letter-updates-every = جیسا کہ ہم نے آپ سے طے کیا، جب تک ہم آپ کو مرحلہ { $stage } کا جواب نہیں بھیجتے، ہم آپ کو کم از کم ہر { $every } میں ایک اطلاع دیں گے۔
letter-updates-next = آپ کی اگلی اطلاع { $day } تک ہو گی۔
letter-update-subject = آپ کی شکایت { $reference }: ایک اطلاع
letter-update-intro = آپ کی شکایت کے بارے میں ایک اطلاع یہ ہے۔
letter-update-again = ہم آپ کو { $day } تک دوبارہ اطلاع دیں گے۔
letter-response-late = مرحلہ { $stage } کا ہمارا جواب تاخیر کا شکار ہے: اسے { $day } تک بھیجنا تھا۔ ہم معذرت خواہ ہیں، اور ہم اسے جتنی جلدی ہو سکا بھیجیں گے۔
letter-response-due = ہم آپ کو مرحلہ { $stage } کا اپنا جواب { $day } تک بھیجیں گے۔

## شکایت قبول نہیں کی گئی
letter-not-accepted-subject = آپ کی شکایت { $reference }: ہم اسے آگے کیوں نہیں بڑھا سکتے
letter-not-accepted-intro = آپ نے ہمیں جو بتایا ہم نے اسے غور سے دیکھا ہے، اور ہم اسے اپنے شکایات کے طریقۂ کار کے ذریعے آگے نہیں بڑھا سکتے۔
letter-not-accepted-disagree = اگر آپ متفق نہیں ہیں تو براہِ کرم ہم سے { $reach } رابطہ کریں۔
letter-not-accepted-ombudsman = آپ کو حق ہے کہ Housing Ombudsman Service (ہاؤسنگ محتسب) سے اس فیصلے کا جائزہ لینے کو کہیں: { $reach }۔

## معاملہ درست کرنا
letter-remedy-agreed-subject = آپ کی شکایت { $reference }: معاملہ درست کرنا
letter-remedy-agreed = ہم نے طے کیا ہے کہ ہم معاملہ کیسے درست کریں گے
letter-remedy-pay = ہم آپ کو { $amount } ادا کریں گے۔
letter-remedy-owner = اس کی ذمہ داری { $owner } کی ہے، اور یہ { $day } تک ہو جائے گا۔ مکمل ہونے تک آپ اسے اپنی شکایت کے صفحے پر دیکھ سکتے ہیں۔
letter-remedy-if-not-done = اگر تب تک یہ نہ ہوا تو براہِ کرم ہمیں { $reach } بتائیں۔
letter-remedy-done-subject = آپ کی شکایت { $reference }: ہم نے معاملہ درست کر دیا ہے
letter-remedy-done = معاملہ درست کرنے کے لیے ہم نے جو طے کیا تھا وہ کر دیا ہے
letter-remedy-if-not-right = اگر آپ سمجھتے ہیں کہ معاملہ درست نہیں ہوا تو براہِ کرم ہمیں { $reach } بتائیں۔

## کسی اور شکل یا زبان میں، جیسا کہ رہائشی نے کہا
letter-coming = آپ نے اپنے خطوط کسی اور شکل یا زبان میں مانگے ہیں۔ ہم آپ کو یہ خط { $ways } بھی { $day } تک بھیجیں گے۔ اگر تب تک یہ آپ تک نہ پہنچے تو براہِ کرم ہمیں { $phone } پر فون کریں۔
letter-coming-braille = بریل میں
letter-coming-audio = آڈیو ریکارڈنگ کی صورت میں
letter-coming-language = { $language } میں
letter-list-comma = {"، "}
letter-list-and = { $rest } اور { $last }

## وہ ای میل جس میں خط بھیجا جاتا ہے
letter-email-account-large = آپ یہ خط اپنے Calico Account میں بھی پڑھ سکتے ہیں، جہاں اسے پڑھنے یا پرنٹ کرنے کے لیے بڑے حروف والا نسخہ بھی موجود ہے۔
letter-email-account = آپ یہ خط اپنے Calico Account میں بھی پڑھ سکتے ہیں۔
letter-email-register = اگر آپ اپنے کرائے کے حوالہ نمبر کے ساتھ Calico Account کے لیے رجسٹر کریں تو آپ یہ خط وہاں بھی پڑھ سکتے ہیں۔
