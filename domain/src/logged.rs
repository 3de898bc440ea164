//! A complaint, safety concern or compliment made another way (policy 2024 §4.1, §4.3: in
//! person, in writing, by phone, by email, through social media), logged by a colleague for
//! the resident. The clock runs from when the landlord received it, not from when it was
//! logged; the resident is told in their chosen way of contact, as for every letter.
//!
//! The colleague's form sends the same answers as the resident's own pages ([`Draft`]), plus
//! the channel, the time it was received and, for a resident without an account, their name
//! and email address.

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use crate::calendar::{london_date, Calendar};
use crate::contact::{HOUSING_OMBUDSMAN, LANDLORD};
#[cfg(feature = "words")]
use crate::filing::next_steps;
use crate::filing::{Draft, Filing, Purpose, Submission};
use crate::forms::{field_error, Field, FieldError};
use crate::letters::Letter;
use crate::preferences::{ContactMethod, PersonName};
use crate::standard::ServiceStandard;
use crate::values::{Email, PhoneNumber};

/// How the landlord received it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Channel {
    /// Filed by the resident (or their representative) in Calico Account.
    Online,
    Phone,
    InPerson,
    Letter,
    Email,
    SocialMedia,
}

impl Channel {
    pub const ALL: [Self; 6] = [
        Self::Online,
        Self::Phone,
        Self::InPerson,
        Self::Letter,
        Self::Email,
        Self::SocialMedia,
    ];
    /// The channels a colleague logs from: every one but the account itself.
    pub const LOGGED: [Self; 5] = [
        Self::Phone,
        Self::InPerson,
        Self::Letter,
        Self::Email,
        Self::SocialMedia,
    ];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// For the console and reports: "In person".
    pub fn label(self) -> &'static str {
        match self {
            Self::Online => "Online (Calico Account)",
            Self::Phone => "Phone",
            Self::InPerson => "In person",
            Self::Letter => "Letter",
            Self::Email => "Email",
            Self::SocialMedia => "Social media",
        }
    }

    /// In a sentence: "you made it by phone".
    pub fn how(self) -> &'static str {
        match self {
            Self::Online => "online",
            Self::Phone => "by phone",
            Self::InPerson => "in person",
            Self::Letter => "by letter",
            Self::Email => "by email",
            Self::SocialMedia => "through social media",
        }
    }
}

/// The longest ago something may be logged as received: a year, so that a mistyped year
/// (2025 for 2026) is caught rather than filed as a year overdue and counted in the wrong
/// reporting year.
pub const RECEIVED_WITHIN: TimeDelta = TimeDelta::days(366);

/// Who it is logged for, as far as the form needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// A resident with an account: their name and email come from it.
    Account,
    /// A tenancy in the register, for a resident without an account: the colleague gives the
    /// name (the register's lead tenant, unless changed) and any email address.
    Tenancy,
}

/// The colleague's answers, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogAnswers {
    pub channel: String,
    /// A London wall-clock time, as a `datetime-local` box sends it.
    pub received_at: String,
    pub name: String,
    pub email: String,
    /// The kind (`purpose`), what it is about, and the contact preferences, named as on the
    /// resident's own pages.
    pub draft: Draft,
}

/// A checked log, ready to file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub channel: Channel,
    pub received_at: DateTime<FixedOffset>,
    pub submission: Submission,
    /// For a resident without an account.
    pub name: Option<PersonName>,
    pub email: Option<Email>,
}

impl LogAnswers {
    /// The answers a browser (or the API, as pairs) sent. Names that are not answers are
    /// ignored; the contact preferences always count as answered.
    pub fn from_form(form: &[(String, String)]) -> Self {
        let mut answers = Self::default();
        answers.draft.support = Some(Default::default());
        for (name, value) in form {
            match name.as_str() {
                "channel" => answers.channel = value.clone(),
                "received_at" => answers.received_at = value.clone(),
                "name" => answers.name = value.clone(),
                "email" => answers.email = value.clone(),
                _ => {
                    answers.draft.answer(name, value);
                }
            }
        }
        answers
    }

    /// The kind chosen, if it is one a colleague logs.
    pub fn purpose(&self) -> Option<Purpose> {
        Purpose::from_code(self.draft.purpose.trim()).filter(|p| *p != Purpose::Repair)
    }

    /// Every answer checked at `now`, or every problem, in the form's order.
    pub fn parse(&self, now: DateTime<Utc>, resident: For) -> Result<Logged, Vec<FieldError>> {
        let mut errors = Vec::new();
        let channel = Channel::from_code(self.channel.trim()).filter(|c| *c != Channel::Online);
        if channel.is_none() {
            errors.push(field_error(
                Field::Channel,
                "Select how the resident contacted us",
            ));
        }
        let received_at = received(&self.received_at, now)
            .map_err(|e| errors.push(field_error(Field::ReceivedAt, e)))
            .ok();
        // What it is about is judged on the day it was received, as if filed then.
        let day = received_at
            .map(|t| london_date(&t))
            .unwrap_or_else(|| london_date(&now));
        let filing = match self.purpose() {
            None => {
                errors.push(field_error(
                    Field::Purpose,
                    "Select whether it is a complaint, a safety concern or a compliment",
                ));
                None
            }
            Some(Purpose::Complaint) => {
                let details = self.draft.complaint(day).map_err(|e| errors.extend(e)).ok();
                let late = match self.draft.months_late(day) {
                    Some(_) => self
                        .draft
                        .late_reason()
                        .map(Some)
                        .map_err(|e| errors.extend(e))
                        .ok(),
                    None => Some(None),
                };
                details.zip(late).map(|(mut details, late)| {
                    details.late_reason = late;
                    Filing::Complaint(details)
                })
            }
            Some(Purpose::Concern) => self
                .draft
                .concern()
                .map(Filing::Concern)
                .map_err(|e| errors.extend(e))
                .ok(),
            Some(Purpose::Compliment) | Some(Purpose::Repair) => self
                .draft
                .compliment()
                .map(Filing::Compliment)
                .map_err(|e| errors.extend(e))
                .ok(),
        };
        let (name, email) = match resident {
            For::Account => (None, None),
            For::Tenancy => {
                let name = PersonName::parse(&self.name, "Their name", "their name")
                    .map_err(|e| errors.push(field_error(Field::Name, e)))
                    .ok();
                let email = if self.email.trim().is_empty() {
                    None
                } else {
                    Email::parse(&self.email)
                        .map_err(|e| errors.push(field_error(Field::Email, e)))
                        .ok()
                };
                (name, email)
            }
        };
        let support = self.draft.support().map_err(|e| errors.extend(e)).ok();
        if resident == For::Tenancy
            && email.is_none()
            && self.email.trim().is_empty()
            && support.as_ref().map(|s| s.contact_method) == Some(ContactMethod::Email)
        {
            errors.push(field_error(
                Field::Email,
                "Enter their email address, or choose phone call or letter as the way to contact them",
            ));
        }
        match (channel, received_at, filing, support) {
            (Some(channel), Some(received_at), Some(filing), Some(support))
                if errors.is_empty() =>
            {
                Ok(Logged {
                    channel,
                    received_at,
                    submission: Submission {
                        filing,
                        on_behalf: None,
                        support,
                    },
                    name: name.filter(|_| resident == For::Tenancy),
                    email,
                })
            }
            _ => Err(errors),
        }
    }
}

/// When it was received: a London time, not after `now`, and within [`RECEIVED_WITHIN`].
pub fn received(text: &str, now: DateTime<Utc>) -> Result<DateTime<FixedOffset>, String> {
    if text.trim().is_empty() {
        return Err("Enter when we received it, as a date and a 24-hour time".into());
    }
    let at = crate::steps::parse_local_time(text)?;
    // A time typed to the minute is "now" until the minute is over.
    if at.to_utc() > now + TimeDelta::seconds(59) {
        return Err(format!(
            "When we received it must be now or earlier: it is now {}",
            crate::steps::long_time(&now)
        ));
    }
    if at.to_utc() < now - RECEIVED_WITHIN {
        return Err("When we received it must be within the last year: check the year".into());
    }
    Ok(at)
}

/// The acknowledgement sent to a resident whose complaint, concern or compliment a colleague
/// logged: what they told us, how and when we received it, and what happens next (the same
/// words as the confirmation of one filed online), in the language their letters are written
/// in (`crate::letters::written_in`).
#[cfg(feature = "words")]
pub fn acknowledgement(
    reference: &str,
    channel: Channel,
    submission: &Submission,
    received: NaiveDate,
    calendar: &Calendar,
    standard: &ServiceStandard,
    out_of_hours: &PhoneNumber,
) -> Letter {
    use crate::words::{say, Value};
    let language = crate::letters::written_in(submission.support.language.as_str());
    let kind = ("kind", Value::Text(submission.filing.kind()));
    let reference = ("reference", Value::Text(reference));
    let mut paragraphs = vec![say(
        language,
        "logged-thanks",
        &[
            kind,
            reference,
            (
                "how",
                Value::Text(&say(
                    language,
                    "logged-how",
                    &[("channel", Value::Text(channel.code()))],
                )),
            ),
            ("day", Value::Day(received)),
        ],
    )];
    paragraphs.extend(next_steps(
        &submission.filing,
        received,
        calendar,
        standard,
        out_of_hours,
        language,
    ));
    paragraphs.push(say(
        language,
        "logged-anything-wrong",
        &[
            ("phone", Value::Text(LANDLORD.phone)),
            ("hours", Value::Text(&crate::mail::opening_hours(language))),
            ("email", Value::Text(LANDLORD.email)),
        ],
    ));
    if matches!(submission.filing, Filing::Complaint(_)) {
        paragraphs.push(say(
            language,
            "filed-mail-ombudsman",
            &[
                ("phone", Value::Text(HOUSING_OMBUDSMAN.phone)),
                ("email", Value::Text(HOUSING_OMBUDSMAN.email)),
            ],
        ));
    }
    Letter {
        subject: say(language, "filed-mail-subject", &[kind, reference]),
        paragraphs,
        language,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        // Tuesday 1 December 2026, 10:00 in London (GMT).
        Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()
    }

    fn form(pairs: &[(&str, &str)]) -> LogAnswers {
        LogAnswers::from_form(
            &pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect::<Vec<_>>(),
        )
    }

    fn complaint(extra: &[(&str, &str)]) -> LogAnswers {
        let mut pairs = vec![
            ("purpose", "complaint"),
            ("channel", "phone"),
            ("received_at", "2026-11-30T16:45"),
            (
                "what_happened",
                "The repair to my boiler was cancelled three times.",
            ),
            ("incident_day", "20"),
            ("incident_month", "11"),
            ("incident_year", "2026"),
            ("outcome", "Fix the boiler and say sorry."),
            ("contact_method", "letter"),
            ("name", "Sam Khan"),
        ];
        pairs.extend_from_slice(extra);
        form(&pairs)
    }

    fn fields(errors: &[FieldError]) -> Vec<Field> {
        errors.iter().map(|e| e.field).collect()
    }

    #[test]
    fn a_phone_complaint_is_received_when_the_resident_called() {
        let logged = complaint(&[]).parse(now(), For::Tenancy).unwrap();
        assert_eq!(logged.channel, Channel::Phone);
        assert_eq!(
            london_date(&logged.received_at),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        );
        assert_eq!(logged.name.unwrap().as_ref(), "Sam Khan");
        assert!(matches!(logged.submission.filing, Filing::Complaint(_)));
        assert_eq!(
            logged.submission.support.contact_method,
            ContactMethod::Letter
        );
        assert!(logged.submission.on_behalf.is_none());
    }

    #[test]
    fn an_account_holders_name_and_email_come_from_their_account() {
        let logged = complaint(&[("name", ""), ("email", "not an email")])
            .parse(now(), For::Account)
            .unwrap();
        assert_eq!((logged.name, logged.email), (None, None));
    }

    #[test]
    fn every_problem_is_named_beside_its_box() {
        let errors = form(&[("contact_method", "")])
            .parse(now(), For::Tenancy)
            .unwrap_err();
        assert_eq!(
            fields(&errors),
            vec![
                Field::Channel,
                Field::ReceivedAt,
                Field::Purpose,
                Field::Name,
                Field::ContactMethod
            ]
        );
        let errors = complaint(&[("channel", "online")])
            .parse(now(), For::Tenancy)
            .unwrap_err();
        assert_eq!(
            fields(&errors),
            vec![Field::Channel],
            "online is the resident's own"
        );
        let errors = complaint(&[("purpose", "repair")])
            .parse(now(), For::Tenancy)
            .unwrap_err();
        assert_eq!(fields(&errors), vec![Field::Purpose]);
    }

    #[test]
    fn it_cannot_have_been_received_in_the_future_or_over_a_year_ago() {
        for (at, says) in [
            ("2026-12-01T10:05", "now or earlier"),
            ("2025-11-30T09:00", "within the last year"),
            ("yesterday", "24-hour time"),
            ("2026-03-29T01:30", "clocks went forward"),
        ] {
            let errors = complaint(&[("received_at", at)])
                .parse(now(), For::Tenancy)
                .unwrap_err();
            assert_eq!(fields(&errors), vec![Field::ReceivedAt], "{at}");
            assert!(
                errors[0].message.contains(says),
                "{at}: {}",
                errors[0].message
            );
        }
        // The minute it is now counts as now.
        assert!(complaint(&[("received_at", "2026-12-01T10:00")])
            .parse(now(), For::Tenancy)
            .is_ok());
    }

    #[test]
    fn an_old_incident_is_judged_from_the_day_it_was_received() {
        // Received 30 November 2026 about 1 November 2025: over 12 months, so the reason is asked.
        let old = complaint(&[
            ("incident_year", "2025"),
            ("incident_month", "11"),
            ("incident_day", "1"),
        ]);
        let errors = old.parse(now(), For::Tenancy).unwrap_err();
        assert_eq!(fields(&errors), vec![Field::LateReason]);
        let logged = complaint(&[
            ("incident_year", "2025"),
            ("incident_month", "11"),
            ("incident_day", "1"),
            ("late_reason", "I was in hospital."),
        ])
        .parse(now(), For::Tenancy)
        .unwrap();
        let Filing::Complaint(details) = logged.submission.filing else {
            panic!("a complaint")
        };
        assert!(details.late_reason.is_some());
    }

    #[test]
    fn a_resident_without_an_account_needs_an_email_address_to_be_emailed() {
        let errors = complaint(&[("contact_method", "email")])
            .parse(now(), For::Tenancy)
            .unwrap_err();
        assert_eq!(fields(&errors), vec![Field::Email]);
        let logged = complaint(&[("contact_method", "email"), ("email", "sam@example.org")])
            .parse(now(), For::Tenancy)
            .unwrap();
        assert_eq!(logged.email.unwrap().as_str(), "sam@example.org");
        let errors = complaint(&[("contact_method", "phone")])
            .parse(now(), For::Tenancy)
            .unwrap_err();
        assert_eq!(
            fields(&errors),
            vec![Field::Phone],
            "a phone number to call"
        );
    }

    #[test]
    fn concerns_and_compliments_are_logged_with_their_own_questions() {
        let concern = form(&[
            ("purpose", "concern"),
            ("channel", "in_person"),
            ("received_at", "2026-12-01T09:15"),
            ("concern_what", "Scaffolding is loose on the stairwell."),
            ("concern_where", "Centenary Court"),
            ("danger_now", "no"),
            ("vulnerable", "not_sure"),
            ("contact_method", "letter"),
            ("name", "Alex Morgan"),
        ])
        .parse(now(), For::Tenancy);
        assert!(matches!(
            concern.unwrap().submission.filing,
            Filing::Concern(_)
        ));
        let errors = form(&[
            ("purpose", "compliment"),
            ("channel", "social_media"),
            ("received_at", "2026-12-01T09:15"),
            ("contact_method", "letter"),
        ])
        .parse(now(), For::Account)
        .unwrap_err();
        assert_eq!(
            fields(&errors),
            vec![Field::ComplimentWho, Field::ComplimentWhat]
        );
    }

    #[test]
    fn the_acknowledgement_says_how_and_when_it_was_received_and_what_happens_next() {
        let logged = complaint(&[]).parse(now(), For::Tenancy).unwrap();
        let letter = acknowledgement(
            "CMP-2026-000042",
            logged.channel,
            &logged.submission,
            london_date(&logged.received_at),
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
            &PhoneNumber::parse("0800 169 2407").unwrap(),
        );
        assert_eq!(
            letter.subject,
            "We have received your complaint: CMP-2026-000042"
        );
        let text = letter.text(Some("Sam Khan"));
        assert!(
            text.contains("which you made by phone and we received on Monday 30 November 2026"),
            "{text}"
        );
        assert!(text.contains("by Monday 7 December 2026"), "{text}");
        assert!(text.contains("Housing Ombudsman"), "{text}");
    }

    proptest::proptest! {
        /// Any minute of the last year is taken as typed (London time, to the minute), and any
        /// minute after this one is refused: whatever the clocks did in between.
        #[test]
        fn any_time_in_the_last_year_is_taken_and_none_to_come(minutes in 0i64..(365 * 24 * 60), ahead in 1i64..(400 * 24 * 60)) {
            let now = now();
            let at = now - TimeDelta::minutes(minutes);
            let typed = crate::steps::local_input_value(&at);
            let typed = &typed[..16];
            let parsed = received(typed, now).unwrap();
            proptest::prop_assert_eq!(crate::steps::local_input_value(&parsed)[..16].to_owned(), typed.to_owned());
            let later = crate::steps::local_input_value(&(now + TimeDelta::minutes(ahead)));
            proptest::prop_assert!(received(&later[..16], now).is_err());
        }
    }

    #[test]
    fn every_channel_has_one_code() {
        crate::codes::round_trips(&Channel::ALL).unwrap();
        assert!(!Channel::LOGGED.contains(&Channel::Online));
    }
}
