//! The self-assessment against the Housing Ombudsman's Complaint Handling Code (2024), which
//! the landlord makes each year and publishes with its annual report (policy 2024 §12.2; the
//! Code's section 8). Each provision is met or not, with the evidence, and what will be done,
//! and by when, to meet one that is not.
//!
//! - The provisions are the Code's, numbered as it numbers them, each in a sentence of our own
//!   (the Code's text is the Ombudsman's: read it there).
//! - Four are measured from the complaints' own records, and whether they are met is the
//!   records' answer, not anyone's opinion: 6.2 and 6.11 (acknowledged within 5 working
//!   days) and 6.3 and 6.14 (answered within the timescales, the Code's extensions included).
//!   Each is met when every one in the year was in time; with none in the year, an
//!   administrator says. Four more show figures from the records as evidence (2.4, 3.1, 8.1,
//!   9.1), and an administrator decides.
//! - Every other provision is assessed by an administrator, with its evidence. An assessment
//!   is kept for its reporting year; a year not yet assessed shows the last year's, marked as
//!   not yet confirmed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::long_date;
use crate::forms::{field_error, Field, FieldError};
use crate::measures::{Measures, ReportingYear, Table};

/// What the records can say about a provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Stage 1 acknowledgements within 5 working days (6.2): decides it.
    Stage1Acknowledged,
    /// Stage 1 responses within the timescale (6.3): decides it.
    Stage1Responded,
    /// Stage 2 acknowledgements within 5 working days (6.11): decides it.
    Stage2Acknowledged,
    /// Stage 2 responses within the timescale (6.14): decides it.
    Stage2Responded,
    /// Complaints not accepted (2.4): evidence.
    NotAccepted,
    /// The ways complaints came in (3.1): evidence.
    Channels,
    /// The Ombudsman's determinations (8.1): evidence.
    Determinations,
    /// Learning agreed and done (9.1): evidence.
    Learning,
}

impl Measure {
    /// What the records show in the year, and, for a measure that decides its provision,
    /// whether it is met (`None` when there was nothing to measure).
    pub fn from_records(self, m: &Measures) -> (String, Option<bool>) {
        let timed = |done: u32, in_time: u32, what: &str| {
            if done == 0 {
                return (
                    format!("None {what} in the year: nothing to measure."),
                    None,
                );
            }
            let share = f64::from(in_time) * 100.0 / f64::from(done);
            (
                format!("{in_time} of {done} {what} in time ({share:.1}%)."),
                Some(in_time == done),
            )
        };
        match self {
            Self::Stage1Acknowledged => {
                let a = m.stage1_acknowledgements;
                timed(a.acknowledged, a.in_time, "acknowledged at Stage 1")
            }
            Self::Stage2Acknowledged => {
                let a = m.stage2_acknowledgements;
                timed(a.acknowledged, a.in_time, "acknowledged at Stage 2")
            }
            Self::Stage1Responded => timed(
                m.stage1.responded,
                m.stage1.responded_in_time,
                "answered at Stage 1",
            ),
            Self::Stage2Responded => timed(
                m.stage2.responded,
                m.stage2.responded_in_time,
                "answered at Stage 2",
            ),
            Self::NotAccepted => (
                format!(
                    "{} not accepted in the year, each told why and of the Ombudsman in writing.",
                    m.not_accepted
                ),
                None,
            ),
            Self::Channels => {
                let ways: Vec<String> = m
                    .by_channel
                    .iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(c, n)| format!("{}: {n}", c.label()))
                    .collect();
                let ways = if ways.is_empty() {
                    "nothing received".to_owned()
                } else {
                    ways.join("; ")
                };
                (format!("Received in the year by: {ways}."), None)
            }
            Self::Determinations => {
                let total: u32 = m.determinations.iter().map(|(_, n)| n).sum();
                let against: u32 = m
                    .determinations
                    .iter()
                    .filter(|(f, _)| f.against_landlord())
                    .map(|(_, n)| n)
                    .sum();
                (
                    format!(
                        "The annual report counts the Ombudsman's {total} determinations in the year, {against} of them against the landlord."
                    ),
                    None,
                )
            }
            Self::Learning => {
                let done = m.learning.iter().filter(|l| l.done.is_some()).count();
                (
                    format!(
                        "{} learning actions agreed in the year, {done} of them done.",
                        m.learning.len()
                    ),
                    None,
                )
            }
        }
    }

    /// Whether the records decide the provision (when there was something to measure).
    pub fn decides(self) -> bool {
        matches!(
            self,
            Self::Stage1Acknowledged
                | Self::Stage1Responded
                | Self::Stage2Acknowledged
                | Self::Stage2Responded
        )
    }
}

/// A provision of the Code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provision {
    /// The Code's number: "6.2".
    pub number: &'static str,
    /// What it asks, in a sentence or two.
    pub requirement: &'static str,
    pub measure: Option<Measure>,
}

impl Provision {
    /// The section it is in: "6".
    pub fn section(&self) -> &'static str {
        self.number.split('.').next().unwrap_or_default()
    }

    /// Whether the records decide it, so an administrator is not asked whether it is met.
    pub fn decided_by_records(&self) -> bool {
        self.measure.is_some_and(Measure::decides)
    }
}

/// The Code's sections, by number.
pub const SECTIONS: [(&str, &str); 9] = [
    ("1", "Definition of a complaint"),
    ("2", "Exclusions"),
    ("3", "Accessibility and awareness"),
    ("4", "Complaint handling staff"),
    ("5", "The complaint handling process"),
    ("6", "Complaint stages"),
    ("7", "Putting things right"),
    ("8", "Self-assessment, reporting and compliance"),
    (
        "9",
        "Scrutiny and oversight: continuous learning and improvement",
    ),
];

/// The provision numbered `number`, if the Code has one.
pub fn provision(number: &str) -> Option<&'static Provision> {
    PROVISIONS.iter().find(|p| p.number == number.trim())
}

/// An administrator's answer for a provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Verdict {
    Met,
    NotMet,
}

impl Verdict {
    pub const ALL: [Self; 2] = [Self::Met, Self::NotMet];

    pub fn code(self) -> &'static str {
        crate::codes::code(&self)
    }

    pub fn from_code(code: &str) -> Option<Self> {
        crate::codes::from_code(code)
    }

    /// "Met" or "Not met".
    pub fn label(self) -> &'static str {
        match self {
            Self::Met => "Met",
            Self::NotMet => "Not met",
        }
    }
}

/// The newest assessment of `provision` for `year` or, if it has none, for the latest earlier
/// year (`assessed`: the newest for each year and provision, as the backend reads them).
pub fn latest<'a>(
    assessed: &'a [Assessed],
    provision: &str,
    year: ReportingYear,
) -> Option<&'a Assessed> {
    assessed
        .iter()
        .filter(|a| a.assessment.provision == provision && a.year <= year)
        .max_by_key(|a| a.year)
}

/// An administrator's assessment of one provision for a year, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub provision: String,
    /// `None` for a provision the records decide.
    pub verdict: Option<Verdict>,
    pub evidence: String,
    /// What will be done to meet it, and the day it will be met by.
    pub plan: Option<String>,
    pub comply_by: Option<NaiveDate>,
}

/// An assessment with its year and who made it, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessed {
    pub year: ReportingYear,
    pub assessment: Assessment,
    pub by: String,
    /// When, in words.
    pub at: String,
}

/// The assessment form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentAnswers {
    /// `met` or `not_met`.
    pub verdict: String,
    pub evidence: String,
    pub plan: String,
    pub comply_day: String,
    pub comply_month: String,
    pub comply_year: String,
}

/// The longest evidence or plan.
pub const MAX_TEXT: usize = crate::steps::MAX_TEXT;

impl AssessmentAnswers {
    /// The form filled in with `assessment`, to start from it.
    pub fn of(assessment: &Assessment) -> Self {
        let part = |f: &str| {
            assessment
                .comply_by
                .map(|d| d.format(f).to_string())
                .unwrap_or_default()
        };
        Self {
            verdict: assessment
                .verdict
                .map(|v| v.code().to_owned())
                .unwrap_or_default(),
            evidence: assessment.evidence.clone(),
            plan: assessment.plan.clone().unwrap_or_default(),
            comply_day: part("%-d"),
            comply_month: part("%-m"),
            comply_year: part("%Y"),
        }
    }

    /// The answers as a form would send them back, to show again.
    pub fn typed(&self) -> Vec<(String, String)> {
        [
            ("verdict", &self.verdict),
            ("evidence", &self.evidence),
            ("plan", &self.plan),
            ("comply_day", &self.comply_day),
            ("comply_month", &self.comply_month),
            ("comply_year", &self.comply_year),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect()
    }

    /// The assessment of `provision` made on `today`, or what to fix, in the form's order.
    ///
    /// - Whether it is met is asked only where the records do not decide it.
    /// - Evidence is needed for every provision the records do not decide; for those they
    ///   decide it is a comment, and may be left out.
    /// - One not met needs what will be done and the day it will be met by, after today: the
    ///   Code asks for both.
    pub fn parse(
        &self,
        provision: &Provision,
        today: NaiveDate,
    ) -> Result<Assessment, Vec<FieldError>> {
        let mut errors = Vec::new();
        let decided = provision.decided_by_records();
        let verdict = if decided {
            None
        } else {
            let verdict = Verdict::from_code(self.verdict.trim());
            if verdict.is_none() {
                errors.push(field_error(
                    Field::Verdict,
                    "Select whether Calico Homes meets it",
                ));
            }
            verdict
        };
        let evidence = self.evidence.trim();
        if evidence.is_empty() && !decided {
            errors.push(field_error(
                Field::Evidence,
                "Enter the evidence: the policy section, the page or the record that shows it",
            ));
        } else if evidence.chars().count() > MAX_TEXT {
            errors.push(field_error(
                Field::Evidence,
                format!("The evidence must be {MAX_TEXT} characters or fewer"),
            ));
        }
        let not_met = verdict == Some(Verdict::NotMet);
        let plan = self.plan.trim();
        if plan.is_empty() && not_met {
            errors.push(field_error(
                Field::Plan,
                "Enter what will be done to meet it",
            ));
        } else if plan.chars().count() > MAX_TEXT {
            errors.push(field_error(
                Field::Plan,
                format!("What will be done must be {MAX_TEXT} characters or fewer"),
            ));
        }
        let boxes = [&self.comply_day, &self.comply_month, &self.comply_year];
        let comply_by = if boxes.iter().all(|b| b.trim().is_empty()) {
            if not_met {
                errors.push(field_error(
                    Field::ComplyBy,
                    "Enter the day it will be met by",
                ));
            }
            None
        } else {
            match crate::filing::parse_date(
                &self.comply_day,
                &self.comply_month,
                &self.comply_year,
                NaiveDate::MAX,
                "The day it will be met by",
            ) {
                Ok(day) if day <= today => {
                    errors.push(field_error(
                        Field::ComplyBy,
                        "The day it will be met by must be in the future",
                    ));
                    None
                }
                Ok(day) => Some(day),
                Err(message) => {
                    errors.push(field_error(Field::ComplyBy, message));
                    None
                }
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Assessment {
            provision: provision.number.to_owned(),
            verdict,
            evidence: evidence.to_owned(),
            plan: (!plan.is_empty()).then(|| plan.to_owned()),
            comply_by,
        })
    }
}

/// One provision's line of the self-assessment for a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Row {
    /// The Code's number, like "6.2".
    pub provision: String,
    pub requirement: String,
    /// Whether it is met; `None` while not assessed for the year.
    pub met: Option<bool>,
    /// "Met", "Not met" or "Not yet assessed", with the records' reason where they decide.
    pub status: String,
    /// What the records show, where they show something.
    pub from_records: Option<String>,
    /// The administrator's evidence, for the year (or, marked so, an earlier year's).
    pub evidence: Option<String>,
    /// What will be done to meet it, and by when.
    pub plan: Option<String>,
    /// Who assessed it and when ("Ana Lopez, 1 December 2026"), or that the evidence is an
    /// earlier year's, not yet confirmed.
    pub assessed: Option<String>,
}

/// How many provisions are met, not met, and not yet assessed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Summary {
    pub met: u32,
    pub not_met: u32,
    pub not_assessed: u32,
}

/// The year's self-assessment: every provision in the Code's order, from the year's figures
/// and the newest assessment of each provision (`assessed`: the newest for each provision,
/// this year's or an earlier year's).
pub fn rows(year: ReportingYear, measures: &Measures, assessed: &[Assessed]) -> Vec<Row> {
    PROVISIONS
        .iter()
        .map(|p| {
            let records = p.measure.map(|m| m.from_records(measures));
            let latest = latest(assessed, p.number, year);
            let current = latest.filter(|a| a.year == year);
            let met = match (&records, current) {
                (Some((_, Some(met))), _) => Some(*met),
                (_, Some(a)) => a.assessment.verdict.map(|v| v == Verdict::Met),
                _ => None,
            };
            let status = match met {
                Some(true) => Verdict::Met.label(),
                Some(false) => Verdict::NotMet.label(),
                None => "Not yet assessed",
            };
            let plan = latest.and_then(|a| {
                let plan = a.assessment.plan.clone();
                match (plan, a.assessment.comply_by) {
                    (Some(plan), Some(by)) => Some(format!("{plan} By {}.", long_date(by))),
                    (Some(plan), None) => Some(plan),
                    (None, Some(by)) => Some(format!("To be met by {}.", long_date(by))),
                    (None, None) => None,
                }
            });
            let assessed = latest.map(|a| {
                if a.year == year {
                    format!("{}, {}", a.by, a.at)
                } else {
                    format!(
                        "From {}, not yet confirmed for {}: {}, {}",
                        a.year.label(),
                        year.label(),
                        a.by,
                        a.at
                    )
                }
            });
            Row {
                provision: p.number.to_owned(),
                requirement: p.requirement.to_owned(),
                met,
                status: status.to_owned(),
                from_records: records.map(|(words, _)| words),
                evidence: latest
                    .map(|a| a.assessment.evidence.clone())
                    .filter(|e| !e.is_empty()),
                plan,
                assessed,
            }
        })
        .collect()
}

/// The counts of a year's rows.
pub fn summary(rows: &[Row]) -> Summary {
    let mut s = Summary::default();
    for row in rows {
        match row.met {
            Some(true) => s.met += 1,
            Some(false) => s.not_met += 1,
            None => s.not_assessed += 1,
        }
    }
    s
}

/// The self-assessment as a table of the report, in the same words as the page.
pub fn table(rows: &[Row]) -> Table {
    Table {
        title: "Self-assessment against the Complaint Handling Code".into(),
        header: vec![
            "Provision".into(),
            "What the Code asks".into(),
            "Met".into(),
            "From the records".into(),
            "Evidence".into(),
            "What will be done, and by when".into(),
            "Assessed by".into(),
        ],
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.provision.clone(),
                    r.requirement.clone(),
                    r.status.clone(),
                    r.from_records.clone().unwrap_or_default(),
                    r.evidence.clone().unwrap_or_default(),
                    r.plan.clone().unwrap_or_default(),
                    r.assessed.clone().unwrap_or_default(),
                ]
            })
            .collect(),
    }
}

/// Every provision of the Code, in its order.
pub const PROVISIONS: &[Provision] = &[
    Provision {
        number: "1.2",
        requirement: "Use the Code's definition: any dissatisfaction, however expressed, with the standard of service, actions or inaction of the landlord, its staff or agents, affecting one or more residents.",
        measure: None,
    },
    Provision {
        number: "1.3",
        requirement: "Residents need not say \"complaint\". Whenever they express dissatisfaction, offer them the choice to complain. Complaints made through third parties or representatives follow the normal policy.",
        measure: None,
    },
    Provision {
        number: "1.4",
        requirement: "The policy sets out how a service request differs from a complaint. Service requests are not complaints but are recorded, monitored and reviewed regularly.",
        measure: None,
    },
    Provision {
        number: "1.5",
        requirement: "Raise a complaint when a resident is unhappy with the response to a service request, even while that request is still open, and keep working on the request.",
        measure: None,
    },
    Provision {
        number: "1.6",
        requirement: "Dissatisfaction given in a survey is not a complaint, but where possible tell the person how to complain. Any wider request for feedback explains how to complain.",
        measure: None,
    },
    Provision {
        number: "2.1",
        requirement: "Accept every complaint unless there is a valid reason not to, be able to evidence that reason, and judge each complaint on its own merits.",
        measure: None,
    },
    Provision {
        number: "2.2",
        requirement: "The policy lists fair and reasonable exclusions, such as issues over 12 months old, legal claims already at court, or matters already handled under the policy.",
        measure: None,
    },
    Provision {
        number: "2.3",
        requirement: "Accept complaints made within 12 months of the issue, or of the resident becoming aware of it, and consider discretion for later ones where there is good reason.",
        measure: None,
    },
    Provision {
        number: "2.4",
        requirement: "When not accepting a complaint, explain to the resident why it is unsuitable for the process, and that they can take that decision to the Ombudsman.",
        measure: Some(Measure::NotAccepted),
    },
    Provision {
        number: "2.5",
        requirement: "No blanket exclusions: look at each complaint's own circumstances.",
        measure: None,
    },
    Provision {
        number: "3.1",
        requirement: "Offer several ways to complain, and meet Equality Act 2010 duties by anticipating residents' needs and reasonable adjustments.",
        measure: Some(Measure::Channels),
    },
    Provision {
        number: "3.2",
        requirement: "Residents can complain in any way to any member of staff. All staff know the process and pass complaints to the right person.",
        measure: None,
    },
    Provision {
        number: "3.3",
        requirement: "High numbers of complaints are not treated as a bad sign: they may show the process is accessible. Low numbers may mean residents cannot complain.",
        measure: None,
    },
    Provision {
        number: "3.4",
        requirement: "The policy is available in a clear, accessible format and published online, covering the two stages, what happens at each, and the response times.",
        measure: None,
    },
    Provision {
        number: "3.5",
        requirement: "The policy explains how the landlord publicises the complaints process, the Ombudsman and the Code.",
        measure: None,
    },
    Provision {
        number: "3.6",
        requirement: "Residents can have a representative handle their complaint, and be represented or accompanied at any meeting with the landlord.",
        measure: None,
    },
    Provision {
        number: "3.7",
        requirement: "Residents are told of their right to go to the Ombudsman and how to engage with it about their complaint.",
        measure: None,
    },
    Provision {
        number: "4.1",
        requirement: "A named person or team (the complaints officer) is responsible for complaint handling, liaison with the Ombudsman and reporting to the governing body.",
        measure: None,
    },
    Provision {
        number: "4.2",
        requirement: "The complaints officer has access to staff at every level and the authority to settle disputes promptly and fairly.",
        measure: None,
    },
    Provision {
        number: "4.3",
        requirement: "Complaints and learning from them are a priority: relevant staff are trained, and complaint handling is a core, properly resourced service.",
        measure: None,
    },
    Provision {
        number: "5.1",
        requirement: "One policy for all complaints the Code covers; no resident is treated differently because they complained.",
        measure: None,
    },
    Provision {
        number: "5.2",
        requirement: "Early, local resolution is the aim, with no extra named stages such as \"stage 0\" or \"informal complaint\".",
        measure: None,
    },
    Provision {
        number: "5.3",
        requirement: "Never more than two stages.",
        measure: None,
    },
    Provision {
        number: "5.4",
        requirement: "Where a third party handles responses, it is within the two-stage process: residents never face two complaint processes.",
        measure: None,
    },
    Provision {
        number: "5.5",
        requirement: "The landlord stays responsible for third parties handling complaints in line with the Code.",
        measure: None,
    },
    Provision {
        number: "5.6",
        requirement: "On logging at Stage 1 or escalating to Stage 2, write down the issues and the outcomes sought (the complaint definition), and ask the resident to clarify anything unclear.",
        measure: None,
    },
    Provision {
        number: "5.7",
        requirement: "On acknowledging at either stage, say which parts the landlord is and is not responsible for, and clear up any uncertainty.",
        measure: None,
    },
    Provision {
        number: "5.8",
        requirement: "At every stage, handlers judge on the merits, act independently with an open mind, let the resident state their case, deal with conflicts of interest and weigh all relevant evidence.",
        measure: None,
    },
    Provision {
        number: "5.9",
        requirement: "Where a response will miss the Code's timescales, agree with the resident how often they will be updated.",
        measure: None,
    },
    Provision {
        number: "5.10",
        requirement: "Make reasonable adjustments under the Equality Act; record agreed adjustments and any disability disclosed, and keep the adjustments under active review.",
        measure: None,
    },
    Provision {
        number: "5.11",
        requirement: "Refuse escalation through the stages only for valid reasons, stated clearly and consistent with section 2.",
        measure: None,
    },
    Provision {
        number: "5.12",
        requirement: "Keep a full record of each complaint and its outcome: the original complaint and the day received, all correspondence, and supporting documents such as reports or surveys.",
        measure: None,
    },
    Provision {
        number: "5.13",
        requirement: "Put a complaint right, with suitable remedies, at any stage, without needing it to be escalated.",
        measure: None,
    },
    Provision {
        number: "5.14",
        requirement: "Policies and procedures for managing unacceptable behaviour by residents or their representatives when pursuing complaints.",
        measure: None,
    },
    Provision {
        number: "5.15",
        requirement: "Any restriction on contact for unacceptable behaviour is proportionate and has regard to the Equality Act 2010.",
        measure: None,
    },
    Provision {
        number: "6.1",
        requirement: "Processes decide which complaints can be answered quickly and which need investigation, considering complexity and whether the resident is vulnerable or at risk.",
        measure: None,
    },
    Provision {
        number: "6.2",
        requirement: "Acknowledge, define and log a Stage 1 complaint within 5 working days of receipt.",
        measure: Some(Measure::Stage1Acknowledged),
    },
    Provision {
        number: "6.3",
        requirement: "Send the full Stage 1 response within 10 working days of the acknowledgement.",
        measure: Some(Measure::Stage1Responded),
    },
    Provision {
        number: "6.4",
        requirement: "Decide whether complexity needs a Stage 1 extension and tell the resident the new timescale: at most 10 more working days unless there is a good reason, clearly explained.",
        measure: None,
    },
    Provision {
        number: "6.5",
        requirement: "When telling a resident about a Stage 1 extension, give them the Ombudsman's contact details.",
        measure: None,
    },
    Provision {
        number: "6.6",
        requirement: "Send the Stage 1 response once the answer is known, not when all follow-up work is finished; track outstanding actions and update the resident.",
        measure: None,
    },
    Provision {
        number: "6.7",
        requirement: "Answer every point of the complaint definition with clear reasons, citing relevant policy, law and good practice where appropriate.",
        measure: None,
    },
    Provision {
        number: "6.8",
        requirement: "Add related issues raised during Stage 1 to the response if it has not been sent; otherwise, or if unrelated or they would delay it unreasonably, log a new complaint.",
        measure: None,
    },
    Provision {
        number: "6.9",
        requirement: "Confirm the Stage 1 outcome in writing, in plain language: the stage, the definition, the decision, the reasons, any remedy, outstanding actions and how to escalate to Stage 2.",
        measure: None,
    },
    Provision {
        number: "6.10",
        requirement: "Any part of a complaint not resolved at Stage 1 goes to Stage 2, the landlord's final response.",
        measure: None,
    },
    Provision {
        number: "6.11",
        requirement: "Acknowledge, define and log a request for Stage 2 within 5 working days of receiving it.",
        measure: Some(Measure::Stage2Acknowledged),
    },
    Provision {
        number: "6.12",
        requirement: "Residents are not made to explain why they want Stage 2; the landlord makes reasonable efforts to understand why they are still unhappy.",
        measure: None,
    },
    Provision {
        number: "6.13",
        requirement: "Someone other than the Stage 1 handler considers the complaint at Stage 2.",
        measure: None,
    },
    Provision {
        number: "6.14",
        requirement: "Send the final Stage 2 response within 20 working days of the acknowledgement.",
        measure: Some(Measure::Stage2Responded),
    },
    Provision {
        number: "6.15",
        requirement: "Decide whether a Stage 2 extension is needed and tell the resident the timescale: at most 20 more working days unless there is a good reason, clearly explained.",
        measure: None,
    },
    Provision {
        number: "6.16",
        requirement: "When telling a resident about a Stage 2 extension, give them the Ombudsman's contact details.",
        measure: None,
    },
    Provision {
        number: "6.17",
        requirement: "Send the Stage 2 response when the answer is known, not when all actions are finished; track outstanding actions and keep the resident updated.",
        measure: None,
    },
    Provision {
        number: "6.18",
        requirement: "At Stage 2, answer every point of the complaint definition with clear reasons, citing relevant policy, law and good practice.",
        measure: None,
    },
    Provision {
        number: "6.19",
        requirement: "Confirm the Stage 2 outcome in writing, in plain language: the stage, the definition, the decision, the reasons, any remedy, outstanding actions and how to go to the Ombudsman.",
        measure: None,
    },
    Provision {
        number: "6.20",
        requirement: "Stage 2 is the final response, so it involves all the staff needed to give it.",
        measure: None,
    },
    Provision {
        number: "7.1",
        requirement: "Where something went wrong, say so and set out what has been or will be done to put it right: an apology, an explanation, a changed decision, a corrected record, a payment or a change of policy.",
        measure: None,
    },
    Provision {
        number: "7.2",
        requirement: "Any remedy reflects the impact the fault had on the resident.",
        measure: None,
    },
    Provision {
        number: "7.3",
        requirement: "A remedy says what will happen and by when, is agreed with the resident where appropriate, and is carried through to completion.",
        measure: None,
    },
    Provision {
        number: "7.4",
        requirement: "Remedies take account of the Ombudsman's guidance.",
        measure: None,
    },
    Provision {
        number: "8.1",
        requirement: "An annual complaints performance and service improvement report, with the self-assessment, an analysis of performance (complaints not accepted included), the Ombudsman's findings of non-compliance, improvements made, and the Ombudsman's reports on the landlord.",
        measure: Some(Measure::Determinations),
    },
    Provision {
        number: "8.2",
        requirement: "The annual report goes to the governing body and is published on the complaints web page with the governing body's response.",
        measure: None,
    },
    Provision {
        number: "8.3",
        requirement: "A fresh self-assessment after a significant restructure, merger or change in procedures.",
        measure: None,
    },
    Provision {
        number: "8.4",
        requirement: "The self-assessment is reviewed and updated when the Ombudsman asks, after an investigation.",
        measure: None,
    },
    Provision {
        number: "8.5",
        requirement: "If exceptional events stop the landlord complying, it tells the Ombudsman and the residents affected, publishes it online, and gives a timescale for returning to compliance.",
        measure: None,
    },
    Provision {
        number: "9.1",
        requirement: "Look beyond each complaint to the service improvements its lessons suggest.",
        measure: Some(Measure::Learning),
    },
    Provision {
        number: "9.2",
        requirement: "Complaints are used as intelligence to find problems and change services for the better, as part of a positive complaints culture.",
        measure: None,
    },
    Provision {
        number: "9.3",
        requirement: "Wider learning and improvements from complaints are reported to residents' panels, staff and relevant committees.",
        measure: None,
    },
    Provision {
        number: "9.4",
        requirement: "A suitably senior lead is accountable for complaint handling and looks for themes and trends showing systemic issues, serious risks, or policies and procedures to revise.",
        measure: None,
    },
    Provision {
        number: "9.5",
        requirement: "A member of the governing body is the Member Responsible for Complaints, leading on complaints and supporting a positive culture.",
        measure: None,
    },
    Provision {
        number: "9.6",
        requirement: "The Member Responsible for Complaints makes sure the governing body has regular insight into complaint handling, with the information and access to staff the role needs.",
        measure: None,
    },
    Provision {
        number: "9.7",
        requirement: "The Member Responsible for Complaints and the governing body receive regular updates on volumes, categories, outcomes and performance, trends, the Ombudsman's findings and orders, and the annual report.",
        measure: None,
    },
    Provision {
        number: "9.8",
        requirement: "All relevant staff and third parties have a complaint-handling objective: work together across teams, share responsibility for shortfalls rather than blame others, and meet professional standards.",
        measure: None,
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn answers(verdict: &str, evidence: &str, plan: &str, comply: [&str; 3]) -> AssessmentAnswers {
        AssessmentAnswers {
            verdict: verdict.into(),
            evidence: evidence.into(),
            plan: plan.into(),
            comply_day: comply[0].into(),
            comply_month: comply[1].into(),
            comply_year: comply[2].into(),
        }
    }

    fn assessed(year: i32, number: &str, verdict: Option<Verdict>, evidence: &str) -> Assessed {
        Assessed {
            year: ReportingYear { starts: year },
            assessment: Assessment {
                provision: number.into(),
                verdict,
                evidence: evidence.into(),
                plan: None,
                comply_by: None,
            },
            by: "Ana Lopez".into(),
            at: "1 December 2026".into(),
        }
    }

    #[test]
    fn the_provisions_are_the_codes_in_its_order_each_once() {
        let mut seen = std::collections::BTreeSet::new();
        let mut last = (0u32, 0u32);
        for p in PROVISIONS {
            assert!(seen.insert(p.number), "{} twice", p.number);
            let (section, item) = p.number.split_once('.').unwrap();
            let key = (section.parse().unwrap(), item.parse().unwrap());
            assert!(key > last, "{} out of order", p.number);
            last = key;
            assert!(SECTIONS.iter().any(|(n, _)| *n == p.section()));
            assert!(!p.requirement.is_empty() && p.requirement.len() < 300);
        }
        let decided: Vec<&str> = PROVISIONS
            .iter()
            .filter(|p| p.decided_by_records())
            .map(|p| p.number)
            .collect();
        assert_eq!(decided, ["6.2", "6.3", "6.11", "6.14"]);
        assert_eq!(provision(" 6.13 ").map(|p| p.number), Some("6.13"));
        assert_eq!(provision("6.21"), None);
        crate::codes::round_trips(&Verdict::ALL).unwrap();
    }

    #[test]
    fn the_timescales_are_met_or_not_by_the_hand_worked_figures() {
        let m = crate::measures::tests::figures(2026, 2000);
        let year = ReportingYear { starts: 2026 };
        // An administrator has assessed 1.2 this year, 3.6 last year only, and 6.2 (whose
        // answer is the records'), with a comment.
        let given = [
            assessed(2026, "1.2", Some(Verdict::Met), "Policy 2024 §3.1"),
            assessed(2025, "3.6", Some(Verdict::Met), "Policy 2024 §5"),
            assessed(
                2026,
                "6.2",
                None,
                "One was acknowledged a day late, in May.",
            ),
        ];
        let rows = rows(year, &m, &given);
        let row = |n: &str| rows.iter().find(|r| r.provision == n).unwrap().clone();
        // 6.2: B, C (late), F, G, I acknowledged in the year: 4 of 5.
        let ack1 = row("6.2");
        assert_eq!(ack1.met, Some(false));
        assert_eq!(ack1.status, "Not met");
        assert_eq!(
            ack1.from_records.as_deref(),
            Some("4 of 5 acknowledged at Stage 1 in time (80.0%).")
        );
        assert_eq!(
            ack1.evidence.as_deref(),
            Some("One was acknowledged a day late, in May.")
        );
        // 6.3: A, B, E, G in time; F late. 6.11: B and G in time. 6.14: B late, G in time.
        assert_eq!(row("6.3").met, Some(false));
        assert_eq!(
            row("6.3").from_records.as_deref(),
            Some("4 of 5 answered at Stage 1 in time (80.0%).")
        );
        assert_eq!(row("6.11").met, Some(true));
        assert_eq!(row("6.14").met, Some(false));
        // Evidence from the records, the decision an administrator's.
        assert_eq!(row("2.4").met, None);
        assert_eq!(
            row("2.4").from_records.as_deref(),
            Some("1 not accepted in the year, each told why and of the Ombudsman in writing.")
        );
        assert_eq!(
            row("3.1").from_records.as_deref(),
            Some("Received in the year by: Online (Calico Account): 7; Phone: 1; In person: 1.")
        );
        assert_eq!(
            row("8.1").from_records.as_deref(),
            Some("The annual report counts the Ombudsman's 2 determinations in the year, 2 of them against the landlord.")
        );
        assert_eq!(row("1.2").met, Some(true));
        assert_eq!(
            row("1.2").assessed.as_deref(),
            Some("Ana Lopez, 1 December 2026")
        );
        // Last year's assessment is shown, but not counted as this year's.
        let carried = row("3.6");
        assert_eq!(carried.met, None);
        assert_eq!(carried.evidence.as_deref(), Some("Policy 2024 §5"));
        assert!(carried
            .assessed
            .unwrap()
            .starts_with("From 2025/26, not yet confirmed for 2026/27"));
        let s = summary(&rows);
        assert_eq!((s.met, s.not_met), (2, 3));
        assert_eq!(s.not_assessed as usize, PROVISIONS.len() - 5);
        // With nothing answered at Stage 2 in 2025/26, the records do not decide 6.14.
        let last = crate::measures::tests::figures(2025, 2000);
        let earlier = super::rows(ReportingYear { starts: 2025 }, &last, &[]);
        let r = earlier.iter().find(|r| r.provision == "6.14").unwrap();
        assert_eq!(r.met, None);
        assert_eq!(
            r.from_records.as_deref(),
            Some("None answered at Stage 2 in the year: nothing to measure.")
        );
        let t = table(&rows);
        assert_eq!(t.rows.len(), PROVISIONS.len());
        assert_eq!(t.rows[0][0], "1.2");
        assert_eq!(t.rows[0][2], "Met");
    }

    #[test]
    fn an_assessment_says_what_to_fix() {
        let today = day("2026-12-01");
        let p = provision("5.14").unwrap();
        let messages = |a: AssessmentAnswers| -> Vec<(Field, String)> {
            a.parse(p, today)
                .unwrap_err()
                .into_iter()
                .map(|e| (e.field, e.message))
                .collect()
        };
        assert_eq!(
            messages(answers("", " ", "", ["", "", ""])),
            [
                (
                    Field::Verdict,
                    "Select whether Calico Homes meets it".into()
                ),
                (
                    Field::Evidence,
                    "Enter the evidence: the policy section, the page or the record that shows it"
                        .into()
                ),
            ]
        );
        assert_eq!(
            messages(answers("not_met", "No policy yet", "", ["", "", ""])),
            [
                (Field::Plan, "Enter what will be done to meet it".into()),
                (Field::ComplyBy, "Enter the day it will be met by".into()),
            ]
        );
        assert_eq!(
            messages(answers(
                "not_met",
                "No policy yet",
                "Write one",
                ["1", "12", "2026"]
            )),
            [(
                Field::ComplyBy,
                "The day it will be met by must be in the future".into()
            )]
        );
        assert_eq!(
            messages(answers(
                "not_met",
                "No policy yet",
                "Write one",
                ["31", "2", "2027"]
            )),
            [(
                Field::ComplyBy,
                "The day it will be met by must be a real date".into()
            )]
        );
        let ok = answers(
            "not_met",
            " No policy yet ",
            " Write one ",
            ["31", "3", "2027"],
        )
        .parse(p, today)
        .unwrap();
        assert_eq!(
            ok,
            Assessment {
                provision: "5.14".into(),
                verdict: Some(Verdict::NotMet),
                evidence: "No policy yet".into(),
                plan: Some("Write one".into()),
                comply_by: Some(day("2027-03-31")),
            }
        );
        // Where the records decide, no verdict is asked or kept, and a comment may be empty.
        let decided = provision("6.2").unwrap();
        let ok = answers("met", "", "", ["", "", ""])
            .parse(decided, today)
            .unwrap();
        assert_eq!((ok.verdict, ok.evidence.as_str()), (None, ""));
    }

    proptest! {
        /// Whatever is typed, an assessment is refused or kept whole; one not met always has a
        /// plan and a day after today, and one the records decide never has a verdict.
        #[test]
        fn an_assessment_kept_is_complete(
            index in 0usize..PROVISIONS.len(),
            verdict in prop::sample::select(vec!["", "met", "not_met", "maybe"]),
            evidence in "[ a-z]{0,8}", plan in "[ a-z]{0,8}",
            d in "[0-9]{0,2}", mo in "[0-9]{0,2}", y in prop::sample::select(vec!["", "2026", "2027", "26"]),
        ) {
            let p = &PROVISIONS[index];
            let today = day("2026-12-01");
            if let Ok(a) = answers(verdict, &evidence, &plan, [&d, &mo, y]).parse(p, today) {
                prop_assert_eq!(a.provision.as_str(), p.number);
                prop_assert_eq!(a.verdict.is_none(), p.decided_by_records());
                prop_assert!(p.decided_by_records() || !a.evidence.is_empty());
                if a.verdict == Some(Verdict::NotMet) {
                    prop_assert!(a.plan.is_some());
                    prop_assert!(a.comply_by.is_some_and(|by| by > today));
                }
                // The form filled in from what was kept gives back the same assessment.
                prop_assert_eq!(AssessmentAnswers::of(&a).parse(p, today), Ok(a.clone()));
            }
        }

        /// Every provision is counted once: met, not met or not assessed.
        #[test]
        fn every_provision_is_counted_once(
            picks in prop::collection::vec((0usize..PROVISIONS.len(), 2024i32..2028, any::<bool>()), 0..20),
        ) {
            let given: Vec<Assessed> = picks
                .iter()
                .map(|(i, y, met)| assessed(*y, PROVISIONS[*i].number,
                    Some(if *met { Verdict::Met } else { Verdict::NotMet }), "x"))
                .collect();
            let m = crate::measures::tests::figures(2026, 2000);
            let rows = rows(ReportingYear { starts: 2026 }, &m, &given);
            let s = summary(&rows);
            prop_assert_eq!((s.met + s.not_met + s.not_assessed) as usize, PROVISIONS.len());
        }
    }
}
