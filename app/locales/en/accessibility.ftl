# The accessibility statement, and the page for choosing the text size and colours (/display).
# Last checked by a fluent speaker: 2026-12-01

accessibility-title = Accessibility statement
accessibility-heading = Accessibility statement for Calico Account
accessibility-lead = Calico Homes runs Calico Account. We want as many people as possible to be able to use it.
accessibility-able = You should be able to:
accessibility-able-zoom = zoom in up to 400% without the text spilling off the screen
accessibility-able-phone = use it on a small phone screen, 320 pixels wide
accessibility-able-keyboard = get from the start of a form to the end using just a keyboard
accessibility-able-screen-reader = use it with a screen reader, such as NVDA, JAWS, VoiceOver or TalkBack
accessibility-able-no-script = use every form with JavaScript turned off
# "… on the [text size and colours] page, with or without JavaScript": the middle piece is a link.
accessibility-able-display-before = make the text larger, or show every page in high contrast, on the
accessibility-able-display-link = text size and colours
accessibility-able-display-after = page, with or without JavaScript
accessibility-able-settings = change colours, contrast levels and fonts using your browser or device settings: the pages follow your device's contrast and colour themes, and move nothing if you ask for reduced motion
accessibility-how-heading = How accessible this service is
accessibility-how-text = We design Calico Account to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every page is tested in a real browser, with and without JavaScript, by automated accessibility checks and by keyboard.
accessibility-how-limits = We know automated checks do not find every problem. If you find one, please tell us so we can fix it.
accessibility-formats-heading = Information in another format or language
accessibility-formats-text =
    We can give you any letter or page in large print, audio or Braille. We arrange interpreters by phone through Language Line. A written translation can take up to { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
accessibility-formats-letters = Every letter in your account has a large-print version to read or print. If you ask for your letters in Braille, as audio or in another language (when you make a complaint, or in your contact preferences), we send each letter that way too, and the letter itself tells you the day it will reach you by.
# "Call us on [phone] ([hours]) or email [address]. Tell us what you need, …": the phone number
# and the email address are links between these three pieces; the last follows the address
# without a space.
accessibility-contact-call = Call us on
accessibility-contact-email = ({ $hours }) or email
accessibility-contact-after = . Tell us what you need, and we will also record it on your account so you do not have to ask again.
accessibility-reporting-heading = Reporting accessibility problems
# $within is a span such as "2 working days" (common-span-*).
accessibility-reporting-text = If you have a problem using Calico Account, or you think we are not meeting accessibility requirements, contact us in the same way. We will reply within { $within }.
accessibility-enforcement-heading = Enforcement procedure
accessibility-enforcement-text = The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If you are not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).
accessibility-preparation-heading = Preparation of this statement
accessibility-preparation-text = This statement was prepared on 22 November 2026. It is reviewed whenever the service changes, and at least once a year.

## The text size and colours page (/display).

accessibility-display-title = Text size and colours
accessibility-display-save = Save
accessibility-display-intro-signed-in = Choose how every page is shown. We remember it on this device, and on your account for the next device you sign in on.
accessibility-display-intro-signed-out = Choose how every page is shown. We remember it on this device with a cookie that holds only this choice.
accessibility-display-browser = Your browser's own settings work too: zoom (up to 400%), its text size, and your device's contrast or colour themes.
accessibility-display-back = Go back to the page you were on
accessibility-display-text-legend = Text size
accessibility-display-text-standard = Standard
accessibility-display-text-larger = Larger
accessibility-display-text-largest = Largest
accessibility-display-colours-legend = Colours
accessibility-display-colours-standard = Standard colours
accessibility-display-colours-high = High contrast: black on white
# Once saved, when the text size and colours are both the standard ones.
accessibility-display-saved-standard = Saved. Pages are shown with the standard text size and colours.
# Once saved, otherwise: $text is standard, larger or largest; $colours is standard or high.
accessibility-display-saved =
    Saved. Pages are shown with { $text ->
        [larger] larger
        [largest] largest
       *[standard] standard
    } text and { $colours ->
        [high] high contrast
       *[standard] the standard colours
    }.
