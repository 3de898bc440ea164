//! The letters each step of the process sends the resident, in plain language, with what the
//! Code asks each to state. A letter is written from the event and the complaint as the event
//! left it, so its dates are the ones the deadlines say.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::{london_date, long_date};
use crate::complaint::{Complaint, Definition, Event, EventKind, Response, Stage, State};
use crate::contact::{Contact, HOUSING_OMBUDSMAN, LANDLORD};
use crate::steps::working_days_words;

/// A letter to the resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// Its heading, which is also the email's subject.
    pub subject: String,
    /// Its body, one paragraph each, after the greeting.
    pub paragraphs: Vec<String>,
}

impl Letter {
    /// The whole letter as plain text (for email): greeting, paragraphs, sign-off.
    pub fn text(&self, name: Option<&str>) -> String {
        let mut out = format!("Dear {},\n\n", name.unwrap_or("resident"));
        for paragraph in &self.paragraphs {
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
        out.push_str("Yours sincerely,\n\nCustomer Services Team\nCalico Homes\n");
        out
    }
}

fn reach(contact: &Contact) -> String {
    format!(
        "by phone on {}, by email to {}, or by post to {}",
        contact.phone,
        contact.email,
        contact.address.join(", ")
    )
}

fn ombudsman(at_any_time: bool) -> String {
    format!(
        "You can contact the Housing Ombudsman Service{} for free, independent advice: {}.",
        if at_any_time { " at any time" } else { "" },
        reach(&HOUSING_OMBUDSMAN)
    )
}

fn stated(label: &str, text: &str) -> String {
    format!("{label}: {}", text.trim())
}

fn response_items(r: &Response) -> Vec<String> {
    let finding = r
        .outcome
        .map(|outcome| format!("Our finding: {}.", outcome.finding()));
    [
        stated("What your complaint is about", &r.about),
        stated("The outcome you are seeking", &r.outcome_sought),
    ]
    .into_iter()
    .chain(finding)
    .chain([
        stated("Our decision", &r.decision),
        stated("The reasons for our decision", &r.reasons),
        stated("What we will do to put things right", &r.remedy),
    ])
    .collect()
}

/// A Stage 2 acknowledgement's restatement of the complaint (policy 2024 §10.2: requests are
/// "acknowledged, defined and logged"): what it is about and the outcome sought as Stage 1
/// last defined them, with what the resident said when asking for Stage 2.
fn restated(definition: &Definition) -> Vec<String> {
    let mut items = Vec::new();
    if let Some(about) = &definition.about {
        items.push(stated("Our understanding of your complaint", about));
    }
    if let Some(unhappy) = &definition.still_unhappy {
        items.push(stated(
            "What you told us you are still unhappy about",
            unhappy,
        ));
    }
    if let Some(outcome) = definition
        .outcome_wanted
        .as_ref()
        .or(definition.outcome_sought.as_ref())
    {
        items.push(stated("The outcome you are seeking", outcome));
    }
    if !items.is_empty() {
        items.push(
            "If we have misunderstood your complaint or the outcome you want, please tell us."
                .into(),
        );
    }
    items
}

fn date_or(date: Option<chrono::NaiveDate>) -> String {
    date.map(long_date)
        .unwrap_or_else(|| "the date we agree with you".into())
}

/// The letter `event` sends the resident, if it sends one; `after` is the complaint as the
/// event left it.
pub fn letter(reference: &str, event: &Event, after: &Complaint) -> Option<Letter> {
    let d = after.deadlines();
    let received = long_date(london_date(&after.received_at()));
    let (subject, paragraphs) = match &event.kind {
        EventKind::Stage1Acknowledged {
            handler,
            handler_contact,
            about,
            outcome_sought,
            ..
        } => (
            format!("Your complaint {reference}: Stage 1 acknowledgement"),
            vec![
                format!("Thank you for your complaint, which we received on {received}. It is now at Stage 1 of our complaints process."),
                stated("Our understanding of your complaint", about.as_deref().unwrap_or_default()),
                stated("The outcome you are seeking", outcome_sought.as_deref().unwrap_or_default()),
                format!(
                    "{} is handling your complaint. You can contact them on {}.",
                    handler.as_deref().unwrap_or("A member of our team").trim(),
                    handler_contact.as_deref().unwrap_or(LANDLORD.phone).trim()
                ),
                format!(
                    "We will send you our full response by {}. If we need more time, we will tell you why and the new date.",
                    date_or(d.stage1_respond_by)
                ),
                "If we have misunderstood your complaint or the outcome you want, please tell us.".into(),
                ombudsman(true),
            ],
        ),
        EventKind::Stage1Extended { reason, .. } | EventKind::Stage2Extended { reason, .. } => {
            let (stage, due) = match event.kind {
                EventKind::Stage1Extended { .. } => ("Stage 1", d.stage1_respond_by),
                _ => ("Stage 2", d.stage2_respond_by),
            };
            (
                format!("Your complaint {reference}: we need more time ({stage})"),
                vec![
                    format!("We are sorry, but we need more time to give you our {stage} response."),
                    stated("Why", reason),
                    format!("We will now send you our response by {}.", date_or(due)),
                    ombudsman(true),
                ],
            )
        }
        EventKind::Stage1Responded(r) => (
            format!("Your complaint {reference}: our Stage 1 response"),
            [
                vec!["This is our response to your complaint at Stage 1 of our complaints process.".to_owned()],
                response_items(r),
                vec![
                    format!(
                        "If you are not satisfied, you can ask us to review your complaint at Stage 2. Please ask by {}: sign in to your Calico Account and choose \"Ask for a review\", or contact us {}. Tell us why you are unhappy with this response.",
                        date_or(d.stage2_request_by),
                        reach(&LANDLORD)
                    ),
                    ombudsman(true),
                ],
            ]
            .concat(),
        ),
        EventKind::Stage2Acknowledged {
            reviewer,
            reviewer_contact,
            ..
        } => (
            format!("Your complaint {reference}: Stage 2 review acknowledgement"),
            [
                vec!["We have received your request for your complaint to be reviewed at Stage 2, the final stage of our complaints process.".to_owned()],
                restated(after.definition()),
                vec![
                format!(
                    "{} will review it. They had no part in the Stage 1 response. You can contact them on {}.",
                    reviewer.as_deref().unwrap_or("A senior colleague").trim(),
                    reviewer_contact.as_deref().unwrap_or(LANDLORD.phone).trim()
                ),
                format!(
                    "We will send you our final response by {}. If we need more time, we will tell you why and the new date.",
                    date_or(d.stage2_respond_by)
                ),
                ombudsman(true),
                ],
            ]
            .concat(),
        ),
        EventKind::Stage2Responded(r) => (
            format!("Your complaint {reference}: our final response (Stage 2)"),
            [
                vec!["This is our final response to your complaint, at Stage 2. It completes our complaints process.".to_owned()],
                response_items(r),
                vec![format!(
                    "If you are still not satisfied, you can ask the Housing Ombudsman Service to investigate: {}.",
                    reach(&HOUSING_OMBUDSMAN)
                )],
            ]
            .concat(),
        ),
        // The compliment form promises to say when the thanks have been passed on.
        EventKind::PassedOn { to } => (
            format!("Your compliment {reference}: we have passed on your thanks"),
            vec![
                format!("Thank you for your compliment, which we received on {received}."),
                format!(
                    "We have passed your thanks to {}, so that the colleague you thanked and their manager both know. Compliments like yours help us see what we do well.",
                    to.trim()
                ),
            ],
        ),
        // Policy 2024 §9.5, §10.8: kept informed at the intervals agreed while a response is late.
        EventKind::UpdatesAgreed { .. } => {
            let updates = after.update_due()?;
            let stage = updates.stage;
            (
                format!("Your complaint {reference}: how we will keep you updated"),
                vec![
                    format!(
                        "As we agreed with you, until we send you our {stage} response we will give you an update at least every {}.",
                        working_days_words(updates.every_working_days)
                    ),
                    format!("Your next update will be by {}.", long_date(updates.by)),
                    response_due(after, stage, london_date(&event.at)),
                    ombudsman(true),
                ],
            )
        }
        EventKind::UpdateGiven { text } => {
            let stage = match after.state() {
                State::Stage2Open => Stage::Two,
                _ => Stage::One,
            };
            let mut paragraphs = vec![
                "Here is an update on your complaint.".to_owned(),
                text.trim().to_owned(),
            ];
            if let Some(updates) = after.update_due() {
                paragraphs.push(format!(
                    "We will update you again by {}.",
                    long_date(updates.by)
                ));
            }
            paragraphs.push(response_due(after, stage, london_date(&event.at)));
            (format!("Your complaint {reference}: an update"), paragraphs)
        }
        EventKind::NotAccepted { reason } => (
            format!("Your complaint {reference}: why we cannot take it forward"),
            vec![
                "We have looked carefully at what you told us, and we cannot take it forward through our complaints process.".into(),
                stated("Why", reason),
                format!("If you disagree, please contact us {}.", reach(&LANDLORD)),
                format!(
                    "You have the right to ask the Housing Ombudsman Service to look at this decision: {}.",
                    reach(&HOUSING_OMBUDSMAN)
                ),
            ],
        ),
        EventKind::ActionAgreed {
            kind,
            what,
            owner,
            due,
            amount_pence,
        } if kind.is_remedy() => {
            let mut paragraphs = vec![stated(
                "We have agreed how we will put things right",
                what,
            )];
            if let Some(pence) = amount_pence {
                paragraphs.push(format!(
                    "We will pay you {}.",
                    crate::actions::pounds(*pence)
                ));
            }
            paragraphs.push(format!(
                "{} is responsible for it, and it will be done by {}. You can see it on your complaint's page until it is done.",
                owner.trim(),
                long_date(*due)
            ));
            paragraphs.push(format!(
                "If it has not been done by then, please tell us {}.",
                reach(&LANDLORD)
            ));
            paragraphs.push(ombudsman(true));
            (
                format!("Your complaint {reference}: putting things right"),
                paragraphs,
            )
        }
        EventKind::ActionDone { number, note } => {
            let action = after
                .actions()
                .iter()
                .find(|a| a.number == *number && a.kind.is_remedy())?;
            let mut paragraphs = vec![stated(
                "We have done what we agreed to put things right",
                &action.what,
            )];
            if let Some(note) = note.as_deref().filter(|n| !n.trim().is_empty()) {
                paragraphs.push(note.trim().to_owned());
            }
            paragraphs.push(format!(
                "If you think it has not been put right, please tell us {}.",
                reach(&LANDLORD)
            ));
            paragraphs.push(ombudsman(true));
            (
                format!("Your complaint {reference}: we have put things right"),
                paragraphs,
            )
        }
        _ => return None,
    };
    Some(Letter {
        subject,
        paragraphs,
    })
}

/// When the open stage's response is due, as of `on`, or that it is late.
fn response_due(after: &Complaint, stage: Stage, on: NaiveDate) -> String {
    let d = after.deadlines();
    let due = match stage {
        Stage::One => d.stage1_respond_by,
        Stage::Two => d.stage2_respond_by,
    };
    match due {
        Some(due) if on > due => format!(
            "Our {stage} response is late: it was due by {}. We are sorry, and we will send it as soon as we can.",
            long_date(due)
        ),
        due => format!("We will send you our {stage} response by {}.", date_or(due)),
    }
}

/// How a letter went to the resident.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Delivery {
    /// Emailed (and kept in their account).
    Email,
    /// Posted by a colleague (and kept in their account).
    Post,
}

impl Delivery {
    pub const ALL: [Self; 2] = [Self::Email, Self::Post];

    /// The stored code: `email` or `post`.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// For people: "Sent by email".
    pub fn words(self) -> &'static str {
        match self {
            Self::Email => "Sent by email",
            Self::Post => "Sent by post",
        }
    }
}

/// What a colleague does so that a letter reaches a resident who does not get it by email, or
/// in the format or language they asked for [care policy 2014 App. 1 §6].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactTask {
    /// Print and post it.
    Post,
    /// Phone the resident to tell them what it says (it is posted as well: the Code's
    /// responses are in writing).
    Phone,
    /// Have it put into Braille and send that.
    Braille,
    /// Have it recorded as audio and send that.
    Audio,
    /// Have it translated into the resident's language and send that.
    Translation,
}

impl ContactTask {
    pub const ALL: [Self; 5] = [
        Self::Post,
        Self::Phone,
        Self::Braille,
        Self::Audio,
        Self::Translation,
    ];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// What to do, for the task list, for a resident with these preferences: "Post the
    /// letter", "Post the letter in large print" (the version to print, when they asked for
    /// it), "Send the letter translated into Urdu".
    pub fn label(self, support: &crate::preferences::Preferences) -> String {
        match self {
            Self::Post if prints_large(support) => "Post the letter in large print".into(),
            Self::Post => "Post the letter".into(),
            Self::Phone => "Phone the resident".into(),
            Self::Braille => "Send the letter in Braille".into(),
            Self::Audio => "Send the letter as audio".into(),
            Self::Translation => format!(
                "Send the letter translated into {}",
                support.language.as_str()
            ),
        }
    }

    /// The day by which the resident has the letter this way, for a letter sent on `sent`: a
    /// format or a translation takes up to the standard's `translation_lead_days` calendar
    /// days (the landlord's promise for written translation [care policy 2014 App. 1 §6],
    /// kept for Braille and audio too); posting and phoning are done the day it is sent.
    pub fn ready_by(
        self,
        sent: NaiveDate,
        standard: &crate::standard::ServiceStandard,
    ) -> Option<NaiveDate> {
        match self {
            Self::Post | Self::Phone => None,
            Self::Braille | Self::Audio | Self::Translation => {
                sent.checked_add_days(chrono::Days::new(standard.translation_lead_days.into()))
            }
        }
    }
}

/// Whether the letter a colleague prints for this resident is its large-print version.
pub fn prints_large(support: &crate::preferences::Preferences) -> bool {
    support
        .formats
        .contains(&crate::preferences::AltFormat::LargePrint)
}

/// Whether `language`, as the resident wrote it, asks for letters in a language other than
/// English (those in English need no translation).
pub fn wants_translation(language: &str) -> bool {
    let language = language.trim();
    !language.is_empty() && !language.eq_ignore_ascii_case("english")
}

/// How a letter goes out, by the resident's preferences: by email when they want email and it
/// may go to the address on the complaint (`may_email`: for a representative, only once the
/// resident's consent is verified), otherwise by post; and the tasks colleagues do for it: a
/// call, the post, and a copy in Braille, in audio or in their language when they asked for it.
pub fn sending(
    support: &crate::preferences::Preferences,
    may_email: bool,
) -> (bool, Vec<ContactTask>) {
    use crate::preferences::{AltFormat, ContactMethod};
    let (by_email, mut tasks) = match support.contact_method {
        ContactMethod::Email if may_email => (true, Vec::new()),
        ContactMethod::Phone => (false, vec![ContactTask::Phone, ContactTask::Post]),
        ContactMethod::Email | ContactMethod::Letter => (false, vec![ContactTask::Post]),
    };
    for format in AltFormat::ALL {
        if support.formats.contains(&format) {
            match format {
                // Every letter has a large-print version: posted as such, and in the account.
                AltFormat::LargePrint => {}
                AltFormat::Audio => tasks.push(ContactTask::Audio),
                AltFormat::Braille => tasks.push(ContactTask::Braille),
            }
        }
    }
    if wants_translation(support.language.as_str()) {
        tasks.push(ContactTask::Translation);
    }
    (by_email, tasks)
}

/// The paragraph that ends a letter which colleagues will also send in another format or
/// language: what is coming and by when. `None` when nothing else is coming.
pub fn coming(
    tasks: &[ContactTask],
    language: &str,
    sent: NaiveDate,
    standard: &crate::standard::ServiceStandard,
) -> Option<String> {
    let ways: Vec<String> = tasks
        .iter()
        .filter_map(|task| match task {
            ContactTask::Post | ContactTask::Phone => None,
            ContactTask::Braille => Some("in Braille".to_owned()),
            ContactTask::Audio => Some("as an audio recording".to_owned()),
            ContactTask::Translation => Some(format!("in {}", language.trim())),
        })
        .collect();
    let by = tasks
        .iter()
        .filter_map(|task| task.ready_by(sent, standard))
        .max()?;
    let ways = match ways.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    Some(format!(
        "You asked for your letters in another format or language. We will also send you this letter {ways} by {}. If it has not reached you by then, please contact us on {}.",
        long_date(by),
        LANDLORD.phone
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_goes_by_the_residents_preferred_contact_method() {
        use crate::preferences::{ContactMethod, Preferences};
        let by = |contact_method| Preferences {
            contact_method,
            ..Preferences::default()
        };
        assert_eq!(sending(&by(ContactMethod::Email), true), (true, vec![]));
        assert_eq!(
            sending(&by(ContactMethod::Email), false),
            (false, vec![ContactTask::Post]),
            "not yet to a representative whose consent is unverified"
        );
        assert_eq!(
            sending(&by(ContactMethod::Letter), true),
            (false, vec![ContactTask::Post])
        );
        assert_eq!(
            sending(&by(ContactMethod::Phone), true),
            (false, vec![ContactTask::Phone, ContactTask::Post]),
            "a call, and the letter in writing"
        );
        for task in ContactTask::ALL {
            assert_eq!(ContactTask::from_code(task.code()), Some(task));
        }
    }

    #[test]
    fn braille_audio_and_another_language_each_make_a_task_and_the_letter_says_by_when() {
        use crate::preferences::{AltFormat, Preferences};
        use crate::values::OptionalText;
        let support = Preferences {
            formats: vec![AltFormat::Braille, AltFormat::LargePrint, AltFormat::Audio],
            language: OptionalText::parse(" Urdu ", "language").expect("a language"),
            ..Preferences::default()
        };
        let (by_email, tasks) = sending(&support, true);
        assert!(by_email, "the letter itself still goes the usual way");
        assert_eq!(
            tasks,
            [
                ContactTask::Audio,
                ContactTask::Braille,
                ContactTask::Translation
            ],
            "large print needs no task: every letter has a large-print version"
        );
        let sent = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a day");
        let standard = &crate::standard::ServiceStandard::CALICO_2024;
        assert_eq!(
            ContactTask::Braille.ready_by(sent, standard),
            NaiveDate::from_ymd_opt(2026, 12, 8),
            "up to 7 days, as for a written translation"
        );
        assert_eq!(ContactTask::Post.ready_by(sent, standard), None);
        let paragraph = coming(&tasks, " Urdu ", sent, standard).expect("something is coming");
        assert!(
            paragraph.contains(
                "We will also send you this letter as an audio recording, in Braille and in Urdu by Tuesday 8 December 2026."
            ),
            "{paragraph}"
        );
        assert!(paragraph.contains("01282 686300"), "{paragraph}");
        assert_eq!(
            ContactTask::Translation.label(&support),
            "Send the letter translated into Urdu"
        );
        assert_eq!(
            ContactTask::Post.label(&support),
            "Post the letter in large print",
            "the large-print version is the one to post"
        );
        assert_eq!(
            ContactTask::Post.label(&Preferences::default()),
            "Post the letter"
        );
        assert_eq!(coming(&[ContactTask::Post], "", sent, standard), None);
        let english = Preferences {
            language: OptionalText::parse("English", "language").expect("a language"),
            ..Preferences::default()
        };
        assert_eq!(
            sending(&english, true),
            (true, vec![]),
            "no translation into English"
        );
    }

    proptest::proptest! {
        /// Whatever a resident asked for, the letter goes by their contact method as before,
        /// with one task per format or language asked for (none for large print), and the
        /// letter says by when only when such a task is made.
        #[test]
        fn each_format_and_language_asked_for_makes_exactly_one_task(
            method in 0usize..3,
            formats in proptest::collection::vec(0usize..3, 0..4),
            language in "(|English| english |Urdu|Polski|[a-z]{1,12})",
            may_email: bool,
        ) {
            use crate::preferences::{AltFormat, ContactMethod, Preferences};
            let plain = Preferences {
                contact_method: ContactMethod::ALL[method],
                ..Preferences::default()
            };
            let mut formats: Vec<AltFormat> = formats.iter().map(|&i| AltFormat::ALL[i]).collect();
            formats.sort();
            formats.dedup();
            let support = Preferences {
                formats: formats.clone(),
                language: crate::values::OptionalText::parse(&language, "language").expect("short"),
                ..plain.clone()
            };
            let (by_email, tasks) = sending(&support, may_email);
            let (plain_email, plain_tasks) = sending(&plain, may_email);
            proptest::prop_assert_eq!(by_email, plain_email);
            proptest::prop_assert_eq!(&tasks[..plain_tasks.len()], &plain_tasks[..]);
            let count = |task| tasks.iter().filter(|t| **t == task).count();
            proptest::prop_assert_eq!(count(ContactTask::Braille), usize::from(formats.contains(&AltFormat::Braille)));
            proptest::prop_assert_eq!(count(ContactTask::Audio), usize::from(formats.contains(&AltFormat::Audio)));
            proptest::prop_assert_eq!(count(ContactTask::Translation), usize::from(wants_translation(&language)));
            let sent = NaiveDate::from_ymd_opt(2026, 12, 24).expect("a day");
            let extra = tasks.len() > plain_tasks.len();
            let standard = &crate::standard::ServiceStandard::CALICO_2024;
            proptest::prop_assert_eq!(coming(&tasks, &language, sent, standard).is_some(), extra);
        }
    }

    use crate::calendar::Calendar;
    use crate::standard::ServiceStandard;
    use chrono::DateTime;

    fn complaint_after(events: &[Event]) -> Complaint {
        Complaint::fold(
            events,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
        .expect("folds")
    }

    fn ev(at: &str, kind: EventKind) -> Event {
        Event::new(DateTime::parse_from_rfc3339(at).expect("instant"), kind)
    }

    #[test]
    fn agreed_updates_and_each_update_are_sent_with_the_next_dates() {
        let mut events = vec![
            ev("2027-01-04T09:00:00Z", EventKind::Received),
            ev(
                "2027-01-04T10:00:00Z",
                EventKind::Stage1Acknowledged {
                    handler: Some("Sam Patel".into()),
                    handler_account: None,
                    handler_contact: None,
                    about: None,
                    outcome_sought: None,
                },
            ),
            // Due by 18 January; overdue on the 19th, when updates are agreed.
            ev(
                "2027-01-19T10:00:00Z",
                EventKind::UpdatesAgreed {
                    every_working_days: 5,
                    how: Some("By phone".into()),
                },
            ),
        ];
        let agreed = letter("CH-1", &events[2], &complaint_after(&events)).expect("a letter");
        assert_eq!(
            agreed.subject,
            "Your complaint CH-1: how we will keep you updated"
        );
        let text = agreed.paragraphs.join("\n");
        assert!(text.contains("at least every 5 working days"), "{text}");
        assert!(
            text.contains("Your next update will be by Tuesday 26 January 2027."),
            "{text}"
        );
        assert!(
            text.contains("Our Stage 1 response is late: it was due by Monday 18 January 2027."),
            "{text}"
        );
        assert!(text.contains("Housing Ombudsman"), "{text}");
        events.push(ev(
            "2027-01-22T10:00:00Z",
            EventKind::UpdateGiven {
                text: "The surveyor visits on Monday.".into(),
            },
        ));
        let update = letter("CH-1", &events[3], &complaint_after(&events)).expect("a letter");
        assert_eq!(update.subject, "Your complaint CH-1: an update");
        assert_eq!(update.paragraphs[1], "The surveyor visits on Monday.");
        assert_eq!(
            update.paragraphs[2],
            "We will update you again by Friday 29 January 2027."
        );
    }

    fn history() -> Vec<Event> {
        vec![
            ev("2026-11-23T09:00:00+00:00", EventKind::Received),
            ev(
                "2026-11-24T09:00:00+00:00",
                EventKind::Stage1Acknowledged {
                    handler: Some("Sam Patel".into()),
                    handler_contact: Some("sam.patel@calicohomes.org.uk".into()),
                    about: Some("The boiler repair was left unfinished.".into()),
                    outcome_sought: Some("Finish the repair and refund the heater costs.".into()),
                    handler_account: None,
                },
            ),
        ]
    }

    #[test]
    fn an_acknowledgement_defines_the_complaint_names_the_handler_and_gives_the_due_date() {
        let events = history();
        let letter =
            letter("CMP-2026-000001", &events[1], &complaint_after(&events)).expect("sends");
        assert_eq!(
            letter.subject,
            "Your complaint CMP-2026-000001: Stage 1 acknowledgement"
        );
        let text = letter.text(Some("Alex Morgan"));
        for part in [
            "Dear Alex Morgan,",
            "received on Monday 23 November 2026",
            "Our understanding of your complaint: The boiler repair was left unfinished.",
            "The outcome you are seeking: Finish the repair",
            "Sam Patel is handling your complaint. You can contact them on sam.patel@calicohomes.org.uk.",
            // 10 working days from Tuesday 24 November.
            "by Tuesday 8 December 2026",
        ] {
            assert!(text.contains(part), "{part:?} in {text}");
        }
    }

    #[test]
    fn the_resident_is_told_their_compliment_was_passed_on() {
        let events = vec![
            ev("2026-11-23T09:00:00+00:00", EventKind::Received),
            ev(
                "2026-11-24T09:00:00+00:00",
                EventKind::PassedOn {
                    to: "Kim Ward, repairs manager".into(),
                },
            ),
        ];
        let letter =
            letter("CMP-2026-000001", &events[1], &complaint_after(&events)).expect("sends");
        assert_eq!(
            letter.subject,
            "Your compliment CMP-2026-000001: we have passed on your thanks"
        );
        let text = letter.text(None);
        assert!(
            text.contains("which we received on Monday 23 November 2026"),
            "{text}"
        );
        assert!(
            text.contains("We have passed your thanks to Kim Ward, repairs manager"),
            "{text}"
        );
    }

    #[test]
    fn a_stage2_acknowledgement_restates_the_complaint_and_the_outcome_sought() {
        let mut events = history();
        events.push(ev(
            "2026-12-01T09:00:00+00:00",
            EventKind::Stage1Responded(Response {
                about: "The boiler repair left unfinished in November.".into(),
                outcome_sought: "Finish the repair.".into(),
                decision: "Partly upheld".into(),
                reasons: "The part was late.".into(),
                remedy: "The repair is booked.".into(),
                ..Response::default()
            }),
        ));
        let acknowledge = |request: EventKind| {
            let mut events = events.clone();
            events.push(ev("2026-12-02T09:00:00+00:00", request));
            events.push(ev(
                "2026-12-03T09:00:00+00:00",
                EventKind::Stage2Acknowledged {
                    reviewer: Some("Priya Shah".into()),
                    reviewer_contact: None,
                    reviewer_account: None,
                },
            ));
            let last = events.len() - 1;
            letter("CMP-2026-000001", &events[last], &complaint_after(&events))
                .expect("sends")
                .text(None)
        };
        // As Stage 1 last defined it (the response), when the resident added nothing.
        let text = acknowledge(EventKind::Stage2Requested {
            discretion: None,
            still_unhappy: None,
            outcome_wanted: None,
        });
        assert!(text.contains("Our understanding of your complaint: The boiler repair left unfinished in November."), "{text}");
        assert!(
            text.contains("The outcome you are seeking: Finish the repair."),
            "{text}"
        );
        assert!(!text.contains("still unhappy"), "{text}");
        assert!(text.contains("If we have misunderstood"), "{text}");
        // With what the resident said when asking for the review.
        let text = acknowledge(EventKind::Stage2Requested {
            discretion: None,
            still_unhappy: Some("The radiator still leaks.".into()),
            outcome_wanted: Some("Replace the radiator.".into()),
        });
        assert!(text.contains("Our understanding of your complaint: The boiler repair left unfinished in November."), "{text}");
        assert!(
            text.contains(
                "What you told us you are still unhappy about: The radiator still leaks."
            ),
            "{text}"
        );
        assert!(
            text.contains("The outcome you are seeking: Replace the radiator."),
            "{text}"
        );
    }

    #[test]
    fn every_extension_notice_and_final_response_gives_the_ombudsmans_details() {
        let mut events = history();
        events.push(ev(
            "2026-11-30T09:00:00+00:00",
            EventKind::Stage1Extended {
                working_days: 5,
                reason: "We are waiting for the contractor's report.".into(),
                good_reason: None,
            },
        ));
        let extension =
            letter("CMP-2026-000001", &events[2], &complaint_after(&events)).expect("sends");
        let text = extension.text(None);
        assert!(text.contains("0300 111 3000"), "{text}");
        assert!(text.contains("by Tuesday 15 December 2026"), "{text}");
        let response = Response {
            about: "Boiler".into(),
            outcome_sought: "Repair".into(),
            decision: "Upheld".into(),
            reasons: "The repair was late.".into(),
            remedy: "£50 and the repair finished.".into(),
            outcome: Some(crate::outcomes::Outcome::Upheld),
            categories: vec!["repairs".into()],
        };
        events.push(ev(
            "2026-12-01T09:00:00+00:00",
            EventKind::Stage1Responded(response.clone()),
        ));
        let stage1 =
            letter("CMP-2026-000001", &events[3], &complaint_after(&events)).expect("sends");
        let text = stage1.text(None);
        assert!(text.contains("Stage 2. Please ask by"), "{text}");
        assert!(text.contains("Our decision: Upheld"), "{text}");
        assert!(
            text.contains("Our finding: we uphold your complaint."),
            "{text}"
        );
        events.push(ev(
            "2026-12-02T09:00:00+00:00",
            EventKind::Stage2Requested {
                discretion: None,
                still_unhappy: None,
                outcome_wanted: None,
            },
        ));
        events.push(ev(
            "2026-12-03T09:00:00+00:00",
            EventKind::Stage2Acknowledged {
                reviewer: Some("Priya Shah".into()),
                reviewer_contact: Some("01282 686300".into()),
                reviewer_account: None,
            },
        ));
        events.push(ev(
            "2026-12-10T09:00:00+00:00",
            EventKind::Stage2Responded(response),
        ));
        let last = events.len() - 1;
        let final_response =
            letter("CMP-2026-000001", &events[last], &complaint_after(&events)).expect("sends");
        let text = final_response.text(None);
        assert!(text.contains("completes our complaints process"), "{text}");
        assert!(text.contains("PO Box 152, Liverpool, L33 7WQ"), "{text}");
    }

    #[test]
    fn events_the_resident_is_not_written_to_about_send_no_letter() {
        let mut events = history();
        events.push(ev(
            "2026-11-25T09:00:00+00:00",
            EventKind::InformationAdded { text: None },
        ));
        assert_eq!(
            letter("CMP-2026-000001", &events[2], &complaint_after(&events)),
            None
        );
    }
}
