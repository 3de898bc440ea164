# ہر فارم کے حصوں کے الفاظ: مسائل کا خلاصہ، صفحے کے عنوان اور خانے کے پیغام سے پہلے "خرابی:"، اور تاریخ کے تین خانے۔
# The words of the form building blocks every form page uses, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

form-title-error = خرابی: { $title }
form-error-summary-title = ایک مسئلہ ہے
form-error-prefix = خرابی:
form-date-day = دن
form-date-month = مہینہ
form-date-year = سال
form-unreachable = ہم Calico Homes تک نہیں پہنچ سکے۔ اپنا کنکشن چیک کریں، پھر دوبارہ کوشش کریں: آپ نے جو لکھا ہے وہ یہیں موجود ہے اور اس ڈیوائس پر محفوظ ہے۔
form-restored = آپ نے اس ڈیوائس پر جو لکھا تھا اور جو محفوظ ہونے سے پہلے رہ گیا تھا، ہم نے اسے واپس رکھ دیا ہے۔ اسے چیک کریں، پھر آگے بڑھیں۔
