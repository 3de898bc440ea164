# The frame of every resident page: header, language switch, navigation, footer, and the
# emergency warning.
# Last checked by a fluent speaker: 2026-12-01

meta-description = Calico Account: make a complaint, report a safety concern or give a compliment to Calico Homes, and follow what happens next.
layout-skip-link = Skip to main content
layout-language = Language
layout-menu = Menu
layout-nav-name = Main
layout-nav-home = Home
layout-nav-register = Register
layout-nav-sign-in = Sign in
layout-nav-complain = Make a complaint
layout-nav-account = Your account
layout-nav-accessibility = Accessibility
layout-signed-in-as = Signed in as
layout-footer-contact = Contact Calico Homes
layout-footer-ombudsman-text = Free, impartial advice about your complaint at any time. The Ombudsman can investigate once our complaints process has ended.
layout-footer-about = About this service
layout-footer-accessibility = Accessibility statement
layout-footer-display = Text size and colours
layout-footer-rights = Making a complaint never affects your right to our services.
layout-emergency-name = Emergency
layout-emergency-danger = If someone is in danger now, call 999.
layout-emergency-repair = For an emergency repair, call us on
layout-emergency-out-of-hours = ; when our offices are closed, call our out-of-hours line on
layout-full-stop = .
layout-contact-phone = Phone:
layout-contact-email = Email:
layout-contact-post = Post:
layout-landlord-hours = 9am to 5pm, Monday to Friday
layout-keep-page = To keep a copy, print this page or save it as a PDF from your browser's menu.
layout-keep-letter = To keep a copy, print this letter or save it as a PDF from your browser's menu.
layout-print-page = Print this page
layout-print-letter = Print this letter
layout-sign-out = Sign out
