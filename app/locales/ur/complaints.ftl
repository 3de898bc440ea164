# شکایت پر نظر رکھنا: اکاؤنٹ کے صفحے پر "آپ کی شکایات"، ہر شکایت کا اپنا صفحہ، اور نظرِ ثانی،
# معلومات شامل کرنے یا شکایت واپس لینے کے فارم۔
# Following a complaint, in Urdu: "Your complaints", a complaint's own page and the forms to ask
# for a review, add information or withdraw it.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

## "Your complaints", on the account page.
complaints-yours = آپ کی شکایات
complaints-none-yet = آپ نے ابھی تک نہ کوئی شکایت کی ہے، نہ حفاظت کے کسی خدشے کی اطلاع دی ہے اور نہ ہی کوئی تعریف کی ہے۔
complaints-sent-on = بھیجنے کی تاریخ: { $day }
complaints-sent-on-for-resident = بھیجنے کی تاریخ: { $day }، اُس رہائشی کی جانب سے جن کے آپ نمائندہ ہیں
complaints-limited = آپ نے اسے ایک رہائشی کی جانب سے بھیجا ہے۔ جب ہمیں ان کی رضامندی مل جائے گی تو آپ دیکھ سکیں گے کہ اس پر کیا پیش رفت ہو رہی ہے۔

## What it is: a caption, and with its reference (also the page's title).
complaints-kind-complaint = شکایت
complaints-kind-concern = حفاظت کا خدشہ
complaints-kind-compliment = تعریف
complaints-named-complaint = شکایت { $reference }
complaints-named-concern = حفاظت کا خدشہ { $reference }
complaints-named-compliment = تعریف { $reference }

## Where it is.
complaints-state-awaiting-acknowledgement = وصولی کی تصدیق کا انتظار ہے
complaints-state-stage1-open = پہلے مرحلے میں زیرِ غور
complaints-state-stage1-responded = پہلے مرحلے کا جواب دے دیا گیا
complaints-state-stage2-awaiting-acknowledgement = دوسرے مرحلے کی درخواست کی تصدیق کا انتظار ہے
complaints-state-stage2-open = دوسرے مرحلے میں زیرِ غور
complaints-state-closed = بند

## Deadlines. $day is a date written out in full; $left is complaints-days-left.
complaints-days-left =
    { $count ->
        [0] آج آخری دن ہے
        [one] { $count } کام کا دن باقی ہے
       *[other] { $count } کام کے دن باقی ہیں
    }
complaints-overdue = تاخیر شدہ
complaints-due-acknowledge = وصولی کی تصدیق کی آخری تاریخ { $day } ہے، { $left }
complaints-due-stage1-response = پہلے مرحلے کے جواب کی آخری تاریخ { $day } ہے، { $left }
complaints-due-stage2-acknowledge = دوسرے مرحلے کی درخواست کی تصدیق کی آخری تاریخ { $day } ہے، { $left }
complaints-due-stage2-response = حتمی جواب (دوسرا مرحلہ) کی آخری تاریخ { $day } ہے، { $left }
complaints-overdue-acknowledge = تاخیر: ہمیں { $day } تک وصولی کی تصدیق کرنی تھی
complaints-overdue-stage1-response = تاخیر: ہمیں { $day } تک پہلے مرحلے کا جواب دینا تھا
complaints-overdue-stage2-acknowledge = تاخیر: ہمیں { $day } تک دوسرے مرحلے کی درخواست کی تصدیق کرنی تھی
complaints-overdue-stage2-response = تاخیر: ہمیں { $day } تک حتمی جواب (دوسرا مرحلہ) دینا تھا
complaints-review-open = آپ { $day } تک نظرِ ثانی کی درخواست کر سکتے ہیں، { $left }
complaints-review-ended = نظرِ ثانی کی درخواست کا وقت { $day } کو ختم ہو گیا
complaints-stage-done = { $day } کو مکمل ہوا
complaints-stage-due = آخری تاریخ: { $day }، { $left }
complaints-stage-overdue = تاخیر: اس کی آخری تاریخ { $day } تھی
complaints-stage-open = یہ موقع { $day } تک ہے، { $left }
complaints-stage-closed = یہ موقع { $day } کے اختتام پر ختم ہو گیا

## A date with its time ($time is 14:05).
complaints-at-time = { $day } کو { $time } بجے

## What the complaint's page says after the resident asked something of it.
complaints-done-review = آپ نے نظرِ ثانی کی درخواست کر دی ہے۔ ہم 5 کام کے دنوں کے اندر اس کی وصولی کی تصدیق کریں گے اور آپ کو بتائیں گے کہ نظرِ ثانی کون کر رہا ہے۔
complaints-done-late-review = آپ نے نظرِ ثانی کی درخواست کر دی ہے۔ شکایات افسر فیصلہ کریں گے کہ اسے قبول کیا جائے یا نہیں، اور آپ کو بتائیں گے۔
complaints-done-add-information = آپ کی معلومات آپ کی شکایت میں شامل کر دی گئی ہیں۔ جو شخص اسے دیکھ رہا ہے اسے بتا دیا گیا ہے۔
complaints-done-withdraw = آپ کی شکایت واپس لے لی گئی ہے۔

## A complaint a representative sent, while the resident's consent is awaited.
complaints-sent = بھیجنے کی تاریخ
complaints-where-it-is = موجودہ صورتِ حال
complaints-waiting-for-consent = رہائشی کی رضامندی کا انتظار ہے کہ آپ ان کی جانب سے کام کر سکتے ہیں
complaints-next-heading = آگے کیا ہو گا
complaints-sent-only-next = ہم اس پر پہلے ہی کام کر رہے ہیں، اور اس بارے میں رہائشی سے براہِ راست رابطہ کرتے ہیں۔ جب وہ ہمیں بتا دیں گے کہ وہ آپ کو اپنی جانب سے کام کرنے کی اجازت دیتے ہیں، تو ہم آپ کو دکھائیں گے کہ کیا پیش رفت ہو رہی ہے، اور اس بارے میں اپنے خطوط بھی آپ کو بھیجیں گے۔
complaints-meanwhile = اس دوران آپ کیا کر سکتے ہیں
complaints-meanwhile-ask = رہائشی سے کہیں کہ وہ اپنے Calico Account میں رضامندی دیں، یا ہمیں فون پر یا تحریری طور پر بتا دیں۔
complaints-meanwhile-send = ان کی دستخط شدہ رضامندی اس حوالہ نمبر کے ساتھ ہمیں { $email } پر بھیجیں۔
complaints-meanwhile-phone = اس بارے میں کوئی بھی فوری بات ہمیں فون پر بتائیں: { $phone } ({ $hours })۔
complaints-back-to-account = اپنے اکاؤنٹ پر واپس جائیں

## A complaint's page.
complaints-next = اگلا قدم
complaints-handled-by = ذمہ دار شخص
complaints-action-review = نظرِ ثانی کی درخواست کریں (دوسرا مرحلہ)
complaints-review-until = آپ { $day } تک نظرِ ثانی کی درخواست کر سکتے ہیں۔
complaints-action-late-review = درخواست کا وقت ختم ہونے کے بعد نظرِ ثانی کی درخواست کریں
complaints-action-add-information = اس شکایت میں معلومات شامل کریں
complaints-action-withdraw = یہ شکایت واپس لیں
complaints-stages = اس کے مراحل
complaints-definition = ہماری سمجھ کے مطابق آپ کی شکایت کیا ہے
complaints-definition-about = یہ کس بارے میں ہے
complaints-definition-outcome = آپ کیا نتیجہ چاہتے ہیں
complaints-definition-hint = اگر یہ درست نہیں ہے تو شکایت دیکھنے والے شخص کو بتائیں۔
complaints-letters = خطوط
complaints-no-letters = ہم نے ابھی تک اس بارے میں کوئی خط نہیں بھیجا۔
complaints-told-us = آپ نے ہمیں کیا بتایا
complaints-ombudsman = ہاؤسنگ محتسب (Housing Ombudsman)
# $name is "Housing Ombudsman Service", kept in English.
complaints-ombudsman-advice = آپ مفت اور آزادانہ مشورے کے لیے کسی بھی وقت { $name } (ہاؤسنگ محتسب) سے رابطہ کر سکتے ہیں: فون { $phone }، ای میل { $email }۔
complaints-last-updated = یہ صفحہ آخری بار { $when } اپ ڈیٹ ہوا تھا۔ جب تک یہ کھلا رہے، یہ خود بخود اپ ڈیٹ ہوتا رہتا ہے؛ تازہ ترین معلومات دیکھنے کے لیے اسے دوبارہ لوڈ کریں۔

## The forms to ask something of a complaint.
complaints-request-title-review = اپنی شکایت پر نظرِ ثانی کی درخواست کریں
complaints-request-title-late-review = درخواست کا وقت ختم ہونے کے بعد نظرِ ثانی کی درخواست کریں
complaints-request-title-add-information = اپنی شکایت میں معلومات شامل کریں
complaints-request-title-withdraw = کیا آپ واقعی اپنی شکایت واپس لینا چاہتے ہیں؟
complaints-intro-review = آپ { $day } تک نظرِ ثانی کی درخواست کر سکتے ہیں۔ اب تک جس شخص نے آپ کی شکایت دیکھی ہے، اس کے بجائے کوئی دوسرا شخص اسے دوبارہ دیکھے گا، اور ہم آپ کو اپنا حتمی جواب بھیجیں گے۔ آپ کو وجوہات بتانا ضروری نہیں۔
complaints-intro-late-review = نظرِ ثانی کی درخواست کا وقت { $day } کو ختم ہو گیا تھا۔ آپ اب بھی درخواست کر سکتے ہیں: ہمیں بتائیں کہ آپ اب کیوں درخواست کر رہے ہیں، اور شکایات افسر فیصلہ کریں گے کہ اسے قبول کیا جائے یا نہیں۔ ان کا فیصلہ جو بھی ہو، آپ ہاؤسنگ محتسب (Housing Ombudsman) سے رجوع کر سکتے ہیں۔
complaints-intro-add-information = ہمیں اپنی شکایت کے بارے میں مزید کچھ بھی بتائیں۔ اگر اس کا تعلق اسی شکایت سے ہے اور ہم نے ابھی تک پہلے مرحلے کا جواب نہیں بھیجا، تو ہم اسے اس جواب میں شامل کریں گے۔ آپ کی شکایت دیکھنے والے شخص کو فوراً بتا دیا جاتا ہے۔
complaints-intro-withdraw = اگر آپ اسے واپس لیتے ہیں تو ہم آپ کی شکایت پر کام روک دیں گے اور اسے بند کر دیں گے۔ آپ کسی بھی وقت نئی شکایت کر سکتے ہیں۔
complaints-field-still-unhappy = آپ اب بھی کس بات سے ناخوش ہیں؟ (اختیاری)
complaints-field-still-unhappy-hint = مثال کے طور پر، ہمارے جواب کا کوئی حصہ جس سے آپ متفق نہیں ہیں۔
complaints-field-outcome-wanted = آپ چاہتے ہیں کہ ہم کیا کریں؟ (اختیاری)
complaints-field-late-reason = آپ اب درخواست کیوں کر رہے ہیں؟
complaints-field-late-reason-hint = مثال کے طور پر، آپ ہسپتال میں تھے یا آپ کو ہمارا خط نہیں ملا۔
complaints-field-information = آپ کیا شامل کرنا چاہتے ہیں؟
complaints-field-withdraw-reason = آپ اسے کیوں واپس لے رہے ہیں؟ (اختیاری)
complaints-submit-review = نظرِ ثانی کی درخواست کریں
complaints-submit-late-review = میری درخواست بھیجیں
complaints-submit-add-information = اسے میری شکایت میں شامل کریں
complaints-submit-withdraw = جی ہاں، میری شکایت واپس لے لیں
complaints-keep = نہیں، میری شکایت برقرار رکھیں
complaints-back-to-complaint = شکایت پر واپس جائیں
