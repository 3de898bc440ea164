//! Telling the landlord something: a complaint, a safety concern or a compliment, one question
//! or small group per page [policy 2024 §6; complaints web page].
//!
//! What was typed is kept as typed (a [`Draft`]) after every page, valid or not, so nothing is
//! ever lost. Each page's parser says whether the journey can go on; [`Draft::resume`] names
//! the first page still needing an answer, and [`Draft::submission`] checks every page again
//! before anything is filed.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::feedback::{twelve_month_check, TwelveMonthCheck};
use crate::forms::{field_error, Field, FieldError};
use crate::preferences::{PreferenceAnswers, Preferences};
use crate::representation::{ForWhom, Representation, RepresentationAnswers};
use crate::standard::ServiceStandard;
use crate::values::{OptionalText, RequiredText};

/// The longest answers, in characters.
/// The most one page's answers, sent after the session had ended, may hold (as stored) to be
/// kept until the resident signs in: several times the longest answers any page allows, in any
/// script, so that only what no page could accept is turned away.
pub const KEPT_MAX_BYTES: usize = 64 * 1024;
pub const STORY_MAX: usize = 5000;
pub const OUTCOME_MAX: usize = 2000;
pub const REPORTED_MAX: usize = 2000;
pub const LATE_REASON_MAX: usize = 2000;
pub const PLACE_MAX: usize = 200;
pub const PERSON_MAX: usize = 200;

/// What the resident wants to do (the first page).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Complaint,
    Concern,
    Compliment,
    /// Something needs repairing: not a complaint, so steered to the repairs route (§6.4).
    Repair,
}

impl Purpose {
    pub const ALL: [Self; 4] = [
        Self::Complaint,
        Self::Concern,
        Self::Compliment,
        Self::Repair,
    ];

    /// The form value.
    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// As offered on the first page.
    pub fn label(self) -> &'static str {
        match self {
            Self::Complaint => "Make a complaint",
            Self::Concern => "Report a safety concern",
            Self::Compliment => "Give a compliment",
            Self::Repair => "Get something repaired",
        }
    }

    /// The hint under each choice.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Complaint => "Something has gone wrong with our service, or we have not done something we should. This includes a repair you reported that was not handled well.",
            Self::Concern => "Something is unsafe, for example scaffolding left up or a smoke alarm not working.",
            Self::Compliment => "Someone from Calico Homes helped you and you would like to thank them.",
            Self::Repair => "Something in your home is broken or needs fixing.",
        }
    }
}

/// The pages of the journey, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Purpose,
    Repair,
    ForWhom,
    AboutYou,
    Resident,
    Consent,
    Complaint,
    Late,
    Attachments,
    Concern,
    Compliment,
    Support,
    Check,
}

impl Step {
    /// Every page of the journey, in the order a full journey can meet them.
    pub const ALL: [Self; 13] = [
        Self::Purpose,
        Self::Repair,
        Self::ForWhom,
        Self::AboutYou,
        Self::Resident,
        Self::Consent,
        Self::Complaint,
        Self::Late,
        Self::Attachments,
        Self::Concern,
        Self::Compliment,
        Self::Support,
        Self::Check,
    ];

    /// Where the page is.
    pub fn path(self) -> &'static str {
        match self {
            Self::Purpose => "/complaint/new",
            Self::Repair => "/complaint/new/repair",
            Self::ForWhom => "/complaint/new/for-whom",
            Self::AboutYou => "/complaint/new/about-you",
            Self::Resident => "/complaint/new/resident",
            Self::Consent => "/complaint/new/consent",
            Self::Complaint => "/complaint/new/details",
            Self::Late => "/complaint/new/late",
            Self::Attachments => "/complaint/new/attachments",
            Self::Concern => "/complaint/new/concern",
            Self::Compliment => "/complaint/new/compliment",
            Self::Support => "/complaint/new/support",
            Self::Check => "/complaint/new/check",
        }
    }
}

impl Step {
    /// The problems with a page's answers as its form sends them (`form`), checked as the
    /// browser checks them while the page is filled in: with [`Step::check`], on a draft that
    /// has nothing but this page and whether the account has a tenancy, because a page's check
    /// reads nothing else of the draft (a property test holds the two to each other).
    pub fn check_answers(
        self,
        form: &[(String, String)],
        without_tenancy: bool,
        today: NaiveDate,
    ) -> Vec<FieldError> {
        let mut draft = Draft {
            without_tenancy,
            ..Draft::default()
        };
        draft.answer_page(self, form);
        self.check(&draft, today).err().unwrap_or_default()
    }

    /// Checks the answers on this page alone: on the server when the page is saved, and in
    /// the browser as each field is left, with the same parsers.
    pub fn check(self, draft: &Draft, today: NaiveDate) -> Result<(), Vec<FieldError>> {
        match self {
            Self::Purpose => draft.purpose().map(drop),
            Self::ForWhom => draft.for_whom().map(drop),
            Self::AboutYou => draft.representative.about_you().map(drop),
            Self::Resident => draft.representative.resident().map(drop),
            Self::Consent => draft.representative.consent(today).map(drop),
            Self::Complaint => draft.complaint(today).map(drop),
            Self::Late => draft.late_reason().map(drop),
            Self::Concern => draft.concern().map(drop),
            Self::Compliment => draft.compliment().map(drop),
            Self::Support => draft.support().map(drop),
            Self::Repair | Self::Attachments | Self::Check => Ok(()),
        }
    }
}

/// Yes, no, or not sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

impl Answer {
    pub const ALL: [Self; 3] = [Self::Yes, Self::No, Self::NotSure];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "Yes",
            Self::No => "No",
            Self::NotSure => "I'm not sure",
        }
    }
}

/// Everything typed so far, exactly as typed. Saved after every page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Set by the server from the account: an account with no tenancy of its own can only act
    /// for someone else.
    pub without_tenancy: bool,
    pub purpose: String,
    pub for_whom: String,
    /// When acting for someone else: about the representative, the resident and the consent.
    pub representative: RepresentationAnswers,
    pub what_happened: String,
    pub incident_day: String,
    pub incident_month: String,
    pub incident_year: String,
    pub already_reported: String,
    pub outcome: String,
    pub late_reason: String,
    pub concern_what: String,
    pub concern_where: String,
    pub danger_now: String,
    pub vulnerable: String,
    pub compliment_who: String,
    pub compliment_what: String,
    /// Whether the resident has been past the (optional) photos and documents page.
    pub attachments_done: bool,
    /// `None` until the support page is saved (it starts from the account's preferences).
    pub support: Option<PreferenceAnswers>,
}

/// A complaint's checked answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintDetails {
    pub what_happened: RequiredText<STORY_MAX>,
    /// When it happened (or started).
    pub incident: NaiveDate,
    /// What the resident already reported, and any reference they were given.
    pub already_reported: OptionalText<REPORTED_MAX>,
    pub outcome: RequiredText<OUTCOME_MAX>,
    /// Why it was not raised sooner, when the incident is over 12 months old: for the
    /// Complaints Officer's discretion [policy 2024 §7].
    pub late_reason: Option<RequiredText<LATE_REASON_MAX>>,
}

/// A safety concern's checked answers: what staff need to set a risk level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConcernDetails {
    pub what: RequiredText<STORY_MAX>,
    pub location: RequiredText<PLACE_MAX>,
    pub danger_now: Answer,
    /// Whether anyone affected is vulnerable (a child, someone older, disabled or unwell).
    pub vulnerable: Answer,
}

/// A compliment's checked answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplimentDetails {
    pub who: RequiredText<PERSON_MAX>,
    pub what: RequiredText<STORY_MAX>,
}

/// What is being filed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Filing {
    Complaint(ComplaintDetails),
    Concern(ConcernDetails),
    Compliment(ComplimentDetails),
}

impl Filing {
    /// The kind, as stored: "complaint", "concern" or "compliment".
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Complaint(_) => "complaint",
            Self::Concern(_) => "concern",
            Self::Compliment(_) => "compliment",
        }
    }
}

/// A whole journey, checked: ready to file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Submission {
    pub filing: Filing,
    /// Who is acting for the resident, when it is not the resident.
    pub on_behalf: Option<Representation>,
    pub support: Preferences,
}

/// What happens next, in sentences for the confirmation page, its printed copy and the
/// acknowledgement email. `received` is the London date it arrived.
#[cfg(feature = "words")]
pub fn next_steps(
    filing: &Filing,
    received: NaiveDate,
    calendar: &Calendar,
    standard: &ServiceStandard,
    out_of_hours: &crate::values::PhoneNumber,
    language: crate::language::Language,
) -> Vec<String> {
    use crate::words::{long_date, say, Value};
    let said = |id: &str, values: &[(&str, Value<'_>)]| say(language, id, values);
    match filing {
        Filing::Complaint(_) => {
            let target = calendar.add(received, standard.acknowledge_target);
            let limit = calendar.add(received, standard.acknowledge_limit);
            let (unit, count) = match standard.stage1_response {
                crate::calendar::Span::WorkingDays(n) => ("working", n),
                crate::calendar::Span::CalendarDays(n) => ("calendar", n),
            };
            vec![
                said(
                    "filed-complaint-acknowledge",
                    &[("limit", Value::Day(limit)), ("target", Value::Day(target))],
                ),
                said(
                    "filed-complaint-response",
                    &[
                        ("unit", Value::Text(unit)),
                        ("count", Value::Number(count.into())),
                    ],
                ),
                said("filed-complaint-review", &[]),
            ]
        }
        Filing::Concern(details) => {
            let mut steps = Vec::new();
            if details.danger_now == Answer::Yes {
                steps.push(said("filed-concern-danger", &[]));
            }
            steps.push(if calendar.is_working_day(received) {
                said("filed-concern-today", &[])
            } else {
                said(
                    "filed-concern-closed",
                    &[
                        (
                            "day",
                            Value::Text(&long_date(
                                language,
                                calendar.add_working_days(received, 1),
                            )),
                        ),
                        ("phone", Value::Text(&out_of_hours.grouped())),
                    ],
                )
            });
            steps.push(said("filed-concern-contact", &[]));
            steps
        }
        Filing::Compliment(_) => vec![said(
            "filed-compliment",
            &[(
                "day",
                Value::Day(calendar.add(received, standard.enquiry_acknowledge)),
            )],
        )],
    }
}

/// The email that confirms something was filed, to whoever filed it, in `language`: (subject,
/// body before the signature).
#[cfg(feature = "words")]
pub fn confirmation_mail(
    reference: &str,
    filing: &Filing,
    received: NaiveDate,
    calendar: &Calendar,
    standard: &ServiceStandard,
    out_of_hours: &crate::values::PhoneNumber,
    language: crate::language::Language,
) -> (String, String) {
    use crate::contact::{HOUSING_OMBUDSMAN, LANDLORD};
    use crate::words::{say, Value};
    let kind = ("kind", Value::Text(filing.kind()));
    let reference = ("reference", Value::Text(reference));
    let steps = next_steps(filing, received, calendar, standard, out_of_hours, language);
    let body = [
        say(
            language,
            "filed-mail-thanks",
            &[kind, ("day", Value::Day(received))],
        ),
        say(language, "filed-mail-reference", &[reference]),
        say(language, "filed-mail-next", &[]),
        steps.join("\n\n"),
        say(
            language,
            "filed-mail-account",
            &[
                ("phone", Value::Text(LANDLORD.phone)),
                ("hours", Value::Text(&crate::mail::opening_hours(language))),
                ("email", Value::Text(LANDLORD.email)),
            ],
        ),
        say(
            language,
            "filed-mail-ombudsman",
            &[
                ("phone", Value::Text(HOUSING_OMBUDSMAN.phone)),
                ("email", Value::Text(HOUSING_OMBUDSMAN.email)),
            ],
        ),
    ]
    .join("\n\n");
    (
        say(language, "filed-mail-subject", &[kind, reference]),
        body,
    )
}

/// Writes into `base` each value of `kept` that differs from `blank`, object by object.
fn overlay(base: &mut serde_json::Value, kept: &serde_json::Value, blank: &serde_json::Value) {
    let (serde_json::Value::Object(base), serde_json::Value::Object(kept)) = (base, kept) else {
        return;
    };
    for (key, value) in kept {
        let blank = blank.get(key).unwrap_or(&serde_json::Value::Null);
        if value == blank {
            continue;
        }
        match base.get_mut(key) {
            Some(existing) if existing.is_object() && blank.is_object() => {
                overlay(existing, value, blank)
            }
            _ => {
                base.insert(key.clone(), value.clone());
            }
        }
    }
}

fn collect<T>(value: Result<T, FieldError>, errors: &mut Vec<FieldError>) -> Option<T> {
    value.map_err(|e| errors.push(e)).ok()
}

fn finish<T>(errors: Vec<FieldError>, value: Option<T>) -> Result<T, Vec<FieldError>> {
    match value {
        Some(value) if errors.is_empty() => Ok(value),
        _ => Err(errors),
    }
}

fn choice(code: &str, field: Field, message: &str) -> Result<Answer, FieldError> {
    Answer::from_code(code.trim()).ok_or_else(|| field_error(field, message))
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Reads a date typed as day, month and year boxes (the month may be a number or a name).
/// `label` names it in messages ("The date it happened").
pub fn parse_date(
    day: &str,
    month: &str,
    year: &str,
    today: NaiveDate,
    label: &str,
) -> Result<NaiveDate, String> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    let missing: Vec<&str> = [("a day", day), ("a month", month), ("a year", year)]
        .iter()
        .filter(|(_, v)| v.is_empty())
        .map(|(name, _)| *name)
        .collect();
    match missing.len() {
        0 => {}
        3 => return Err(format!("Enter {}", label.to_ascii_lowercase())),
        _ => return Err(format!("{label} must include {}", missing.join(" and "))),
    }
    let month_number = month.parse::<u32>().ok().or_else(|| {
        let lower = month.to_ascii_lowercase();
        MONTHS
            .iter()
            .position(|m| lower.len() >= 3 && lower.starts_with(m))
            .and_then(|i| u32::try_from(i + 1).ok())
    });
    let real = format!("{label} must be a real date");
    let (Some(d), Some(m), Ok(y)) = (day.parse::<u32>().ok(), month_number, year.parse::<i32>())
    else {
        return Err(real);
    };
    if year.len() != 4 {
        return Err("Year must include 4 numbers, like 2026".into());
    }
    let date = NaiveDate::from_ymd_opt(y, m, d).ok_or(real)?;
    if date > today {
        return Err(format!("{label} must be today or in the past"));
    }
    if date.year() < 1900 {
        return Err(format!("{label} must be after 1900"));
    }
    Ok(date)
}

impl Draft {
    /// The first page: what the resident wants to do.
    pub fn purpose(&self) -> Result<Purpose, Vec<FieldError>> {
        Purpose::from_code(self.purpose.trim()).ok_or_else(|| {
            vec![field_error(
                Field::Purpose,
                "Select what you would like to do",
            )]
        })
    }

    /// "Who is this for?"
    pub fn for_whom(&self) -> Result<ForWhom, Vec<FieldError>> {
        match (ForWhom::from_code(&self.for_whom), self.without_tenancy) {
            (None, true) | (Some(ForWhom::SomeoneElse), _) => Ok(ForWhom::SomeoneElse),
            (Some(ForWhom::Me), true) => Err(vec![field_error(
                Field::ForWhom,
                "Your account is not linked to a tenancy, so you can only act for someone else. To complain about your own home, register with your rent reference.",
            )]),
            (Some(ForWhom::Me), false) => Ok(ForWhom::Me),
            (None, false) => Err(vec![field_error(Field::ForWhom, "Select who this is for")]),
        }
    }

    /// The complaint page (without the late reason, which has its own page).
    pub fn complaint(&self, today: NaiveDate) -> Result<ComplaintDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let what = collect(
            RequiredText::parse(&self.what_happened, "What happened", "what happened")
                .map_err(|e| field_error(Field::WhatHappened, e)),
            &mut errors,
        );
        let incident = collect(
            parse_date(
                &self.incident_day,
                &self.incident_month,
                &self.incident_year,
                today,
                "The date it happened",
            )
            .map_err(|e| field_error(Field::IncidentDate, e)),
            &mut errors,
        );
        let reported = collect(
            OptionalText::parse(&self.already_reported, "What you have already reported")
                .map_err(|e| field_error(Field::AlreadyReported, e)),
            &mut errors,
        );
        let outcome = collect(
            RequiredText::parse(
                &self.outcome,
                "What you would like us to do",
                "what you would like us to do to put things right",
            )
            .map_err(|e| field_error(Field::Outcome, e)),
            &mut errors,
        );
        let details = match (what, incident, reported, outcome) {
            (Some(what_happened), Some(incident), Some(already_reported), Some(outcome)) => {
                Some(ComplaintDetails {
                    what_happened,
                    incident,
                    already_reported,
                    outcome,
                    late_reason: None,
                })
            }
            _ => None,
        };
        finish(errors, details)
    }

    /// How many whole months ago the incident was, when that is more than 12 (so the late
    /// page is asked); `None` when within 12 months or the date is not valid yet.
    pub fn months_late(&self, today: NaiveDate) -> Option<u32> {
        let incident = parse_date(
            &self.incident_day,
            &self.incident_month,
            &self.incident_year,
            today,
            "The date",
        )
        .ok()?;
        match twelve_month_check(incident, today) {
            TwelveMonthCheck::OlderThanTwelveMonths { months } => Some(months),
            _ => None,
        }
    }

    /// The late page: why it was not raised sooner.
    pub fn late_reason(&self) -> Result<RequiredText<LATE_REASON_MAX>, Vec<FieldError>> {
        RequiredText::parse(
            &self.late_reason,
            "Why you did not tell us sooner",
            "why you did not tell us sooner",
        )
        .map_err(|e| vec![field_error(Field::LateReason, e)])
    }

    /// The safety concern page.
    pub fn concern(&self) -> Result<ConcernDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let what = collect(
            RequiredText::parse(&self.concern_what, "What is unsafe", "what is unsafe")
                .map_err(|e| field_error(Field::ConcernWhat, e)),
            &mut errors,
        );
        let location = collect(
            RequiredText::parse(&self.concern_where, "Where it is", "where it is")
                .map_err(|e| field_error(Field::ConcernWhere, e)),
            &mut errors,
        );
        let danger_now = collect(
            choice(
                &self.danger_now,
                Field::DangerNow,
                "Select whether anyone is in danger now",
            ),
            &mut errors,
        );
        let vulnerable = collect(
            choice(
                &self.vulnerable,
                Field::Vulnerable,
                "Select whether it affects anyone who is vulnerable",
            ),
            &mut errors,
        );
        let details = match (what, location, danger_now, vulnerable) {
            (Some(what), Some(location), Some(danger_now), Some(vulnerable)) => {
                Some(ConcernDetails {
                    what,
                    location,
                    danger_now,
                    vulnerable,
                })
            }
            _ => None,
        };
        finish(errors, details)
    }

    /// The compliment page.
    pub fn compliment(&self) -> Result<ComplimentDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let who = collect(
            RequiredText::parse(&self.compliment_who, "Who helped you", "who helped you")
                .map_err(|e| field_error(Field::ComplimentWho, e)),
            &mut errors,
        );
        let what = collect(
            RequiredText::parse(&self.compliment_what, "What they did", "what they did")
                .map_err(|e| field_error(Field::ComplimentWhat, e)),
            &mut errors,
        );
        let details = match (who, what) {
            (Some(who), Some(what)) => Some(ComplimentDetails { who, what }),
            _ => None,
        };
        finish(errors, details)
    }

    /// The support page.
    pub fn support(&self) -> Result<Preferences, Vec<FieldError>> {
        self.support.clone().unwrap_or_default().parse()
    }

    /// The whole journey checked, or the first page that needs an answer.
    pub fn submission(&self, today: NaiveDate) -> Result<Submission, Step> {
        let purpose = self.purpose().map_err(|_| Step::Purpose)?;
        if purpose == Purpose::Repair {
            return Err(Step::Repair);
        }
        let on_behalf = match self.for_whom().map_err(|_| Step::ForWhom)? {
            ForWhom::Me => None,
            ForWhom::SomeoneElse => {
                let rep = &self.representative;
                rep.about_you().map_err(|_| Step::AboutYou)?;
                rep.resident().map_err(|_| Step::Resident)?;
                rep.consent(today).map_err(|_| Step::Consent)?;
                Some(rep.parse(today).map_err(|_| Step::AboutYou)?)
            }
        };
        let filing = match purpose {
            Purpose::Repair => return Err(Step::Repair),
            Purpose::Complaint => {
                let mut details = self.complaint(today).map_err(|_| Step::Complaint)?;
                if self.months_late(today).is_some() {
                    details.late_reason = Some(self.late_reason().map_err(|_| Step::Late)?);
                }
                if !self.attachments_done {
                    return Err(Step::Attachments);
                }
                Filing::Complaint(details)
            }
            Purpose::Concern => Filing::Concern(self.concern().map_err(|_| Step::Concern)?),
            Purpose::Compliment => {
                Filing::Compliment(self.compliment().map_err(|_| Step::Compliment)?)
            }
        };
        if self.support.is_none() {
            return Err(Step::Support);
        }
        let support = self.support().map_err(|_| Step::Support)?;
        Ok(Submission {
            filing,
            on_behalf,
            support,
        })
    }

    /// Puts one page's answers, as a browser sends them (name and value pairs, checkboxes
    /// only when ticked), into the draft. Names that are not answers are ignored.
    pub fn answer_page(&mut self, step: Step, form: &[(String, String)]) {
        if step == Step::Support {
            self.support = Some(PreferenceAnswers::default());
        }
        for (name, value) in form {
            self.answer(name, value);
        }
    }

    /// Sets the answer named `name` (a form field's name); `false` when there is none.
    pub fn answer(&mut self, name: &str, value: &str) -> bool {
        let text = value.to_owned();
        let rep = &mut self.representative;
        let slot = match name {
            "purpose" => &mut self.purpose,
            "for_whom" => &mut self.for_whom,
            "relationship" => &mut rep.relationship,
            "relationship_other" => &mut rep.relationship_other,
            "rep_phone" => &mut rep.rep_phone,
            "resident_name" => &mut rep.resident_name,
            "resident_address" => &mut rep.resident_address,
            "resident_reference" => &mut rep.resident_reference,
            "consent_method" => &mut rep.consent_method,
            "consent_day" => &mut rep.consent_day,
            "consent_month" => &mut rep.consent_month,
            "consent_year" => &mut rep.consent_year,
            "consent_to" => &mut rep.consent_to,
            "consent_scope" => &mut rep.consent_scope,
            "expiry_day" => &mut rep.expiry_day,
            "expiry_month" => &mut rep.expiry_month,
            "expiry_year" => &mut rep.expiry_year,
            "what_happened" => &mut self.what_happened,
            "incident_day" => &mut self.incident_day,
            "incident_month" => &mut self.incident_month,
            "incident_year" => &mut self.incident_year,
            "already_reported" => &mut self.already_reported,
            "outcome" => &mut self.outcome,
            "late_reason" => &mut self.late_reason,
            "concern_what" => &mut self.concern_what,
            "concern_where" => &mut self.concern_where,
            "danger_now" => &mut self.danger_now,
            "vulnerable" => &mut self.vulnerable,
            "compliment_who" => &mut self.compliment_who,
            "compliment_what" => &mut self.compliment_what,
            _ => {
                let mut support = self.support.clone().unwrap_or_default();
                let known = support.answer(name, value);
                if known {
                    self.support = Some(support);
                }
                return known;
            }
        };
        *slot = text;
        true
    }

    /// Copies in every answer in `kept` that is not blank: what one page sent after the
    /// session had ended, kept until the resident signed in again. Answers `kept` leaves blank
    /// stay as they were, so nothing saved before is lost either.
    pub fn keep(&mut self, kept: &Draft) {
        let (Ok(mut merged), Ok(kept), Ok(blank)) = (
            serde_json::to_value(&*self),
            serde_json::to_value(kept),
            serde_json::to_value(Draft::default()),
        ) else {
            return;
        };
        overlay(&mut merged, &kept, &blank);
        if let Ok(merged) = serde_json::from_value(merged) {
            *self = merged;
        }
    }

    /// Where to go after saving a page: the first page still needing an answer, or "Check
    /// your answers" when there is none (so a "Change" link returns there too).
    pub fn resume(&self, today: NaiveDate) -> Step {
        self.submission(today)
            .map_or_else(|step| step, |_| Step::Check)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    fn pairs(form: &[(&str, &str)]) -> Vec<(String, String)> {
        form.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_page_as_the_browser_sends_it_is_checked_as_the_server_checks_it() {
        let mut draft = Draft::default();
        draft.answer_page(
            Step::Complaint,
            &pairs(&[
                ("what_happened", "The lift is broken."),
                ("incident_day", "31"),
                ("incident_month", "2"),
                ("incident_year", "2026"),
                ("already_reported", ""),
                ("outcome", "Fix it."),
            ]),
        );
        assert_eq!(draft.what_happened, "The lift is broken.");
        let errors = Step::Complaint.check(&draft, today()).unwrap_err();
        assert_eq!(fields(&errors), vec![Field::IncidentDate]);
        assert_eq!(
            Step::Complaint.check(&draft, today()).unwrap_err(),
            draft.complaint(today()).unwrap_err(),
            "the same parser"
        );
        draft.answer("incident_day", "28");
        assert_eq!(Step::Complaint.check(&draft, today()), Ok(()));
        assert!(!draft.answer("no_such_field", "x"));
        assert_eq!(draft.support, None, "an unknown name changes nothing");
    }

    #[test]
    fn the_support_page_starts_blank_so_an_untick_counts() {
        let mut draft = Draft::default();
        draft.answer_page(
            Step::Support,
            &pairs(&[
                ("contact_method", "email"),
                ("interpreter", "true"),
                ("large_print", "true"),
            ]),
        );
        let support = draft.support.clone().expect("answered");
        assert!(support.interpreter);
        assert_eq!(support.formats, vec!["large_print".to_owned()]);
        let errors = Step::Support.check(&draft, today()).unwrap_err();
        assert_eq!(
            fields(&errors),
            vec![Field::Language],
            "an interpreter needs a language"
        );
        draft.answer_page(Step::Support, &pairs(&[("contact_method", "email")]));
        assert_eq!(Step::Support.check(&draft, today()), Ok(()));
        assert!(draft.support.expect("answered").formats.is_empty());
    }

    /// The names of each page's fields, as its form sends them.
    fn page_fields(step: Step) -> &'static [&'static str] {
        match step {
            Step::Purpose => &["purpose"],
            Step::ForWhom => &["for_whom"],
            Step::AboutYou => &["relationship", "relationship_other", "rep_phone"],
            Step::Resident => &["resident_name", "resident_address", "resident_reference"],
            Step::Consent => &[
                "consent_method",
                "consent_day",
                "consent_month",
                "consent_year",
                "consent_to",
                "consent_scope",
                "expiry_day",
                "expiry_month",
                "expiry_year",
            ],
            Step::Complaint => &[
                "what_happened",
                "incident_day",
                "incident_month",
                "incident_year",
                "already_reported",
                "outcome",
            ],
            Step::Late => &["late_reason"],
            Step::Concern => &["concern_what", "concern_where", "danger_now", "vulnerable"],
            Step::Compliment => &["compliment_who", "compliment_what"],
            Step::Support => &[
                "contact_method",
                "phone",
                "call_times",
                "language",
                "adjustments",
                "interpreter",
                "large_print",
                "audio",
                "braille",
            ],
            Step::Repair | Step::Attachments | Step::Check => &[],
        }
    }

    /// A value a box could hold: often one the parsers accept, sometimes not.
    fn any_answer() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("true".to_owned()),
            prop::sample::select(vec![
                "complaint",
                "concern",
                "compliment",
                "me",
                "someone_else",
                "family",
                "other",
                "written",
                "verbal",
                "this_complaint",
                "all_complaints",
                "yes",
                "no",
                "not_sure",
                "email",
                "phone",
                "letter",
                "1",
                "2",
                "12",
                "2026",
                "2027",
                "31",
                "march",
                "10012345",
                "01282 686300",
                "Sam at the office",
            ])
            .prop_map(str::to_owned),
            "\\PC{0,20}",
        ]
    }

    proptest! {
        #[test]
        fn a_page_is_checked_the_same_in_the_browser_as_on_the_whole_draft(
            step in prop::sample::select(Step::ALL.to_vec()),
            stored in prop::collection::vec(any_answer(), 39),
            typed in prop::collection::vec(any_answer(), 9),
            without_tenancy in any::<bool>(),
            days in 0u64..1500,
        ) {
            let today = NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Days::new(days);
            // Everything else the resident answered, on every page.
            let mut draft = Draft { without_tenancy, ..Draft::default() };
            for (name, value) in Step::ALL.iter().flat_map(|s| page_fields(*s)).zip(&stored) {
                draft.answer(name, value);
            }
            let form: Vec<(String, String)> = page_fields(step)
                .iter()
                .zip(&typed)
                .map(|(name, value)| ((*name).to_owned(), value.clone()))
                .collect();
            draft.answer_page(step, &form);
            let whole = step.check(&draft, today).err().unwrap_or_default();
            prop_assert_eq!(step.check_answers(&form, without_tenancy, today), whole);
        }
    }

    #[test]
    fn every_page_of_the_journey_has_its_own_address_under_complaint_new() {
        let paths: std::collections::BTreeSet<&str> = Step::ALL.iter().map(|s| s.path()).collect();
        assert_eq!(
            paths.len(),
            Step::ALL.len(),
            "no two pages share an address"
        );
        assert!(paths.iter().all(|p| p.starts_with("/complaint/new")));
    }

    #[test]
    fn every_page_field_name_is_an_answer() {
        let names: Vec<&str> = Step::ALL
            .iter()
            .flat_map(|step| page_fields(*step).iter().copied())
            .collect();
        for name in &names {
            let mut draft = Draft::default();
            assert!(draft.answer(name, "true"), "{name}");
            assert_ne!(draft, Draft::default(), "{name} changes the draft");
        }
        for field in [
            Field::WhatHappened,
            Field::IncidentDate,
            Field::ConsentDate,
            Field::Language,
        ] {
            assert!(names.contains(&field.id()), "{} is a form name", field.id());
        }
    }

    #[test]
    fn answers_kept_after_a_session_ended_join_the_saved_draft() {
        let mut saved = complaint_on("3", "11", "2026");
        saved.representative.resident_name = "Alex Morgan".into();
        let mut kept = Draft::default();
        kept.answer_page(
            Step::Complaint,
            &pairs(&[
                ("what_happened", "A longer account, typed for an hour."),
                ("outcome", ""),
            ]),
        );
        kept.representative.consent_to = "Sam".into();
        kept.support = Some(PreferenceAnswers::default());
        saved.keep(&kept);
        assert_eq!(saved.what_happened, "A longer account, typed for an hour.");
        assert_eq!(
            saved.outcome, "Fix the lift and keep me updated.",
            "blank keeps what was saved"
        );
        assert_eq!(saved.representative.resident_name, "Alex Morgan");
        assert_eq!(saved.representative.consent_to, "Sam");
        assert_eq!(saved.incident_day, "3");
        assert!(saved.attachments_done);
        assert_eq!(saved.support, Some(PreferenceAnswers::default()));
    }

    proptest! {
        #[test]
        fn keeping_never_loses_a_typed_answer(saved in "[a-z ]{0,12}", typed in "[a-z ]{0,12}", other in "[a-z]{1,8}") {
            let mut draft = Draft { what_happened: saved.clone(), late_reason: other.clone(), ..Draft::default() };
            let kept = Draft { what_happened: typed.clone(), ..Draft::default() };
            draft.keep(&kept);
            let expected = if typed.is_empty() { saved } else { typed };
            prop_assert_eq!(draft.what_happened, expected);
            prop_assert_eq!(draft.late_reason, other);
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<Field> {
        errors.iter().map(|e| e.field).collect()
    }

    fn complaint_on(day: &str, month: &str, year: &str) -> Draft {
        Draft {
            purpose: "complaint".into(),
            for_whom: "me".into(),
            what_happened: "The lift has been broken for three weeks.".into(),
            incident_day: day.into(),
            incident_month: month.into(),
            incident_year: year.into(),
            outcome: "Fix the lift and keep me updated.".into(),
            attachments_done: true,
            ..Draft::default()
        }
    }

    #[test]
    fn dates_are_read_as_people_type_them() {
        let date = |d, m, y| parse_date(d, m, y, today(), "The date it happened");
        assert_eq!(
            date("3", "11", "2026"),
            Ok(NaiveDate::from_ymd_opt(2026, 11, 3).expect("d"))
        );
        assert_eq!(date(" 03 ", "Nov", "2026"), date("3", "11", "2026"));
        assert_eq!(date("3", "november", "2026"), date("3", "11", "2026"));
        assert_eq!(date("", "", "").unwrap_err(), "Enter the date it happened");
        assert_eq!(
            date("3", "", "").unwrap_err(),
            "The date it happened must include a month and a year"
        );
        assert_eq!(
            date("31", "2", "2026").unwrap_err(),
            "The date it happened must be a real date"
        );
        assert_eq!(
            date("1", "1", "26").unwrap_err(),
            "Year must include 4 numbers, like 2026"
        );
        assert_eq!(
            date("24", "11", "2026").unwrap_err(),
            "The date it happened must be today or in the past"
        );
        assert!(date("23", "11", "2026").is_ok(), "today is allowed");
    }

    #[test]
    fn the_journey_goes_to_the_first_page_still_needing_an_answer() {
        let mut draft = Draft::default();
        assert_eq!(draft.resume(today()), Step::Purpose);
        draft.purpose = "complaint".into();
        assert_eq!(draft.resume(today()), Step::ForWhom);
        draft.for_whom = "me".into();
        assert_eq!(draft.resume(today()), Step::Complaint);
        draft = complaint_on("1", "11", "2026");
        draft.attachments_done = false;
        assert_eq!(draft.resume(today()), Step::Attachments);
        draft.attachments_done = true;
        assert_eq!(draft.resume(today()), Step::Support);
        draft.support = Some(Preferences::default().answers());
        assert_eq!(draft.resume(today()), Step::Check);
        draft.purpose = "repair".into();
        assert_eq!(draft.resume(today()), Step::Repair);
    }

    #[test]
    fn an_incident_over_twelve_months_ago_asks_why_but_never_refuses() {
        let mut draft = complaint_on("1", "9", "2025");
        draft.support = Some(Preferences::default().answers());
        assert_eq!(draft.months_late(today()), Some(14));
        assert_eq!(draft.resume(today()), Step::Late);
        assert_eq!(
            draft.late_reason().unwrap_err()[0].message,
            "Enter why you did not tell us sooner"
        );
        draft.late_reason = "I was in hospital for most of last year.".into();
        let submission = draft.submission(today()).expect("files");
        let Filing::Complaint(details) = submission.filing else {
            panic!("a complaint");
        };
        assert_eq!(
            details.late_reason.map(|r| r.to_string()).as_deref(),
            Some("I was in hospital for most of last year.")
        );

        // Exactly twelve months is within: no question, and an old answer is not filed.
        draft.incident_day = "23".into();
        draft.incident_month = "11".into();
        assert_eq!(draft.months_late(today()), None);
        let Filing::Complaint(details) = draft.submission(today()).expect("files").filing else {
            panic!("a complaint");
        };
        assert_eq!(details.late_reason, None);
    }

    #[test]
    fn every_problem_on_a_page_is_reported_at_once_in_page_order() {
        let draft = Draft {
            purpose: "complaint".into(),
            already_reported: "x".repeat(REPORTED_MAX + 1),
            incident_day: "40".into(),
            incident_month: "1".into(),
            incident_year: "2026".into(),
            ..Draft::default()
        };
        assert_eq!(
            fields(&draft.complaint(today()).unwrap_err()),
            [
                Field::WhatHappened,
                Field::IncidentDate,
                Field::AlreadyReported,
                Field::Outcome
            ]
        );
        assert_eq!(
            fields(&Draft::default().concern().unwrap_err()),
            [
                Field::ConcernWhat,
                Field::ConcernWhere,
                Field::DangerNow,
                Field::Vulnerable
            ]
        );
        assert_eq!(
            fields(&Draft::default().compliment().unwrap_err()),
            [Field::ComplimentWho, Field::ComplimentWhat]
        );
        assert_eq!(
            fields(&Draft::default().purpose().unwrap_err()),
            [Field::Purpose]
        );
    }

    #[test]
    fn oversized_text_is_refused_with_its_length() {
        let mut draft = complaint_on("1", "11", "2026");
        draft.what_happened = "a".repeat(STORY_MAX + 1);
        let errors = draft.complaint(today()).unwrap_err();
        assert_eq!(
            errors[0].message,
            format!(
                "What happened must be {STORY_MAX} characters or fewer (you have {})",
                STORY_MAX + 1
            )
        );
    }

    #[test]
    fn concerns_and_compliments_file_with_their_own_answers() {
        let concern = Draft {
            purpose: "concern".into(),
            for_whom: "me".into(),
            concern_what: "The smoke alarm on the landing does not work.".into(),
            concern_where: "Landing, Flat 1".into(),
            danger_now: "no".into(),
            vulnerable: "yes".into(),
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        };
        let Filing::Concern(details) = concern.submission(today()).expect("files").filing else {
            panic!("a concern");
        };
        assert_eq!(
            (details.danger_now, details.vulnerable),
            (Answer::No, Answer::Yes)
        );
        let compliment = Draft {
            purpose: "compliment".into(),
            for_whom: "me".into(),
            compliment_who: "Jo from the repairs team".into(),
            compliment_what: "Came back the same day to finish the job.".into(),
            support: Some(Preferences::default().answers()),
            ..Draft::default()
        };
        assert_eq!(
            compliment.submission(today()).expect("files").filing.kind(),
            "compliment"
        );
    }

    #[test]
    fn acting_for_someone_else_asks_about_the_representative_the_resident_and_consent() {
        let mut draft = complaint_on("1", "11", "2026");
        draft.support = Some(Preferences::default().answers());
        draft.for_whom = "someone_else".into();
        assert_eq!(draft.resume(today()), Step::AboutYou);
        draft.representative.relationship = "councillor".into();
        assert_eq!(draft.resume(today()), Step::Resident);
        draft.representative.resident_name = "Alex Morgan".into();
        draft.representative.resident_reference = "10012345".into();
        assert_eq!(draft.resume(today()), Step::Consent);
        draft.representative.consent_method = "written".into();
        draft.representative.consent_scope = "all_complaints".into();
        let submission = draft.submission(today()).expect("files");
        assert_eq!(
            submission
                .on_behalf
                .map(|r| r.resident_name.to_string())
                .as_deref(),
            Some("Alex Morgan")
        );
    }

    #[test]
    fn an_account_without_a_tenancy_can_only_act_for_someone_else() {
        let mut draft = complaint_on("1", "11", "2026");
        draft.support = Some(Preferences::default().answers());
        draft.without_tenancy = true;
        draft.for_whom = String::new();
        assert_eq!(
            draft.resume(today()),
            Step::AboutYou,
            "not asked: it can only be someone else"
        );
        draft.for_whom = "me".into();
        assert_eq!(draft.resume(today()), Step::ForWhom);
        assert!(draft.for_whom().unwrap_err()[0]
            .message
            .contains("not linked to a tenancy"));
    }

    #[test]
    fn what_happens_next_gives_the_dates_of_the_policy() {
        let calendar = Calendar::england_and_wales();
        let standard = ServiceStandard::CALICO_2024;
        let line = crate::values::PhoneNumber::parse("0800 169 2407").expect("number");
        let mut draft = complaint_on("1", "11", "2026");
        draft.support = Some(Preferences::default().answers());
        let complaint = draft.submission(today()).expect("files").filing;
        // Received Thursday 24 December 2026: 25 and 28 December and 1 January are holidays.
        let christmas_eve = NaiveDate::from_ymd_opt(2026, 12, 24).expect("date");
        let steps = next_steps(
            &complaint,
            christmas_eve,
            &calendar,
            &standard,
            &line,
            crate::language::Language::English,
        );
        assert_eq!(
            steps[0],
            "We will contact you to acknowledge your complaint by Tuesday 5 January 2027. We aim to do it sooner: by Wednesday 30 December 2026."
        );
        assert!(steps[1].contains("within 10 working days of the acknowledgement"));

        let concern = Filing::Concern(ConcernDetails {
            what: RequiredText::parse("Gas smell", "x", "x").expect("text"),
            location: RequiredText::parse("Kitchen", "x", "x").expect("text"),
            danger_now: Answer::Yes,
            vulnerable: Answer::NotSure,
        });
        let saturday = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
        let steps = next_steps(
            &concern,
            saturday,
            &calendar,
            &standard,
            &line,
            crate::language::Language::English,
        );
        assert!(steps[0].contains("call 999"));
        assert!(steps[1].contains("on Monday 23 November 2026, when we open"));
        assert!(
            steps[1].ends_with("call our out-of-hours line on 0800 169 2407."),
            "{}",
            steps[1]
        );
    }

    proptest! {
        #[test]
        fn any_real_past_date_typed_as_numbers_reads_back(days_ago in 0i64..40_000) {
            let date = today() - chrono::Duration::days(days_ago);
            prop_assume!(date.year() >= 1900);
            let read = parse_date(
                &date.day().to_string(),
                &date.month().to_string(),
                &date.year().to_string(),
                today(),
                "The date",
            );
            prop_assert_eq!(read, Ok(date));
        }

        #[test]
        fn whatever_is_typed_the_journey_names_a_page_and_never_panics(
            purpose in "(complaint|concern|compliment|repair|)",
            day in "[0-9]{0,3}", month in "[0-9a-z]{0,4}", year in "[0-9]{0,5}",
            text in "\\PC{0,30}",
        ) {
            let draft = Draft {
                purpose,
                what_happened: text.clone(),
                incident_day: day,
                incident_month: month,
                incident_year: year,
                outcome: text.clone(),
                concern_what: text.clone(),
                compliment_who: text,
                ..Draft::default()
            };
            let step = draft.resume(today());
            prop_assert!(step != Step::Check || draft.submission(today()).is_ok());
        }
    }
}
