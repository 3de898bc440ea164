# The letters a resident has been sent, and the page around one letter. The letters
# themselves are written in the resident's language (domain/locales).
# Last checked by a fluent speaker: 2026-12-02

letters-title = Your letters
letters-intro = The letters we have sent about your complaints, newest first. Each is also sent to you as you asked us to contact you.
letters-none = We have not sent you any letters yet.
letters-back-to-account = Back to your account
letters-all = All your letters
letters-standard-print = Standard print version of this letter
letters-large-print = Large print version of this letter (18 point), to read or print
# $how: email or post; $when: a day and time (complaints-at-time).
letters-sent = { $how ->
        [email] Sent by email
       *[post] Sent by post
    } on { $when }.
