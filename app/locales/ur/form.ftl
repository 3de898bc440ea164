# ہر فارم کے حصوں کے الفاظ: مسائل کا خلاصہ، صفحے کے عنوان اور خانے کے پیغام سے پہلے "خرابی:"، اور تاریخ کے تین خانے۔
# The words of the form building blocks every form page uses, in Urdu.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-01)

form-title-error = خرابی: { $title }
form-error-summary-title = ایک مسئلہ ہے
form-error-prefix = خرابی:
form-date-day = دن
form-date-month = مہینہ
form-date-year = سال
