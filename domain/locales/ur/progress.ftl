# شکایت کی پیش رفت، جیسے وہ شخص دیکھتا ہے جس کی یہ شکایت ہے: اس کے مراحل، آگے کیا ہو گا،
# اور صفحہ کھلا ہونے پر کسی تبدیلی کا اعلان۔
# A complaint's progress, in Urdu. $kind is complaint, concern (a safety concern) or
# compliment. $day is a date written out in full, $every a number of working days.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## مراحل: مکمل اور باقی
progress-received =
    { $kind ->
        [concern] ہمیں حفاظت سے متعلق آپ کا خدشہ موصول ہوا
        [compliment] ہمیں آپ کی تعریف موصول ہوئی
       *[complaint] ہمیں آپ کی شکایت موصول ہوئی
    }
progress-acknowledged =
    { $kind ->
        [concern] ہم نے حفاظت سے متعلق آپ کے خدشے کی وصولی کی تصدیق کی
        [compliment] ہم نے آپ کی تعریف کی وصولی کی تصدیق کی
       *[complaint] ہم نے آپ کی شکایت کی وصولی کی تصدیق کی
    }
progress-handled-by = دیکھنے والے
progress-how-to-reach = ان سے رابطہ کیسے کریں
progress-understanding = ہم نے اسے کیسے سمجھا
progress-outcome-wanted = آپ کیا نتیجہ چاہتے ہیں
progress-more-time = ہم نے آپ کو بتایا کہ ہمیں مزید وقت درکار ہے
progress-more-working-days = کام کے مزید دن
progress-why = وجہ
progress-stage1-response = مرحلہ 1 کا ہمارا جواب
progress-finding = ہمارا نتیجہ
progress-outcome =
    { $outcome ->
        [upheld] درست تسلیم کی گئی
        [partly_upheld] جزوی طور پر درست تسلیم کی گئی
       *[not_upheld] درست تسلیم نہیں کی گئی
    }
progress-decision = ہمارا فیصلہ
progress-putting-right = معاملہ درست کرنا
progress-asked-late = آپ نے وقت ختم ہونے کے بعد نظرِ ثانی کی درخواست کی
progress-asked-review = آپ نے نظرِ ثانی کی درخواست کی (مرحلہ 2)
progress-still-unhappy = اب بھی ناخوش ہیں
progress-review-acknowledged = ہم نے نظرِ ثانی کی آپ کی درخواست کی وصولی کی تصدیق کی
progress-reviewed-by = نظرِ ثانی کرنے والے
progress-final-response = ہمارا حتمی جواب (مرحلہ 2)
progress-not-accepted =
    { $kind ->
        [concern] ہم اسے حفاظت سے متعلق خدشے کے طور پر قبول نہیں کر سکے
        [compliment] ہم اسے تعریف کے طور پر قبول نہیں کر سکے
       *[complaint] ہم اسے شکایت کے طور پر قبول نہیں کر سکے
    }
progress-withdrawn =
    { $kind ->
        [concern] حفاظت سے متعلق آپ کا خدشہ واپس لے لیا گیا
        [compliment] آپ کی تعریف واپس لے لی گئی
       *[complaint] آپ کی شکایت واپس لے لی گئی
    }
progress-resolved-first-contact = آپ کے پہلے رابطے پر ہی ہم نے معاملہ درست کر دیا
progress-passed-on = ہم نے آپ کی تعریف آگے پہنچا دی
progress-passed-to = کس کو
progress-information-added = معلومات شامل کی گئیں
progress-what-was-added = کیا شامل کیا گیا
progress-updates-agreed = ہم نے طے کیا کہ آپ کو کتنی بار اطلاع دیں گے
progress-at-least-every = کم از کم ہر
progress-update-given = ہم نے آپ کو ایک اطلاع دی
progress-what-we-told-you = ہم نے آپ کو کیا بتایا
progress-remedy-agreed = ہم نے طے کیا کہ معاملہ کیسے درست کریں گے
progress-what-we-will-do = ہم کیا کریں گے
progress-amount = رقم
progress-by = تاریخ تک
progress-remedy-done = معاملہ درست کرنے کے لیے جو طے کیا تھا وہ ہم نے کر دیا
progress-what-we-did = ہم نے کیا کیا
progress-ombudsman-decided =
    { $kind ->
        [concern] ہاؤسنگ محتسب (Housing Ombudsman) نے حفاظت سے متعلق آپ کے خدشے پر فیصلہ دیا
        [compliment] ہاؤسنگ محتسب (Housing Ombudsman) نے آپ کی تعریف پر فیصلہ دیا
       *[complaint] ہاؤسنگ محتسب (Housing Ombudsman) نے آپ کی شکایت پر فیصلہ دیا
    }
progress-ombudsman-case = محتسب کا کیس نمبر
progress-decided-on = فیصلے کی تاریخ
progress-ombudsman-finding = نتیجہ
progress-ombudsman-found =
    { $finding ->
        [severe_maladministration] سنگین بدانتظامی
        [maladministration] بدانتظامی
        [service_failure] سروس میں ناکامی
        [reasonable_redress] مناسب ازالے کی پیشکش کی گئی
        [no_maladministration] کوئی بدانتظامی نہیں
       *[outside_jurisdiction] محتسب کے دائرۂ اختیار سے باہر
    }
progress-what-it-ordered = اس نے کیا حکم دیا
progress-remedy-owed = ہم معاملہ درست کریں گے: { $what }
progress-next-update = آپ کے لیے ہماری اگلی اطلاع
progress-pass-compliment = ہم آپ کی تعریف آگے پہنچاتے ہیں
progress-pass-compliment-soon = جلد ہی، ساتھی کے مینیجر تک
progress-acknowledge =
    { $kind ->
        [concern] ہم حفاظت سے متعلق آپ کے خدشے کی وصولی کی تصدیق کرتے ہیں
        [compliment] ہم آپ کی تعریف کی وصولی کی تصدیق کرتے ہیں
       *[complaint] ہم آپ کی شکایت کی وصولی کی تصدیق کرتے ہیں
    }
progress-stage1-response-later = وصولی کی تصدیق کے بعد کام کے 10 دن کے اندر
progress-may-ask-review = آپ نظرِ ثانی کی درخواست کر سکتے ہیں (مرحلہ 2)
progress-acknowledge-review = ہم نظرِ ثانی کی آپ کی درخواست کی وصولی کی تصدیق کرتے ہیں
progress-final-response-later = آپ کی درخواست کی وصولی کی تصدیق کے بعد کام کے 20 دن کے اندر

## آگے کیا ہو گا
next-compliment = ہم آپ کی تعریف ساتھی کے مینیجر تک پہنچائیں گے۔
next-acknowledge =
    { $kind ->
        [concern] ہم { $day } تک حفاظت سے متعلق آپ کے خدشے کی وصولی کی تصدیق کریں گے: ہم بتائیں گے کہ اسے کون دیکھ رہا ہے، ان سے رابطہ کیسے کریں، اور ہمارا جواب کب تک آئے گا۔
       *[complaint] ہم { $day } تک آپ کی شکایت کی وصولی کی تصدیق کریں گے: ہم بتائیں گے کہ اسے کون دیکھ رہا ہے، ان سے رابطہ کیسے کریں، اور ہمارا جواب کب تک آئے گا۔
    }
next-stage1 =
    { $kind ->
        [concern] ہم حفاظت سے متعلق آپ کے خدشے کا جائزہ لے رہے ہیں۔ مرحلہ 1 کا ہمارا جواب { $day } تک آنا ہے۔ { $informed }
       *[complaint] ہم آپ کی شکایت کا جائزہ لے رہے ہیں۔ مرحلہ 1 کا ہمارا جواب { $day } تک آنا ہے۔ { $informed }
    }
next-asked-late = آپ نے وقت ختم ہونے کے بعد { $day } کو نظرِ ثانی کی درخواست کی۔ شکایات افسر فیصلہ کریں گے کہ اسے قبول کیا جائے یا نہیں، اور آپ کو بتائیں گے۔
next-may-review = اگر آپ مرحلہ 1 کے ہمارے جواب سے ناخوش ہیں تو آپ { $day } تک نظرِ ثانی (مرحلہ 2) کی درخواست کر سکتے ہیں۔
next-review-ended = نظرِ ثانی کی درخواست کا وقت { $day } کو ختم ہو گیا۔ آپ اب بھی درخواست کر سکتے ہیں، تاخیر کی وجہ بتا کر، اور شکایات افسر فیصلہ کریں گے۔
next-acknowledge-review = ہم { $day } تک نظرِ ثانی کی آپ کی درخواست کی وصولی کی تصدیق کریں گے اور بتائیں گے کہ نظرِ ثانی کون کرے گا: کبھی وہ شخص نہیں جس نے مرحلہ 1 دیکھا تھا۔
next-stage2 =
    { $kind ->
        [concern] حفاظت سے متعلق آپ کے خدشے پر نظرِ ثانی ہو رہی ہے۔ ہمارا حتمی جواب { $day } تک آنا ہے۔ { $informed }
       *[complaint] آپ کی شکایت پر نظرِ ثانی ہو رہی ہے۔ ہمارا حتمی جواب { $day } تک آنا ہے۔ { $informed }
    }
next-final = ہمارے حتمی جواب کے ساتھ ہمارا شکایات کا طریقۂ کار ختم ہو جاتا ہے۔ اگر آپ اب بھی ناخوش ہیں تو آپ Housing Ombudsman Service (ہاؤسنگ محتسب) سے اس کا جائزہ لینے کو کہہ سکتے ہیں۔
next-not-accepted = ہمارے خط میں وجہ بتائی گئی ہے۔ اگر آپ متفق نہیں ہیں تو آپ Housing Ombudsman Service (ہاؤسنگ محتسب) سے ہمارے فیصلے کا جائزہ لینے کو کہہ سکتے ہیں۔
next-withdrawn =
    { $kind ->
        [concern] حفاظت سے متعلق اس خدشے پر مزید کچھ نہیں ہو گا۔ آپ کسی بھی وقت نیا درج کر سکتے ہیں۔
        [compliment] اس تعریف پر مزید کچھ نہیں ہو گا۔ آپ کسی بھی وقت نئی بھیج سکتے ہیں۔
       *[complaint] اس شکایت پر مزید کچھ نہیں ہو گا۔ آپ کسی بھی وقت نئی شکایت کر سکتے ہیں۔
    }
next-passed-on = شکریہ: آپ کی تعریف آگے پہنچا دی گئی ہے۔
next-closed =
    { $kind ->
        [concern] حفاظت سے متعلق یہ خدشہ بند ہو چکا ہے۔ آپ کسی بھی وقت نیا درج کر سکتے ہیں۔
        [compliment] یہ تعریف بند ہو چکی ہے۔ آپ کسی بھی وقت نئی بھیج سکتے ہیں۔
       *[complaint] یہ شکایت بند ہو چکی ہے۔ آپ کسی بھی وقت نئی شکایت کر سکتے ہیں۔
    }
next-updates = جیسا کہ آپ سے طے ہوا، ہم آپ کو کم از کم ہر { $every } میں اطلاع دیں گے: اگلی اطلاع { $day } تک ہے۔
next-more-time = اگر ہمیں مزید وقت درکار ہوا تو ہم آپ کو وجہ اور نئی تاریخ بتائیں گے۔

## صفحہ کھلا ہونے پر اعلان۔ $subject: "آپ کی شکایت CH-…"؛ $within اردو میں استعمال نہیں ہوتا۔
live-subject =
    { $own ->
        [yes] { $kind ->
            [concern] حفاظت سے متعلق آپ کا خدشہ { $reference }
            [compliment] آپ کی تعریف { $reference }
           *[complaint] آپ کی شکایت { $reference }
        }
       *[no] { $kind ->
            [concern] حفاظت سے متعلق خدشہ { $reference }
            [compliment] تعریف { $reference }
           *[complaint] شکایت { $reference }
        }
    }
live-within = { $reference }
live-acknowledged = { $subject }: وصولی کی تصدیق ہو گئی۔ جواب { $day } تک آنا ہے۔
live-extended = { $subject }: مزید وقت درکار ہے۔ جواب اب { $day } تک آنا ہے۔
live-stage1-response = { $subject }: مرحلہ 1 کا جواب آ گیا۔ نظرِ ثانی کی درخواست { $day } تک کی جا سکتی ہے۔
live-asked-late = { $subject }: وقت ختم ہونے کے بعد نظرِ ثانی کی درخواست کی گئی۔ شکایات افسر فیصلہ کریں گے۔
live-asked-review = { $subject }: نظرِ ثانی کی درخواست کی گئی۔ اس کی وصولی کی تصدیق { $day } تک ہو گی۔
live-review-acknowledged = { $subject }: نظرِ ثانی کی درخواست کی وصولی کی تصدیق ہو گئی۔ حتمی جواب { $day } تک آنا ہے۔
live-review-extended = { $subject }: نظرِ ثانی کے لیے مزید وقت درکار ہے۔ حتمی جواب اب { $day } تک آنا ہے۔
live-final-response = { $subject }: حتمی جواب آ گیا۔
live-not-accepted = { $subject }: قبول نہیں کی گئی۔ خط میں وجہ بتائی گئی ہے۔
live-withdrawn = { $subject }: واپس لے لی گئی۔
live-resolved = { $subject }: معاملہ درست کر کے بند کر دیا گیا۔
live-passed-on = { $subject }: { $to } تک پہنچا دی گئی۔
live-information-added = { $subject }: معلومات شامل کی گئیں۔
live-updates-agreed = { $subject }: کم از کم ہر { $every } میں اطلاع ملے گی۔ اگلی { $day } تک ہے۔
live-updated = { $subject }: تازہ کاری ہوئی۔
live-update-given = { $subject }: ایک نئی اطلاع ہے۔
live-remedy-agreed = { $subject }: معاملہ درست کرنے کا طریقہ طے ہو گیا، { $day } تک۔
live-remedy-done = { $subject }: معاملہ درست کرنے کے لیے جو طے ہوا تھا وہ کر دیا گیا۔
live-ombudsman =
    { $finding ->
        [severe_maladministration] { $subject }: ہاؤسنگ محتسب کا فیصلہ درج کیا گیا (سنگین بدانتظامی)۔
        [maladministration] { $subject }: ہاؤسنگ محتسب کا فیصلہ درج کیا گیا (بدانتظامی)۔
        [service_failure] { $subject }: ہاؤسنگ محتسب کا فیصلہ درج کیا گیا (سروس میں ناکامی)۔
        [reasonable_redress] { $subject }: ہاؤسنگ محتسب کا فیصلہ درج کیا گیا (مناسب ازالے کی پیشکش)۔
        [no_maladministration] { $subject }: ہاؤسنگ محتسب کا فیصلہ درج کیا گیا (کوئی بدانتظامی نہیں)۔
       *[outside_jurisdiction] { $subject }: ہاؤسنگ محتسب کا فیصلہ درج کیا گیا (دائرۂ اختیار سے باہر)۔
    }
