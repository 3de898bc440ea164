# What happens after something is filed: on the page that confirms it and in the email
# (domain::filing). $kind is complaint, concern (a safety concern) or compliment.
# Last checked by a fluent speaker: 2026-12-01

filed-complaint-acknowledge = We will contact you to acknowledge your complaint by { $limit }. We aim to do it sooner: by { $target }.
# $unit is working (working days) or calendar (every day counts).
filed-complaint-response =
    { $unit ->
        [working] { $count ->
            [one] When we acknowledge it, we will tell you who is handling it and the date our full response is due: within { $count } working day of the acknowledgement.
           *[other] When we acknowledge it, we will tell you who is handling it and the date our full response is due: within { $count } working days of the acknowledgement.
        }
       *[calendar] { $count ->
            [one] When we acknowledge it, we will tell you who is handling it and the date our full response is due: within { $count } day of the acknowledgement.
           *[other] When we acknowledge it, we will tell you who is handling it and the date our full response is due: within { $count } days of the acknowledgement.
        }
    }
filed-complaint-review = If you are not happy with our response, you can ask for your complaint to be reviewed at Stage 2.
filed-concern-danger = You told us someone is in danger now: call 999 if you have not already.
filed-concern-today = We act on safety concerns straight away. A member of our staff will look at it today and decide how urgent it is.
filed-concern-closed = We act on safety concerns straight away. Our offices are closed today: a member of our staff will look at it on { $day }, when we open, and decide how urgent it is. For an emergency repair before then, call our out-of-hours line on { $phone }.
filed-concern-contact = We will contact you to tell you what we are doing about it.
filed-compliment = We will pass your thanks to the colleague's manager, and let you know we have by { $day }.

# For someone acting for a resident whose consent is not yet verified.
filed-consent-check = We will check with the resident that they agree to you acting for them. Until they have, we cannot share their details or what happens with the complaint with you.
filed-consent-meanwhile = We will act on it in the meantime, and contact the resident directly.

## The email that confirms it
filed-mail-subject =
    { $kind ->
        [concern] We have received your safety concern: { $reference }
        [compliment] We have received your compliment: { $reference }
       *[complaint] We have received your complaint: { $reference }
    }
filed-mail-thanks =
    { $kind ->
        [concern] Thank you. We received your safety concern on { $day }.
        [compliment] Thank you. We received your compliment on { $day }.
       *[complaint] Thank you. We received your complaint on { $day }.
    }
filed-mail-reference = Your reference is { $reference }. Please quote it if you contact us about it.
filed-mail-next = What happens next
filed-mail-account = You can see it in your Calico Account. To talk to us, call { $phone } ({ $hours }) or email { $email }.
filed-mail-ombudsman = You can contact the Housing Ombudsman Service at any time: { $phone }, { $email }.

## A complaint, concern or compliment a colleague logged for the resident (domain::logged)
logged-how =
    { $channel ->
        [online] online
        [phone] by phone
        [in_person] in person
        [letter] by letter
        [email] by email
       *[social_media] through social media
    }
logged-thanks =
    { $kind ->
        [concern] Thank you for your safety concern, which you made { $how } and we received on { $day }. We have recorded it under the reference { $reference }. Please quote it if you contact us about it.
        [compliment] Thank you for your compliment, which you made { $how } and we received on { $day }. We have recorded it under the reference { $reference }. Please quote it if you contact us about it.
       *[complaint] Thank you for your complaint, which you made { $how } and we received on { $day }. We have recorded it under the reference { $reference }. Please quote it if you contact us about it.
    }
logged-anything-wrong = If we have recorded anything wrongly, please tell us: call { $phone } ({ $hours }) or email { $email }. If you register for Calico Account with your rent reference, you can follow it there.
