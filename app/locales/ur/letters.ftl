# وہ خط جو ہم نے رہائشی کو بھیجے، اور ایک خط کے گرد کا صفحہ۔ خط خود رہائشی کی زبان میں
# ہیں (domain/locales)۔
# The letters pages, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

letters-title = آپ کے خط
letters-intro = وہ خط جو ہم نے آپ کی شکایات کے بارے میں بھیجے ہیں، سب سے نیا پہلے۔ ہر خط آپ کو اسی طریقے سے بھی بھیجا جاتا ہے جس طرح آپ نے ہم سے رابطہ کرنے کو کہا ہے۔
letters-none = ہم نے ابھی تک آپ کو کوئی خط نہیں بھیجا۔
letters-back-to-account = اپنے اکاؤنٹ پر واپس جائیں
letters-all = آپ کے تمام خط
letters-standard-print = اس خط کا عام چھپائی والا ورژن
letters-large-print = اس خط کا بڑے حروف والا ورژن (18 پوائنٹ)، پڑھنے یا پرنٹ کرنے کے لیے
letters-sent = { $how ->
        [email] ای میل سے
       *[post] ڈاک سے
    } بھیجا گیا: { $when }۔
