# ہر صفحے کا ڈھانچہ: ہیڈر، زبان کا انتخاب، نیویگیشن، فوٹر اور ہنگامی انتباہ۔
# The frame of every resident page, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

meta-description = Calico Account: Calico Homes سے شکایت کریں، حفاظت سے متعلق خدشے کی اطلاع دیں یا تعریف کریں، اور دیکھیں کہ آگے کیا ہوتا ہے۔
layout-skip-link = مرکزی مواد پر جائیں
layout-language = زبان
layout-menu = مینو
layout-nav-name = مرکزی
layout-nav-home = ہوم
layout-nav-register = رجسٹر کریں
layout-nav-sign-in = سائن ان کریں
layout-nav-complain = شکایت کریں
layout-nav-account = آپ کا اکاؤنٹ
layout-nav-accessibility = رسائی
layout-signed-in-as = سائن ان بطور
layout-footer-contact = Calico Homes سے رابطہ کریں
layout-footer-ombudsman-text = آپ کی شکایت کے بارے میں کسی بھی وقت مفت اور غیر جانبدار مشورہ۔ ہمارا شکایات کا عمل ختم ہونے کے بعد محتسب تحقیقات کر سکتا ہے۔
layout-footer-about = اس سروس کے بارے میں
layout-footer-accessibility = رسائی کا بیان
layout-footer-display = متن کا سائز اور رنگ
layout-footer-rights = شکایت کرنے سے ہماری خدمات پر آپ کے حق پر کبھی کوئی اثر نہیں پڑتا۔
layout-emergency-name = ہنگامی صورت
layout-emergency-danger = اگر کسی کو ابھی خطرہ ہے تو 999 پر کال کریں۔
layout-emergency-repair = ہنگامی مرمت کے لیے ہمیں اس نمبر پر کال کریں:
layout-emergency-out-of-hours = ؛ جب ہمارے دفاتر بند ہوں تو ہماری دفتری اوقات کے بعد کی لائن پر کال کریں:
layout-full-stop = ۔
layout-contact-phone = فون:
layout-contact-email = ای میل:
layout-contact-post = ڈاک:
layout-landlord-hours = صبح 9 بجے سے شام 5 بجے تک، پیر سے جمعہ
layout-keep-page = اس کی نقل رکھنے کے لیے یہ صفحہ پرنٹ کریں یا اپنے براؤزر کے مینو سے اسے PDF کے طور پر محفوظ کریں۔
layout-keep-letter = اس کی نقل رکھنے کے لیے یہ خط پرنٹ کریں یا اپنے براؤزر کے مینو سے اسے PDF کے طور پر محفوظ کریں۔
layout-print-page = یہ صفحہ پرنٹ کریں
layout-print-letter = یہ خط پرنٹ کریں
layout-sign-out = سائن آؤٹ کریں
