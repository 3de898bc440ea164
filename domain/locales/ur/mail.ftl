# اکاؤنٹ کو بھیجی جانے والی ای میلز، اور ہر ای میل کے آخر میں ہماری تفصیلات۔
# The emails an account is sent, in Urdu. Each message is a paragraph; the link follows on its
# own line after a message ending in ":". $hours, $minutes: how long a link works.
# Last checked by a fluent speaker: not yet (first translation, 2026-12-02)

landlord-hours = صبح 9 بجے سے شام 5 بجے تک، پیر سے جمعہ

mail-verify-subject = اپنے Calico Account کے لیے اپنے ای میل ایڈریس کی تصدیق کریں
mail-verify-open = اپنا Calico Account بنانا مکمل کرنے کے لیے، یہ لنک کھول کر اپنے ای میل ایڈریس کی تصدیق کریں:
mail-verify-once = یہ لنک ایک بار، { $hours } گھنٹے تک کام کرتا ہے۔ اگر آپ نے Calico Account نہیں مانگا تو آپ کو کچھ کرنے کی ضرورت نہیں۔

mail-registered-subject = آپ کا Calico Account پہلے سے موجود ہے
mail-registered-tried = کسی نے، غالباً آپ نے، اس ای میل ایڈریس سے Calico Account کے لیے رجسٹر کرنے کی کوشش کی۔
mail-registered-sign-in = آپ کا اکاؤنٹ پہلے سے موجود ہے۔ یہاں سائن ان کریں:
mail-not-you = اگر یہ آپ نہیں تھے تو آپ کو کچھ کرنے کی ضرورت نہیں۔

mail-reset-subject = اپنے Calico Account کا پاس ورڈ دوبارہ بنائیں
mail-reset-open = اپنے Calico Account کے لیے نیا پاس ورڈ چننے کے لیے یہ لنک کھولیں:
mail-reset-once = یہ لنک ایک بار، { $minutes } منٹ تک کام کرتا ہے۔ اگر آپ نے پاس ورڈ دوبارہ بنانے کو نہیں کہا تو آپ کو کچھ کرنے کی ضرورت نہیں: آپ کا پاس ورڈ نہیں بدلا۔

mail-taken-subject = اس ای میل ایڈریس کا Calico Account پہلے سے موجود ہے
mail-taken-nothing = کسی نے ایک Calico Account کو اس ای میل ایڈریس پر منتقل کرنے کو کہا، لیکن اس ایڈریس کا اپنا اکاؤنٹ پہلے سے ہے، اس لیے کچھ نہیں بدلا۔
mail-taken-sign-in = آپ اس ایڈریس سے یہاں سائن ان کر سکتے ہیں:

mail-new-address-subject = اپنے Calico Account کے لیے نئے ای میل ایڈریس کی تصدیق کریں
mail-new-address-open = اس ای میل ایڈریس کو اپنے Calico Account کے لیے استعمال کرنے کے لیے یہ لنک کھولیں:
mail-new-address-once = یہ لنک ایک بار، { $hours } گھنٹے تک کام کرتا ہے۔ تب تک ہم آپ کا پرانا ایڈریس استعمال کرتے رہیں گے۔ اگر آپ نے یہ نہیں کہا تو آپ کو کچھ کرنے کی ضرورت نہیں۔

mail-changed-subject = آپ کے Calico Account کا ای میل ایڈریس بدل گیا ہے
mail-changed-to = آپ کے Calico Account کا ای میل ایڈریس بدل کر { $address } کر دیا گیا ہے۔ اب سے ہم سب کچھ اسی پر بھیجیں گے۔
mail-changed-not-you = اگر یہ آپ نے نہیں کیا تو فوراً ہمیں { $phone } ({ $hours }) پر فون کریں، اور یہاں اپنا پاس ورڈ دوبارہ بنائیں:

mail-invitation-someone = Calico Homes کے ایک رہائشی
mail-invitation-subject = { $who } نے آپ سے Calico Homes کے ساتھ ان کی طرف سے کام کرنے کو کہا ہے
mail-invitation-dear = محترم/محترمہ { $name }،
mail-invitation-asked = { $who } نے آپ سے Calico Homes کو ان کی شکایات میں ان کی طرف سے کام کرنے کو کہا ہے۔ آپ ان کی طرف سے شکایات کر سکیں گے اور دیکھ سکیں گے کہ ان کا کیا ہوتا ہے۔
mail-invitation-asked-until = { $who } نے آپ سے { $day } تک Calico Homes کو ان کی شکایات میں ان کی طرف سے کام کرنے کو کہا ہے۔ آپ ان کی طرف سے شکایات کر سکیں گے اور دیکھ سکیں گے کہ ان کا کیا ہوتا ہے۔
mail-invitation-open = قبول کرنے کے لیے، یہ لنک کھولیں اور اسی ای میل ایڈریس سے سائن ان یا رجسٹر کریں:
mail-invitation-once = یہ لنک ایک بار، { $day } تک کام کرتا ہے۔ اگر آپ یہ نہیں کرنا چاہتے تو آپ کو کچھ کرنے کی ضرورت نہیں۔
mail-invitation-english = یہی پیغام انگریزی میں:

mail-household-subject = کسی نے اپنے Calico Account کو آپ کے گھر سے جوڑنے کو کہا ہے
mail-household-asked = Calico Account { $address } نے آپ کے گھر سے جوڑے جانے کو کہا ہے۔ جڑا ہوا اکاؤنٹ آپ کے گھر کے بارے میں کی گئی شکایات، ان کے بارے میں ہمارے بھیجے گئے خطوط، اور آپ کی طرف سے کام کرنے والوں کو دیکھ سکتا ہے۔
mail-household-decide = اگر آپ انہیں جانتے ہیں (مشترکہ کرایہ دار یا آپ کے گھر کا کوئی فرد)، تو آپ اپنے اکاؤنٹ میں اسے منظور کر سکتے ہیں۔ اگر نہیں جانتے تو وہیں اسے رد کریں، یا کچھ نہ کریں: آپ کی منظوری کے بغیر انہیں وہ ایکٹیویشن کوڈ درکار ہوگا جو ہم آپ کے گھر کے پتے پر ڈاک سے بھیج رہے ہیں۔ آپ کا اکاؤنٹ یہاں ہے:

mail-linked-subject = آپ کا Calico Account آپ کے گھر سے جڑ گیا ہے
mail-linked-approved = آپ کا Calico Account اب آپ کے گھر سے جڑ گیا ہے: اس سے پہلے سے جڑے کسی فرد نے آپ کی درخواست منظور کر لی۔ اسے دیکھنے کے لیے سائن ان کریں:
