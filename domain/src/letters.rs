//! The letters each step of the process sends the resident, in plain language, with what the
//! Code asks each to state. A letter is written from the event and the complaint as the event
//! left it, so its dates are the ones the deadlines say.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::london_date;
use crate::complaint::{Complaint, Definition, Event, EventKind, Response, Stage, State};
use crate::contact::{Contact, HOUSING_OMBUDSMAN, LANDLORD};
use crate::language::Language;
#[cfg(feature = "words")]
use crate::words::{say, Value};

/// A letter to the resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    /// Its heading, which is also the email's subject.
    pub subject: String,
    /// Its body, one paragraph each, after the greeting.
    pub paragraphs: Vec<String>,
    /// The language it is written in (letters kept before there was a choice are English).
    #[serde(default)]
    pub language: Language,
}

#[cfg(feature = "words")]
impl Letter {
    /// The whole letter as plain text (for email): greeting, paragraphs, sign-off.
    pub fn text(&self, name: Option<&str>) -> String {
        let mut out = format!("{}\n\n", self.greeting(name));
        for paragraph in &self.paragraphs {
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
        let (sign_off, team) = self.sign_off();
        out.push_str(&format!("{sign_off}\n\n{team}\nCalico Homes\n"));
        out
    }

    /// "Dear Ms Khan,", or "Dear resident," without a name, in the letter's language.
    pub fn greeting(&self, name: Option<&str>) -> String {
        match name.map(str::trim).filter(|name| !name.is_empty()) {
            Some(name) => say(
                self.language,
                "letter-greeting",
                &[("name", Value::Text(name))],
            ),
            None => say(self.language, "letter-greeting-anyone", &[]),
        }
    }

    /// ("Yours sincerely,", "Customer Services Team"), in the letter's language.
    pub fn sign_off(&self) -> (String, String) {
        (
            say(self.language, "letter-sign-off", &[]),
            say(self.language, "letter-team", &[]),
        )
    }

    /// The letter's date and "Our reference: …", in its language.
    pub fn dated(&self, sent: NaiveDate, reference: &str) -> (String, String) {
        (
            crate::words::long_date(self.language, sent),
            say(
                self.language,
                "letter-our-reference",
                &[("reference", Value::Text(reference))],
            ),
        )
    }
}

/// How to reach someone, in a sentence: "by phone on …, by email to …, or by post to …".
#[cfg(feature = "words")]
fn reach(contact: &Contact, language: Language) -> String {
    say(
        language,
        "letter-reach",
        &[
            ("phone", Value::Text(contact.phone)),
            ("email", Value::Text(contact.email)),
            ("address", Value::Text(&contact.address.join(", "))),
        ],
    )
}

/// A letter's words in one language.
#[cfg(feature = "words")]
struct Words {
    language: Language,
}

#[cfg(feature = "words")]
impl Words {
    fn say(&self, id: &str, values: &[(&str, Value<'_>)]) -> String {
        say(self.language, id, values)
    }

    /// A sentence that tells how to reach `contact`.
    fn reaching(&self, id: &str, contact: &Contact) -> String {
        self.say(
            id,
            &[("reach", Value::Text(&reach(contact, self.language)))],
        )
    }

    /// Who handles or reviews it and how to reach them: the sentence `id` naming them as
    /// `who` (`anyone` when no name was given), and the landlord's number when no other was.
    fn named(
        &self,
        (id, who, anyone): (&str, &str, &str),
        name: Option<&str>,
        contact: Option<&str>,
    ) -> String {
        let name = name
            .map(str::trim)
            .map_or_else(|| self.say(anyone, &[]), str::to_owned);
        self.say(
            id,
            &[
                (who, Value::Text(&name)),
                (
                    "contact",
                    Value::Text(contact.unwrap_or(LANDLORD.phone).trim()),
                ),
            ],
        )
    }

    fn ombudsman(&self) -> String {
        self.reaching("letter-ombudsman", &HOUSING_OMBUDSMAN)
    }

    /// A label and what was recorded under it: "Why: …".
    fn stated(&self, label: &str, text: &str) -> String {
        format!("{}: {}", self.say(label, &[]), text.trim())
    }

    /// A day, or the day still to be agreed.
    fn day(&self, date: Option<NaiveDate>) -> String {
        date.map_or_else(
            || self.say("letter-date-to-agree", &[]),
            |date| crate::words::long_date(self.language, date),
        )
    }

    /// A sentence with the complaint's reference.
    fn subject(&self, id: &str, reference: &str) -> String {
        self.say(id, &[("reference", Value::Text(reference))])
    }

    fn response_items(&self, r: &Response) -> Vec<String> {
        let finding = r.outcome.map(|outcome| {
            self.say(
                "letter-finding",
                &[("finding", Value::Text(outcome.code()))],
            )
        });
        [
            self.stated("letter-about", &r.about),
            self.stated("letter-outcome-sought", &r.outcome_sought),
        ]
        .into_iter()
        .chain(finding)
        .chain([
            self.stated("letter-decision", &r.decision),
            self.stated("letter-reasons", &r.reasons),
            self.stated("letter-remedy", &r.remedy),
        ])
        .collect()
    }

    /// A Stage 2 acknowledgement's restatement of the complaint (policy 2024 §10.2: requests
    /// are "acknowledged, defined and logged"): what it is about and the outcome sought as
    /// Stage 1 last defined them, with what the resident said when asking for Stage 2.
    fn restated(&self, definition: &Definition) -> Vec<String> {
        let mut items = Vec::new();
        if let Some(about) = &definition.about {
            items.push(self.stated("letter-understanding", about));
        }
        if let Some(unhappy) = &definition.still_unhappy {
            items.push(self.stated("letter-still-unhappy", unhappy));
        }
        if let Some(outcome) = definition
            .outcome_wanted
            .as_ref()
            .or(definition.outcome_sought.as_ref())
        {
            items.push(self.stated("letter-outcome-sought", outcome));
        }
        if !items.is_empty() {
            items.push(self.say("letter-misunderstood", &[]));
        }
        items
    }

    /// When the open stage's response is due, as of `on`, or that it is late.
    fn response_due(&self, after: &Complaint, stage: Stage, on: NaiveDate) -> String {
        let d = after.deadlines();
        let due = match stage {
            Stage::One => d.stage1_respond_by,
            Stage::Two => d.stage2_respond_by,
        };
        let id = match due {
            Some(due) if on > due => "letter-response-late",
            _ => "letter-response-due",
        };
        self.say(
            id,
            &[
                ("stage", Value::Number(stage_number(stage))),
                ("day", Value::Text(&self.day(due))),
            ],
        )
    }
}

fn stage_number(stage: Stage) -> i64 {
    match stage {
        Stage::One => 1,
        Stage::Two => 2,
    }
}

/// The letter `event` sends the resident, if it sends one, in `language`; `after` is the
/// complaint as the event left it.
#[cfg(feature = "words")]
pub fn letter(
    reference: &str,
    event: &Event,
    after: &Complaint,
    language: Language,
) -> Option<Letter> {
    let w = Words { language };
    let d = after.deadlines();
    let received = crate::words::long_date(language, london_date(&after.received_at()));
    let (subject, paragraphs) = match &event.kind {
        EventKind::Stage1Acknowledged {
            handler,
            handler_contact,
            about,
            outcome_sought,
            ..
        } => (
            w.subject("letter-stage1-acknowledged-subject", reference),
            vec![
                w.say(
                    "letter-stage1-acknowledged-received",
                    &[("received", Value::Text(&received))],
                ),
                w.stated("letter-understanding", about.as_deref().unwrap_or_default()),
                w.stated(
                    "letter-outcome-sought",
                    outcome_sought.as_deref().unwrap_or_default(),
                ),
                w.named(
                    ("letter-handler", "handler", "letter-handler-anyone"),
                    handler.as_deref(),
                    handler_contact.as_deref(),
                ),
                w.say(
                    "letter-stage1-due",
                    &[("day", Value::Text(&w.day(d.stage1_respond_by)))],
                ),
                w.say("letter-misunderstood", &[]),
                w.ombudsman(),
            ],
        ),
        EventKind::Stage1Extended { reason, .. } | EventKind::Stage2Extended { reason, .. } => {
            let (stage, due) = match event.kind {
                EventKind::Stage1Extended { .. } => (1, d.stage1_respond_by),
                _ => (2, d.stage2_respond_by),
            };
            let stage = ("stage", Value::Number(stage));
            (
                w.say(
                    "letter-extended-subject",
                    &[("reference", Value::Text(reference)), stage],
                ),
                vec![
                    w.say("letter-extended-sorry", &[stage]),
                    w.stated("letter-why", reason),
                    w.say("letter-extended-due", &[("day", Value::Text(&w.day(due)))]),
                    w.ombudsman(),
                ],
            )
        }
        EventKind::Stage1Responded(r) => (
            w.subject("letter-stage1-response-subject", reference),
            [
                vec![w.say("letter-stage1-response-intro", &[])],
                w.response_items(r),
                vec![
                    w.say(
                        "letter-stage1-response-review",
                        &[
                            ("day", Value::Text(&w.day(d.stage2_request_by))),
                            ("reach", Value::Text(&reach(&LANDLORD, language))),
                        ],
                    ),
                    w.ombudsman(),
                ],
            ]
            .concat(),
        ),
        EventKind::Stage2Acknowledged {
            reviewer,
            reviewer_contact,
            ..
        } => (
            w.subject("letter-stage2-acknowledged-subject", reference),
            [
                vec![w.say("letter-stage2-acknowledged-intro", &[])],
                w.restated(after.definition()),
                vec![
                    w.named(
                        ("letter-reviewer", "reviewer", "letter-reviewer-anyone"),
                        reviewer.as_deref(),
                        reviewer_contact.as_deref(),
                    ),
                    w.say(
                        "letter-stage2-due",
                        &[("day", Value::Text(&w.day(d.stage2_respond_by)))],
                    ),
                    w.ombudsman(),
                ],
            ]
            .concat(),
        ),
        EventKind::Stage2Responded(r) => (
            w.subject("letter-stage2-response-subject", reference),
            [
                vec![w.say("letter-stage2-response-intro", &[])],
                w.response_items(r),
                vec![w.reaching("letter-stage2-response-ombudsman", &HOUSING_OMBUDSMAN)],
            ]
            .concat(),
        ),
        // The compliment form promises to say when the thanks have been passed on.
        EventKind::PassedOn { to } => (
            w.subject("letter-passed-on-subject", reference),
            vec![
                w.say(
                    "letter-compliment-received",
                    &[("received", Value::Text(&received))],
                ),
                w.say("letter-passed-on", &[("to", Value::Text(to.trim()))]),
            ],
        ),
        // Policy 2024 §9.5, §10.8: kept informed at the intervals agreed while a response is late.
        EventKind::UpdatesAgreed { .. } => {
            let updates = after.update_due()?;
            let stage = updates.stage;
            (
                w.subject("letter-updates-subject", reference),
                vec![
                    w.say(
                        "letter-updates-every",
                        &[
                            ("stage", Value::Number(stage_number(stage))),
                            (
                                "every",
                                Value::Text(&crate::words::working_days(
                                    language,
                                    updates.every_working_days,
                                )),
                            ),
                        ],
                    ),
                    w.say("letter-updates-next", &[("day", Value::Day(updates.by))]),
                    w.response_due(after, stage, london_date(&event.at)),
                    w.ombudsman(),
                ],
            )
        }
        EventKind::UpdateGiven { text } => {
            let stage = match after.state() {
                State::Stage2Open => Stage::Two,
                _ => Stage::One,
            };
            let mut paragraphs = vec![w.say("letter-update-intro", &[]), text.trim().to_owned()];
            if let Some(updates) = after.update_due() {
                paragraphs.push(w.say("letter-update-again", &[("day", Value::Day(updates.by))]));
            }
            paragraphs.push(w.response_due(after, stage, london_date(&event.at)));
            (w.subject("letter-update-subject", reference), paragraphs)
        }
        EventKind::NotAccepted { reason } => (
            w.subject("letter-not-accepted-subject", reference),
            vec![
                w.say("letter-not-accepted-intro", &[]),
                w.stated("letter-why", reason),
                w.reaching("letter-not-accepted-disagree", &LANDLORD),
                w.reaching("letter-not-accepted-ombudsman", &HOUSING_OMBUDSMAN),
            ],
        ),
        EventKind::ActionAgreed {
            kind,
            what,
            owner,
            due,
            amount_pence,
        } if kind.is_remedy() => {
            let mut paragraphs = vec![w.stated("letter-remedy-agreed", what)];
            if let Some(pence) = amount_pence {
                paragraphs.push(w.say(
                    "letter-remedy-pay",
                    &[("amount", Value::Text(&crate::actions::pounds(*pence)))],
                ));
            }
            paragraphs.push(w.say(
                "letter-remedy-owner",
                &[
                    ("owner", Value::Text(owner.trim())),
                    ("day", Value::Day(*due)),
                ],
            ));
            paragraphs.push(w.reaching("letter-remedy-if-not-done", &LANDLORD));
            paragraphs.push(w.ombudsman());
            (
                w.subject("letter-remedy-agreed-subject", reference),
                paragraphs,
            )
        }
        EventKind::ActionDone { number, note } => {
            let action = after
                .actions()
                .iter()
                .find(|a| a.number == *number && a.kind.is_remedy())?;
            let mut paragraphs = vec![w.stated("letter-remedy-done", &action.what)];
            if let Some(note) = note.as_deref().filter(|n| !n.trim().is_empty()) {
                paragraphs.push(note.trim().to_owned());
            }
            paragraphs.push(w.reaching("letter-remedy-if-not-right", &LANDLORD));
            paragraphs.push(w.ombudsman());
            (
                w.subject("letter-remedy-done-subject", reference),
                paragraphs,
            )
        }
        _ => return None,
    };
    Some(Letter {
        subject,
        paragraphs,
        language,
    })
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

/// The language a resident's letters are written in: the one they asked for, when the
/// letters are written in it (`crate::language`), otherwise English.
pub fn written_in(language: &str) -> Language {
    Language::from_preference(language).unwrap_or_default()
}

/// Whether `language`, as the resident wrote it, asks for letters in a language they are not
/// written in, so that a colleague has them translated (English, Urdu and Polish need none).
pub fn wants_translation(language: &str) -> bool {
    let language = language.trim();
    !language.is_empty()
        && !language.eq_ignore_ascii_case("english")
        && Language::from_preference(language).is_none()
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
/// language, in the letter's language (`written_in`): what is coming and by when. `None` when
/// nothing else is coming.
#[cfg(feature = "words")]
pub fn coming(
    tasks: &[ContactTask],
    language: &str,
    sent: NaiveDate,
    standard: &crate::standard::ServiceStandard,
    written_in: Language,
) -> Option<String> {
    let w = Words {
        language: written_in,
    };
    let ways: Vec<String> = tasks
        .iter()
        .filter_map(|task| match task {
            ContactTask::Post | ContactTask::Phone => None,
            ContactTask::Braille => Some(w.say("letter-coming-braille", &[])),
            ContactTask::Audio => Some(w.say("letter-coming-audio", &[])),
            ContactTask::Translation => Some(w.say(
                "letter-coming-language",
                &[("language", Value::Text(language.trim()))],
            )),
        })
        .collect();
    let by = tasks
        .iter()
        .filter_map(|task| task.ready_by(sent, standard))
        .max()?;
    let ways = match ways.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [rest @ .., last] => w.say(
            "letter-list-and",
            &[
                (
                    "rest",
                    Value::Text(&rest.join(&w.say("letter-list-comma", &[]))),
                ),
                ("last", Value::Text(last)),
            ],
        ),
    };
    Some(w.say(
        "letter-coming",
        &[
            ("ways", Value::Text(&ways)),
            ("day", Value::Day(by)),
            ("phone", Value::Text(LANDLORD.phone)),
        ],
    ))
}

/// What the email a letter is sent in says of the account, in the letter's language: that it
/// can be read there (with its large-print version, for someone who asked for large print),
/// or, for someone without an account, that registering would let them.
#[cfg(feature = "words")]
pub fn in_the_account(language: Language, has_account: bool, large_print: bool) -> String {
    let id = match (has_account, large_print) {
        (true, true) => "letter-email-account-large",
        (true, false) => "letter-email-account",
        (false, _) => "letter-email-register",
    };
    say(language, id, &[])
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
            language: OptionalText::parse(" Bengali ", "language").expect("a language"),
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
        let paragraph = coming(&tasks, " Bengali ", sent, standard, Language::English)
            .expect("something is coming");
        assert!(
            paragraph.contains(
                "We will also send you this letter as an audio recording, in Braille and in Bengali by Tuesday 8 December 2026."
            ),
            "{paragraph}"
        );
        assert!(paragraph.contains("01282 686300"), "{paragraph}");
        assert_eq!(
            ContactTask::Translation.label(&support),
            "Send the letter translated into Bengali"
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
        assert_eq!(
            coming(&[ContactTask::Post], "", sent, standard, Language::English),
            None
        );
        let english = Preferences {
            language: OptionalText::parse("English", "language").expect("a language"),
            ..Preferences::default()
        };
        assert_eq!(
            sending(&english, true),
            (true, vec![]),
            "no translation into English"
        );
        // Letters are written in Urdu and Polish themselves: nobody need translate them.
        for (asked, written) in [
            ("Urdu", Language::Urdu),
            ("urdu", Language::Urdu),
            ("Polish", Language::Polish),
            ("polski", Language::Polish),
            ("Bengali", Language::English),
            ("", Language::English),
        ] {
            let support = Preferences {
                formats: vec![AltFormat::Braille],
                language: OptionalText::parse(asked, "language").expect("a language"),
                ..Preferences::default()
            };
            assert_eq!(written_in(asked), written, "{asked}");
            let (_, tasks) = sending(&support, true);
            assert_eq!(
                tasks.contains(&ContactTask::Translation),
                written == Language::English && !asked.is_empty(),
                "{asked}"
            );
            // What else is coming is said in the letter's own language.
            let said = coming(&tasks, asked, sent, standard, written).expect("Braille");
            let braille = crate::words::say(written, "letter-coming-braille", &[]);
            assert!(said.contains(&braille), "{said}");
        }
        let polish = coming(
            &[ContactTask::Braille],
            "Polish",
            sent,
            standard,
            Language::Polish,
        );
        assert_eq!(
            polish.as_deref(),
            Some("Prosisz o listy w innym formacie lub języku. Wyślemy Ci ten list także alfabetem Braille’a do dnia wtorek, 8 grudnia 2026. Jeśli do tego dnia do Ciebie nie dotrze, zadzwoń do nas pod numer 01282 686300.")
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
            proptest::prop_assert_eq!(coming(&tasks, &language, sent, standard, Language::English).is_some(), extra);
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
        let agreed = letter(
            "CH-1",
            &events[2],
            &complaint_after(&events),
            Language::English,
        )
        .expect("a letter");
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
        let update = letter(
            "CH-1",
            &events[3],
            &complaint_after(&events),
            Language::English,
        )
        .expect("a letter");
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
        let letter = letter(
            "CMP-2026-000001",
            &events[1],
            &complaint_after(&events),
            Language::English,
        )
        .expect("sends");
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
        let letter = letter(
            "CMP-2026-000001",
            &events[1],
            &complaint_after(&events),
            Language::English,
        )
        .expect("sends");
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
            letter(
                "CMP-2026-000001",
                &events[last],
                &complaint_after(&events),
                Language::English,
            )
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
        let extension = letter(
            "CMP-2026-000001",
            &events[2],
            &complaint_after(&events),
            Language::English,
        )
        .expect("sends");
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
        let stage1 = letter(
            "CMP-2026-000001",
            &events[3],
            &complaint_after(&events),
            Language::English,
        )
        .expect("sends");
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
        let final_response = letter(
            "CMP-2026-000001",
            &events[last],
            &complaint_after(&events),
            Language::English,
        )
        .expect("sends");
        let text = final_response.text(None);
        assert!(text.contains("completes our complaints process"), "{text}");
        assert!(text.contains("PO Box 152, Liverpool, L33 7WQ"), "{text}");
    }

    #[test]
    fn every_letter_is_written_in_urdu_and_polish_with_what_was_recorded_kept_as_typed() {
        let mut events = history();
        let response = Response {
            about: "Boiler".into(),
            outcome_sought: "Repair".into(),
            decision: "The repair was late.".into(),
            reasons: "The contractor missed two visits.".into(),
            remedy: "£50 and the repair finished.".into(),
            outcome: Some(crate::outcomes::Outcome::PartlyUpheld),
            categories: vec![],
        };
        for (at, kind) in [
            (
                "2026-11-30T09:00:00+00:00",
                EventKind::Stage1Extended {
                    working_days: 5,
                    reason: "A report is late.".into(),
                    good_reason: None,
                },
            ),
            (
                "2026-12-01T09:00:00+00:00",
                EventKind::UpdatesAgreed {
                    every_working_days: 3,
                    how: None,
                },
            ),
            (
                "2026-12-02T09:00:00+00:00",
                EventKind::UpdateGiven {
                    text: "The part is ordered.".into(),
                },
            ),
            (
                "2026-12-03T09:00:00+00:00",
                EventKind::Stage1Responded(response.clone()),
            ),
            (
                "2026-12-04T09:00:00+00:00",
                EventKind::Stage2Requested {
                    discretion: None,
                    still_unhappy: Some("Still cold.".into()),
                    outcome_wanted: None,
                },
            ),
            (
                "2026-12-07T09:00:00+00:00",
                EventKind::Stage2Acknowledged {
                    reviewer: None,
                    reviewer_contact: None,
                    reviewer_account: None,
                },
            ),
            (
                "2026-12-08T09:00:00+00:00",
                EventKind::ActionAgreed {
                    kind: crate::actions::ActionKind::Payment,
                    what: "Pay £50".into(),
                    owner: "Finance".into(),
                    due: NaiveDate::from_ymd_opt(2026, 12, 18).expect("a day"),
                    amount_pence: Some(5000),
                },
            ),
            (
                "2026-12-09T09:00:00+00:00",
                EventKind::ActionDone {
                    number: 1,
                    note: None,
                },
            ),
            (
                "2026-12-10T09:00:00+00:00",
                EventKind::Stage2Responded(response),
            ),
        ] {
            events.push(ev(at, kind));
        }
        let mut written = 0;
        for upto in 1..=events.len() {
            let after = complaint_after(&events[..upto]);
            let Some(english) = letter(
                "CMP-2026-000001",
                &events[upto - 1],
                &after,
                Language::English,
            ) else {
                continue;
            };
            written += 1;
            for language in [Language::Urdu, Language::Polish] {
                let theirs = letter("CMP-2026-000001", &events[upto - 1], &after, language)
                    .expect("the same letter");
                assert_eq!(theirs.language, language);
                assert_eq!(
                    theirs.paragraphs.len(),
                    english.paragraphs.len(),
                    "{theirs:?}"
                );
                assert!(
                    theirs.subject.contains("CMP-2026-000001"),
                    "{}",
                    theirs.subject
                );
                let text = theirs.text(Some("Ms Amina Khan"));
                assert!(text.contains("Amina Khan"), "{text}");
                for (ours, english) in theirs.paragraphs.iter().zip(&english.paragraphs) {
                    // Each sentence is translated; what a colleague typed is kept as typed.
                    assert!(
                        ours != english
                            || !english.contains(' ')
                            || events[upto - 1].kind.name() == "update_given",
                        "{language:?}: {ours}"
                    );
                    assert!(!ours.contains("letter-") && !ours.contains('{'), "{ours}");
                }
            }
        }
        assert!(written >= 9, "{written}");
    }

    #[test]
    fn events_the_resident_is_not_written_to_about_send_no_letter() {
        let mut events = history();
        events.push(ev(
            "2026-11-25T09:00:00+00:00",
            EventKind::InformationAdded { text: None },
        ));
        assert_eq!(
            letter(
                "CMP-2026-000001",
                &events[2],
                &complaint_after(&events),
                Language::English
            ),
            None
        );
    }
}
