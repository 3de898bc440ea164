//! The emails an account is sent, in the language they are written in: confirming an address,
//! resetting a password, changing the address, an invitation to act for a resident, a request
//! to link to a home. Every email ends with the landlord's details ([`signature`]). The words
//! are in `domain/locales/<code>/mail.ftl`.

use chrono::NaiveDate;

use crate::contact::LANDLORD;
use crate::language::Language;
use crate::words::{say, Value};

/// An email's subject and text, without its addressee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub subject: String,
    pub body: String,
}

/// The language an email to an account is written in: the account's, when its holder asked
/// for one the emails are written in (`preference`, as recorded), otherwise the language of
/// the page the email answers (`page`: whoever asked for it is reading that).
pub fn language_for(preference: &str, page: Language) -> Language {
    match Language::from_preference(preference) {
        Some(language) if !preference.trim().is_empty() => language,
        _ => page,
    }
}

/// The landlord's office hours, in `language`.
pub fn opening_hours(language: Language) -> String {
    say(language, "landlord-hours", &[])
}

/// What every email ends with: who we are and how to reach us.
pub fn signature(language: Language) -> String {
    format!(
        "{}\n{} ({})\n{}",
        LANDLORD.name,
        LANDLORD.phone,
        opening_hours(language),
        LANDLORD.email
    )
}

/// Paragraphs, then the signature.
fn written(language: Language, subject: String, paragraphs: &[String]) -> Written {
    let mut body = paragraphs.join("\n\n");
    body.push_str("\n\n");
    body.push_str(&signature(language));
    Written { subject, body }
}

fn hours(n: i64) -> [(&'static str, Value<'static>); 1] {
    [("hours", Value::Number(n))]
}

/// Asks a new account's holder to confirm their address by following `link`, which works for
/// `hours`.
pub fn verification(language: Language, link: &str, valid_hours: i64) -> Written {
    written(
        language,
        say(language, "mail-verify-subject", &[]),
        &[
            say(language, "mail-verify-open", &[]),
            link.to_owned(),
            say(language, "mail-verify-once", &hours(valid_hours)),
        ],
    )
}

/// Tells an address that already has an account that someone tried to register with it.
pub fn already_registered(language: Language, sign_in: &str) -> Written {
    written(
        language,
        say(language, "mail-registered-subject", &[]),
        &[
            say(language, "mail-registered-tried", &[]),
            say(language, "mail-registered-sign-in", &[]),
            sign_in.to_owned(),
            say(language, "mail-not-you", &[]),
        ],
    )
}

/// A password reset link, which works for `minutes`.
pub fn password_reset(language: Language, link: &str, minutes: i64) -> Written {
    written(
        language,
        say(language, "mail-reset-subject", &[]),
        &[
            say(language, "mail-reset-open", &[]),
            link.to_owned(),
            say(
                language,
                "mail-reset-once",
                &[("minutes", Value::Number(minutes))],
            ),
        ],
    )
}

/// Tells an address that has its own account that another asked to move to it.
pub fn address_taken(language: Language, sign_in: &str) -> Written {
    written(
        language,
        say(language, "mail-taken-subject", &[]),
        &[
            say(language, "mail-taken-nothing", &[]),
            say(language, "mail-taken-sign-in", &[]),
            sign_in.to_owned(),
        ],
    )
}

/// Asks the holder to confirm a new address by following `link`, which works for `hours`.
pub fn confirm_new_address(language: Language, link: &str, valid_hours: i64) -> Written {
    written(
        language,
        say(language, "mail-new-address-subject", &[]),
        &[
            say(language, "mail-new-address-open", &[]),
            link.to_owned(),
            say(language, "mail-new-address-once", &hours(valid_hours)),
        ],
    )
}

/// Tells the old address that the account's address is now `new_address`, and how to undo a
/// change its holder did not make (`reset`: where to reset the password).
pub fn address_changed(language: Language, new_address: &str, reset: &str) -> Written {
    written(
        language,
        say(language, "mail-changed-subject", &[]),
        &[
            say(
                language,
                "mail-changed-to",
                &[("address", Value::Text(new_address))],
            ),
            say(
                language,
                "mail-changed-not-you",
                &[
                    ("phone", Value::Text(LANDLORD.phone)),
                    ("hours", Value::Text(&opening_hours(language))),
                ],
            ),
            reset.to_owned(),
        ],
    )
}

/// An invitation to act for a resident.
#[derive(Debug, Clone, Copy)]
pub struct Invitation<'a> {
    /// The resident's name, if their account has one.
    pub from: Option<&'a str>,
    /// The name of the person invited.
    pub to: &'a str,
    /// The last day they would act for the resident, if the resident set one.
    pub until: Option<NaiveDate>,
    /// Where to accept.
    pub link: &'a str,
    /// The last day the link works.
    pub link_works_until: NaiveDate,
}

/// The invitation in `language` (the resident's), followed by the same in English when that
/// is another language: the person invited may not read the resident's.
pub fn invitation(language: Language, invitation: &Invitation<'_>) -> Written {
    let paragraphs = |language: Language| {
        let someone = say(language, "mail-invitation-someone", &[]);
        let who = Value::Text(invitation.from.unwrap_or(&someone));
        let asked = match invitation.until {
            Some(day) => say(
                language,
                "mail-invitation-asked-until",
                &[("who", who), ("day", Value::Day(day))],
            ),
            None => say(language, "mail-invitation-asked", &[("who", who)]),
        };
        vec![
            say(
                language,
                "mail-invitation-dear",
                &[("name", Value::Text(invitation.to))],
            ),
            asked,
            say(language, "mail-invitation-open", &[]),
            invitation.link.to_owned(),
            say(
                language,
                "mail-invitation-once",
                &[("day", Value::Day(invitation.link_works_until))],
            ),
        ]
    };
    let subject = |language: Language| {
        let someone = say(language, "mail-invitation-someone", &[]);
        say(
            language,
            "mail-invitation-subject",
            &[("who", Value::Text(invitation.from.unwrap_or(&someone)))],
        )
    };
    let mut text = paragraphs(language);
    if language != Language::English {
        text.push(say(language, "mail-invitation-english", &[]));
        text.extend(paragraphs(Language::English));
    }
    written(language, subject(language), &text)
}

/// Tells an account linked to a home that the account `asking` asked to join it; `account`
/// is where to approve or decline.
pub fn household_asked(language: Language, asking: &str, account: &str) -> Written {
    written(
        language,
        say(language, "mail-household-subject", &[]),
        &[
            say(
                language,
                "mail-household-asked",
                &[("address", Value::Text(asking))],
            ),
            say(language, "mail-household-decide", &[]),
            account.to_owned(),
        ],
    )
}

/// Tells the asker that someone linked to the home approved their request.
pub fn linked(language: Language, account: &str) -> Written {
    written(
        language,
        say(language, "mail-linked-subject", &[]),
        &[
            say(language, "mail-linked-approved", &[]),
            account.to_owned(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://account.example/verify-email?token=abc";

    fn every_email(language: Language) -> Vec<Written> {
        let day = NaiveDate::from_ymd_opt(2026, 12, 16).expect("a day");
        vec![
            verification(language, LINK, 24),
            already_registered(language, LINK),
            password_reset(language, LINK, 60),
            address_taken(language, LINK),
            confirm_new_address(language, LINK, 24),
            address_changed(language, "new@example.com", LINK),
            invitation(
                language,
                &Invitation {
                    from: Some("Sam Resident"),
                    to: "Alex Advocate",
                    until: Some(day),
                    link: LINK,
                    link_works_until: day,
                },
            ),
            household_asked(language, "asker@example.com", LINK),
            linked(language, LINK),
        ]
    }

    #[test]
    fn every_email_has_its_link_on_a_line_of_its_own_and_ends_with_how_to_reach_us() {
        for language in Language::ALL {
            for mail in every_email(language) {
                assert!(
                    mail.body.lines().any(|line| line == LINK),
                    "{language:?}: {}",
                    mail.body
                );
                assert!(mail.body.ends_with(&signature(language)), "{}", mail.body);
                assert!(!mail.subject.is_empty() && !mail.subject.contains('\n'));
            }
        }
    }

    #[test]
    fn emails_are_written_in_the_language_asked_for() {
        let english = verification(Language::English, LINK, 24);
        assert_eq!(
            english.subject,
            "Confirm your email address for your Calico Account"
        );
        assert!(
            english.body.contains("The link works once, for 24 hours."),
            "{}",
            english.body
        );
        assert!(english.body.ends_with(
            "Calico Homes\n01282 686300 (9am to 5pm, Monday to Friday)\ncontact@calicohomes.org.uk"
        ));
        let polish = verification(Language::Polish, LINK, 24);
        assert!(polish.body.contains("przez 24 godziny"), "{}", polish.body);
        assert!(polish.body.contains("od 9:00 do 17:00"), "{}", polish.body);
        let one = password_reset(Language::Polish, LINK, 60);
        assert!(one.body.contains("60 minut"), "{}", one.body);
        let urdu = password_reset(Language::Urdu, LINK, 60);
        assert_eq!(urdu.subject, "اپنے Calico Account کا پاس ورڈ دوبارہ بنائیں");
        assert!(urdu.body.contains("منٹ"), "{}", urdu.body);
    }

    #[test]
    fn an_invitation_in_another_language_says_it_again_in_english() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 16).expect("a day");
        let invited = Invitation {
            from: None,
            to: "Alex Advocate",
            until: None,
            link: LINK,
            link_works_until: day,
        };
        let english = invitation(Language::English, &invited);
        assert!(english
            .body
            .starts_with("Dear Alex Advocate,\n\nA Calico Homes resident has asked you"));
        assert!(english.body.contains("until Wednesday 16 December 2026."));
        assert_eq!(english.body.matches(LINK).count(), 1);
        let polish = invitation(Language::Polish, &invited);
        assert!(
            polish.body.starts_with("Szanowny/Szanowna Alex Advocate,"),
            "{}",
            polish.body
        );
        assert!(polish
            .body
            .contains("Ta sama wiadomość po angielsku:\n\nDear Alex Advocate,"));
        assert!(
            polish.body.contains("do dnia środa, 16 grudnia 2026"),
            "{}",
            polish.body
        );
        assert_eq!(polish.body.matches(LINK).count(), 2, "the link in both");
        assert_eq!(
            polish.subject,
            "Mieszkaniec Calico Homes prosi, abyś działał(a) w jego imieniu wobec Calico Homes"
        );
    }

    #[test]
    fn an_account_s_own_language_comes_before_the_page_s() {
        assert_eq!(language_for("Urdu", Language::Polish), Language::Urdu);
        assert_eq!(language_for("polski", Language::English), Language::Polish);
        assert_eq!(language_for("English", Language::Urdu), Language::English);
        assert_eq!(
            language_for("", Language::Urdu),
            Language::Urdu,
            "no language asked for: the page's"
        );
        assert_eq!(
            language_for("Bengali", Language::Polish),
            Language::Polish,
            "one the emails are not written in: the page's"
        );
    }
}
