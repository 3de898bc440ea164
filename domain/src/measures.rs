//! The figures the regulator and the Board ask for, computed from the same events as every
//! deadline (DOMAIN "Reference facts"; policy 2024 §4.3, §12, §13): the Tenant Satisfaction
//! Measures CH01 (complaints per 1,000 homes) and CH02 (the share answered within the Code's
//! timescales), for a reporting year of 1 April to 31 March, with its quarters for the Board,
//! and the year's volumes by kind, channel, category and outcome for the annual report.
//!
//! How each is counted (each a rule, tested against a history worked out by hand):
//! - Days are London dates, as every deadline is.
//! - **Stage 1 complaints received**: complaints (not concerns or compliments) received in the
//!   year, except those not accepted before their Stage 1 response: a complaint not accepted
//!   never entered the complaints process (policy 2024 §7), so it is not a Stage 1 complaint.
//!   One withdrawn, or resolved at the first contact, was received and counts.
//! - **Stage 2 complaints received**: requests for Stage 2 accepted in the year (on the day
//!   of the `stage2_requested` event), a late one accepted by the Complaints Officer's
//!   discretion included, less those then not accepted before the Stage 2 response. A late
//!   request waiting for the Complaints Officer, or refused, is not one.
//! - **Responded to**: Stage 1 and Stage 2 responses issued in the year, wherever the
//!   complaint was received. **Within the Code's timescales** when issued by the stage's last
//!   day as it stood when it was issued: the permitted extensions included. A complaint
//!   resolved at the first contact was answered at once: a Stage 1 response within the
//!   timescale, on that day.
//! - So a complaint received in March and answered in April is received in one year and
//!   answered in the next.
//! - Volumes by kind and channel count everything received in the year; outcomes and
//!   categories count the responses issued in it, at each stage.
//! - **Acknowledged within the Code's timescales**: Stage 1 and Stage 2 acknowledgements
//!   made in the year, and those made by the stage's acknowledgement day (5 working days from
//!   receipt, or from the request for Stage 2) as it stood then.
//! - **Ombudsman determinations**: those the Ombudsman decided in the year (by the day on its
//!   decision, not the day recorded), by finding.
//! - **Learning and what changed**: the learning actions (`action_agreed` of kind `learning`)
//!   agreed in the year, whatever year the complaint came in, each with who owns it, its day
//!   and the day it was done (if done by now). No reference or resident is named: the report
//!   is the landlord's to publish.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::actions::ActionKind;
use crate::calendar::{london_date, long_date, Calendar};
use crate::complaint::{Complaint, Event, EventKind, HistoryError, Response, State};
use crate::handling::Kind;
use crate::logged::Channel;
use crate::ombudsman::Finding;
use crate::outcomes::Outcome;
use crate::standard::ServiceStandard;

/// A reporting year: 1 April of `starts` to 31 March of the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ReportingYear {
    pub starts: i32,
}

impl ReportingYear {
    /// Whether it has begun by `today` (this year's figures so far, or an earlier year's):
    /// a year not started has nothing to report, and the page and the API refuse it alike.
    pub fn started(self, today: NaiveDate) -> bool {
        self <= Self::of(today)
    }

    /// The year a day falls in.
    pub fn of(day: NaiveDate) -> Self {
        let starts = if day.month() >= 4 {
            day.year()
        } else {
            day.year() - 1
        };
        Self { starts }
    }

    /// "2026/27".
    pub fn label(self) -> String {
        format!("{}/{:02}", self.starts, (self.starts + 1).rem_euclid(100))
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.starts, 4, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.starts + 1, 3, 31).unwrap_or(NaiveDate::MAX)
    }

    pub fn contains(self, day: NaiveDate) -> bool {
        Self::of(day) == self
    }

    /// The quarter of the year a day falls in, 1 (April to June) to 4 (January to March).
    pub fn quarter(self, day: NaiveDate) -> Option<usize> {
        self.contains(day).then(|| {
            let months_in = (day.month() + 8) % 12; // April 0 … March 11
            (months_in / 3 + 1) as usize
        })
    }

    /// The month of the year a day falls in, 0 (April) to 11 (March).
    pub fn month(self, day: NaiveDate) -> Option<usize> {
        self.contains(day)
            .then(|| ((day.month() + 8) % 12) as usize)
    }

    /// "April 2026" … "March 2027".
    pub fn month_names(self) -> Vec<String> {
        (0..12)
            .map(|i| {
                let day = self
                    .first_day()
                    .checked_add_months(chrono::Months::new(i))
                    .unwrap_or(NaiveDate::MIN);
                day.format("%B %Y").to_string()
            })
            .collect()
    }

    /// The reporting year parsed from "2026" or "2026/27"; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (start, end) = match text.split_once('/') {
            Some((start, end)) => (start, Some(end)),
            None => (text, None),
        };
        let starts: i32 = start.parse().ok().filter(|y| (2000..=2100).contains(y))?;
        let year = Self { starts };
        match end {
            None => Some(year),
            Some(end) if year.label().ends_with(&format!("/{end}")) => Some(year),
            Some(_) => None,
        }
    }
}

/// One complaint, concern or compliment as the figures need it.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub kind: Kind,
    pub channel: Channel,
    pub events: &'a [Event],
}

/// Received, responded to, and responded to within the Code's timescales, at one stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StageFigures {
    pub received: u32,
    pub responded: u32,
    pub responded_in_time: u32,
}

impl StageFigures {
    /// CH01: received per 1,000 homes, to one decimal place as published.
    pub fn per_thousand_homes(self, homes: u32) -> Option<f64> {
        (homes > 0).then(|| round1(f64::from(self.received) * 1000.0 / f64::from(homes)))
    }

    /// CH02: the share of responses within the timescales, as a percentage to one decimal
    /// place; `None` when nothing was responded to.
    pub fn share_in_time(self) -> Option<f64> {
        (self.responded > 0)
            .then(|| round1(f64::from(self.responded_in_time) * 100.0 / f64::from(self.responded)))
    }
}

fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// A quarter's figures at both stages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quarter {
    pub stage1: StageFigures,
    pub stage2: StageFigures,
}

/// How many responses found each outcome (those recorded before outcomes were asked are
/// `unrecorded`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Outcomes {
    pub upheld: u32,
    pub partly_upheld: u32,
    pub not_upheld: u32,
    pub unrecorded: u32,
}

/// Acknowledgements made, and those made within the Code's timescale, at one stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Acknowledgements {
    pub acknowledged: u32,
    pub in_time: u32,
}

impl Acknowledgements {
    /// The share in time, as a percentage to one decimal place; `None` when there were none.
    pub fn share_in_time(self) -> Option<f64> {
        (self.acknowledged > 0)
            .then(|| round1(f64::from(self.in_time) * 100.0 / f64::from(self.acknowledged)))
    }
}

/// A reporting year's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measures {
    pub year: ReportingYear,
    /// Homes in the register (its `homes` column).
    pub homes: u32,
    pub stage1: StageFigures,
    pub stage2: StageFigures,
    /// April to June first.
    pub quarters: [Quarter; 4],
    /// Complaints, concerns and compliments received, by kind, in [`Kind::ALL`]'s order.
    pub by_kind: Vec<(Kind, u32)>,
    /// Everything received, by channel, in [`Channel::ALL`]'s order.
    pub by_channel: Vec<(Channel, u32)>,
    /// Stage 1 complaints received in each month, April first.
    pub stage1_by_month: [u32; 12],
    /// Responses issued in the year (both stages) by category code, most first.
    pub by_category: Vec<(String, u32)>,
    pub stage1_outcomes: Outcomes,
    pub stage2_outcomes: Outcomes,
    /// Complaints received in the year and then not accepted, withdrawn, or resolved at the
    /// first contact.
    pub not_accepted: u32,
    pub withdrawn: u32,
    pub resolved_at_first_contact: u32,
    /// The learning agreed in the year, in the order agreed.
    pub learning: Vec<Learning>,
    /// Acknowledgements made in the year, at each stage.
    pub stage1_acknowledgements: Acknowledgements,
    pub stage2_acknowledgements: Acknowledgements,
    /// The Ombudsman's determinations made in the year, by finding, in [`Finding::ALL`]'s
    /// order.
    pub determinations: Vec<(Finding, u32)>,
}

/// A change to how the landlord works, learned from a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Learning {
    /// What will change.
    pub what: String,
    /// Who is responsible: a colleague or a team.
    pub owner: String,
    pub agreed: NaiveDate,
    pub due: NaiveDate,
    /// The day it was marked done, if it has been.
    pub done: Option<NaiveDate>,
}

impl Measures {
    /// CH01 at Stage 1 and Stage 2.
    pub fn ch01(&self) -> (Option<f64>, Option<f64>) {
        (
            self.stage1.per_thousand_homes(self.homes),
            self.stage2.per_thousand_homes(self.homes),
        )
    }

    /// CH02 at Stage 1 and Stage 2.
    pub fn ch02(&self) -> (Option<f64>, Option<f64>) {
        (self.stage1.share_in_time(), self.stage2.share_in_time())
    }
}

/// One table of the report: the page shows it and the spreadsheet holds it, the same words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    /// Its caption, and an id made from it for the page.
    pub title: String,
    pub header: Vec<String>,
    /// Each row's first cell names it.
    pub rows: Vec<Vec<String>>,
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "none".into(), |v| format!("{v:.1}"))
}

fn share(figures: StageFigures) -> String {
    match figures.share_in_time() {
        Some(share) => format!("{share:.1}%"),
        None => "none answered".into(),
    }
}

impl Measures {
    /// Every table of the report, in order; category codes are named from `names`.
    pub fn tables(&self, names: &[(String, String)]) -> Vec<Table> {
        let stages = |label: &str, f: &dyn Fn(StageFigures) -> String| {
            vec![label.to_owned(), f(self.stage1), f(self.stage2)]
        };
        let (ch01_1, ch01_2) = self.ch01();
        let months = self.year.month_names();
        let quarter_names = [
            "April to June",
            "July to September",
            "October to December",
            "January to March",
        ];
        let outcome_rows = |label: &str, pick: fn(&Outcomes) -> u32| {
            vec![
                label.to_owned(),
                pick(&self.stage1_outcomes).to_string(),
                pick(&self.stage2_outcomes).to_string(),
            ]
        };
        vec![
            Table {
                title: "Tenant Satisfaction Measures".into(),
                header: vec!["Measure".into(), "Stage 1".into(), "Stage 2".into()],
                rows: vec![
                    stages("Complaints received", &|f| f.received.to_string()),
                    vec![
                        format!(
                            "CH01: complaints received per 1,000 homes ({} homes)",
                            self.homes
                        ),
                        number(ch01_1),
                        number(ch01_2),
                    ],
                    stages("Responses issued", &|f| f.responded.to_string()),
                    stages("Responses within the Code's timescales", &|f| {
                        f.responded_in_time.to_string()
                    }),
                    stages(
                        "CH02: share of responses within the Code's timescales",
                        &|f| share(f),
                    ),
                ],
            },
            Table {
                title: "Each quarter, for the Board".into(),
                header: vec![
                    "Quarter".into(),
                    "Stage 1 received".into(),
                    "Stage 1 responses".into(),
                    "Stage 1 within timescales".into(),
                    "Stage 2 received".into(),
                    "Stage 2 responses".into(),
                    "Stage 2 within timescales".into(),
                ],
                rows: self
                    .quarters
                    .iter()
                    .zip(quarter_names)
                    .enumerate()
                    .map(|(i, (q, name))| {
                        vec![
                            format!("Q{} ({name})", i + 1),
                            q.stage1.received.to_string(),
                            q.stage1.responded.to_string(),
                            share(q.stage1),
                            q.stage2.received.to_string(),
                            q.stage2.responded.to_string(),
                            share(q.stage2),
                        ]
                    })
                    .collect(),
            },
            Table {
                title: "Stage 1 complaints received each month".into(),
                header: vec!["Month".into(), "Received".into()],
                rows: months
                    .iter()
                    .zip(self.stage1_by_month)
                    .map(|(month, n)| vec![month.clone(), n.to_string()])
                    .collect(),
            },
            Table {
                title: "Everything received, by kind".into(),
                header: vec!["Kind".into(), "Received".into()],
                rows: self
                    .by_kind
                    .iter()
                    .map(|(kind, n)| vec![kind.label().to_owned(), n.to_string()])
                    .collect(),
            },
            Table {
                title: "Everything received, by how it reached us".into(),
                header: vec!["Channel".into(), "Received".into()],
                rows: self
                    .by_channel
                    .iter()
                    .map(|(channel, n)| vec![channel.label().to_owned(), n.to_string()])
                    .collect(),
            },
            Table {
                title: "What complaints were about: responses by category".into(),
                header: vec!["Category".into(), "Responses".into()],
                rows: self
                    .by_category
                    .iter()
                    .map(|(code, n)| {
                        let name = names
                            .iter()
                            .find(|(c, _)| c == code)
                            .map_or(code.as_str(), |(_, name)| name.as_str());
                        vec![name.to_owned(), n.to_string()]
                    })
                    .collect(),
            },
            Table {
                title: "Findings of the responses".into(),
                header: vec!["Finding".into(), "Stage 1".into(), "Stage 2".into()],
                rows: vec![
                    outcome_rows("Upheld", |o| o.upheld),
                    outcome_rows("Partly upheld", |o| o.partly_upheld),
                    outcome_rows("Not upheld", |o| o.not_upheld),
                    outcome_rows("Not recorded (answered before findings were asked)", |o| {
                        o.unrecorded
                    }),
                ],
            },
            Table {
                title: "Complaints that ended another way".into(),
                header: vec!["How".into(), "Complaints".into()],
                rows: vec![
                    vec!["Not accepted".into(), self.not_accepted.to_string()],
                    vec!["Withdrawn".into(), self.withdrawn.to_string()],
                    vec![
                        "Resolved at the first contact".into(),
                        self.resolved_at_first_contact.to_string(),
                    ],
                ],
            },
            Table {
                title: "Acknowledged within the Code's timescales (5 working days)".into(),
                header: vec!["Measure".into(), "Stage 1".into(), "Stage 2".into()],
                rows: {
                    let (one, two) = (self.stage1_acknowledgements, self.stage2_acknowledgements);
                    let share = |a: Acknowledgements| {
                        a.share_in_time()
                            .map_or_else(|| "none acknowledged".into(), |s| format!("{s:.1}%"))
                    };
                    vec![
                        vec![
                            "Acknowledgements".into(),
                            one.acknowledged.to_string(),
                            two.acknowledged.to_string(),
                        ],
                        vec![
                            "Within 5 working days".into(),
                            one.in_time.to_string(),
                            two.in_time.to_string(),
                        ],
                        vec!["Share within 5 working days".into(), share(one), share(two)],
                    ]
                },
            },
            Table {
                title: "Housing Ombudsman determinations".into(),
                header: vec!["Finding".into(), "Determinations".into()],
                rows: {
                    let mut rows: Vec<Vec<String>> = self
                        .determinations
                        .iter()
                        .map(|(finding, n)| vec![finding.label().to_owned(), n.to_string()])
                        .collect();
                    rows.push(vec![
                        "Findings against the landlord (severe maladministration, maladministration or service failure)".into(),
                        self.determinations
                            .iter()
                            .filter(|(f, _)| f.against_landlord())
                            .map(|(_, n)| n)
                            .sum::<u32>()
                            .to_string(),
                    ]);
                    rows
                },
            },
            Table {
                title: "Learning from complaints, and what changed".into(),
                header: vec![
                    "What will change".into(),
                    "Who is responsible".into(),
                    "Agreed".into(),
                    "Done".into(),
                ],
                rows: if self.learning.is_empty() {
                    vec![vec![
                        "None agreed in this year".into(),
                        String::new(),
                        String::new(),
                        String::new(),
                    ]]
                } else {
                    self.learning
                        .iter()
                        .map(|l| {
                            vec![
                                l.what.clone(),
                                l.owner.clone(),
                                long_date(l.agreed),
                                match l.done {
                                    Some(done) => long_date(done),
                                    None => format!("Not yet: due by {}", long_date(l.due)),
                                },
                            ]
                        })
                        .collect()
                },
            },
        ]
    }
}

/// What one complaint's history gave the year.
#[derive(Default)]
struct Walk {
    stage1_received: Option<NaiveDate>,
    stage2_received: Option<NaiveDate>,
    /// (day, in time, which stage, the response)
    responses: Vec<(NaiveDate, bool, u8, Option<Response>)>,
    /// (day, in time, which stage)
    acknowledgements: Vec<(NaiveDate, bool, u8)>,
}

/// The year's figures from every record (any year's: each is placed by its own days).
pub fn measures(
    year: ReportingYear,
    homes: u32,
    records: &[Record<'_>],
    calendar: &Calendar,
    standard: &ServiceStandard,
) -> Result<Measures, HistoryError> {
    let mut m = Measures {
        year,
        homes,
        stage1: StageFigures::default(),
        stage2: StageFigures::default(),
        quarters: [Quarter::default(); 4],
        by_kind: Kind::ALL.iter().map(|k| (*k, 0)).collect(),
        by_channel: Channel::ALL.iter().map(|c| (*c, 0)).collect(),
        stage1_by_month: [0; 12],
        by_category: Vec::new(),
        stage1_outcomes: Outcomes::default(),
        stage2_outcomes: Outcomes::default(),
        not_accepted: 0,
        withdrawn: 0,
        resolved_at_first_contact: 0,
        learning: Vec::new(),
        stage1_acknowledgements: Acknowledgements::default(),
        stage2_acknowledgements: Acknowledgements::default(),
        determinations: Finding::ALL.iter().map(|f| (*f, 0)).collect(),
    };
    let mut categories: BTreeMap<String, u32> = BTreeMap::new();
    for record in records {
        let Some(first) = record.events.first() else {
            return Err(HistoryError::Empty);
        };
        let received = london_date(&first.at);
        if year.contains(received) {
            bump(&mut m.by_kind, record.kind);
            bump(&mut m.by_channel, record.channel);
        }
        for event in record.events {
            if let EventKind::OmbudsmanDetermined {
                finding,
                determined_on,
                ..
            } = &event.kind
            {
                if year.contains(*determined_on) {
                    bump(&mut m.determinations, *finding);
                }
            }
        }
        if record.kind != Kind::Complaint {
            continue;
        }
        m.learning.extend(learning(record.events, year));
        let walk = walk(record.events, calendar, standard)?;
        if year.contains(received) {
            for event in record.events {
                match event.kind {
                    EventKind::NotAccepted { .. } => m.not_accepted += 1,
                    EventKind::Withdrawn { .. } => m.withdrawn += 1,
                    EventKind::ResolvedAtFirstContact => m.resolved_at_first_contact += 1,
                    _ => {}
                }
            }
        }
        if let Some(day) = walk.stage1_received.filter(|d| year.contains(*d)) {
            m.stage1.received += 1;
            if let (Some(q), Some(month)) = (year.quarter(day), year.month(day)) {
                m.quarters[q - 1].stage1.received += 1;
                m.stage1_by_month[month] += 1;
            }
        }
        if let Some(day) = walk.stage2_received.filter(|d| year.contains(*d)) {
            m.stage2.received += 1;
            if let Some(q) = year.quarter(day) {
                m.quarters[q - 1].stage2.received += 1;
            }
        }
        for (day, in_time, stage) in &walk.acknowledgements {
            if year.contains(*day) {
                let figures = if *stage == 1 {
                    &mut m.stage1_acknowledgements
                } else {
                    &mut m.stage2_acknowledgements
                };
                figures.acknowledged += 1;
                figures.in_time += u32::from(*in_time);
            }
        }
        for (day, in_time, stage, response) in &walk.responses {
            let Some(q) = year.quarter(*day) else {
                continue;
            };
            let (figures, quarter, outcomes) = if *stage == 1 {
                (
                    &mut m.stage1,
                    &mut m.quarters[q - 1].stage1,
                    &mut m.stage1_outcomes,
                )
            } else {
                (
                    &mut m.stage2,
                    &mut m.quarters[q - 1].stage2,
                    &mut m.stage2_outcomes,
                )
            };
            for f in [figures, quarter] {
                f.responded += 1;
                f.responded_in_time += u32::from(*in_time);
            }
            if let Some(response) = response {
                match response.outcome {
                    Some(Outcome::Upheld) => outcomes.upheld += 1,
                    Some(Outcome::PartlyUpheld) => outcomes.partly_upheld += 1,
                    Some(Outcome::NotUpheld) => outcomes.not_upheld += 1,
                    None => outcomes.unrecorded += 1,
                }
                for code in &response.categories {
                    *categories.entry(code.clone()).or_default() += 1;
                }
            }
        }
    }
    m.learning.sort_by_key(|l| l.agreed);
    let mut by_category: Vec<(String, u32)> = categories.into_iter().collect();
    by_category.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    m.by_category = by_category;
    Ok(m)
}

/// The learning actions of one complaint's history agreed in `year`, each with the day it was
/// marked done (actions are numbered from 1 in the order agreed, as `action_done` names them).
fn learning(events: &[Event], year: ReportingYear) -> Vec<Learning> {
    let mut agreed: Vec<Option<Learning>> = Vec::new();
    for event in events {
        let day = london_date(&event.at);
        match &event.kind {
            EventKind::ActionAgreed {
                kind,
                what,
                owner,
                due,
                ..
            } => agreed.push((*kind == ActionKind::Learning).then(|| Learning {
                what: what.clone(),
                owner: owner.clone(),
                agreed: day,
                due: *due,
                done: None,
            })),
            EventKind::ActionDone { number, .. } => {
                let index = usize::try_from(*number).ok().and_then(|n| n.checked_sub(1));
                if let Some(Some(learning)) = index.and_then(|i| agreed.get_mut(i)) {
                    learning.done.get_or_insert(day);
                }
            }
            _ => {}
        }
    }
    agreed
        .into_iter()
        .flatten()
        .filter(|l| year.contains(l.agreed))
        .collect()
}

fn bump<T: PartialEq>(counts: &mut [(T, u32)], what: T) {
    if let Some((_, n)) = counts.iter_mut().find(|(t, _)| *t == what) {
        *n += 1;
    }
}

/// Walks one complaint's history, noting when each stage was received and each response
/// (with whether it was in time, judged against the deadline just before it).
fn walk(
    events: &[Event],
    calendar: &Calendar,
    standard: &ServiceStandard,
) -> Result<Walk, HistoryError> {
    let (first, rest) = events.split_first().ok_or(HistoryError::Empty)?;
    let mut complaint = Complaint::received(first.at, calendar, standard);
    let mut walk = Walk {
        stage1_received: Some(london_date(&first.at)),
        ..Walk::default()
    };
    for (i, event) in rest.iter().enumerate() {
        let day = london_date(&event.at);
        let before = *complaint.deadlines();
        match &event.kind {
            EventKind::Stage1Responded(response) => walk.responses.push((
                day,
                before.stage1_respond_by.is_some_and(|by| day <= by),
                1,
                Some(response.clone()),
            )),
            EventKind::Stage2Responded(response) => walk.responses.push((
                day,
                before.stage2_respond_by.is_some_and(|by| day <= by),
                2,
                Some(response.clone()),
            )),
            EventKind::Stage1Acknowledged { .. } => walk.acknowledgements.push((
                day,
                before.acknowledge_by.is_some_and(|by| day <= by),
                1,
            )),
            EventKind::Stage2Acknowledged { .. } => walk.acknowledgements.push((
                day,
                before.stage2_acknowledge_by.is_some_and(|by| day <= by),
                2,
            )),
            EventKind::ResolvedAtFirstContact => walk.responses.push((day, true, 1, None)),
            EventKind::Stage2Requested { .. } => walk.stage2_received = Some(day),
            // Not accepted before a stage's response: that stage never was one. (A late request
            // for Stage 2 refused after the Stage 1 response takes nothing away: Stage 1 was
            // a complaint, and the request was never accepted.)
            EventKind::NotAccepted { .. } => match complaint.state() {
                State::AwaitingAcknowledgement | State::Stage1Open => walk.stage1_received = None,
                State::Stage2AwaitingAcknowledgement | State::Stage2Open => {
                    walk.stage2_received = None
                }
                State::Stage1Responded | State::Closed => {}
            },
            _ => {}
        }
        complaint = complaint
            .apply(event, calendar, standard)
            .map_err(|source| HistoryError::Transition {
                position: i + 2,
                event: event.kind.name(),
                source,
            })?;
    }
    Ok(walk)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::DateTime;

    /// Noon in London on a day written `2026-04-13`.
    fn on(day: &str) -> DateTime<chrono::FixedOffset> {
        let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
        let at = day.and_hms_opt(11, 0, 0).unwrap().and_utc().fixed_offset();
        assert_eq!(london_date(&at), day);
        at
    }

    fn event(day: &str, kind: EventKind) -> Event {
        Event::new(on(day), kind).by("Sam Patel")
    }

    fn acknowledged(day: &str) -> Event {
        event(
            day,
            EventKind::Stage1Acknowledged {
                handler: Some("Sam Patel".into()),
                handler_account: None,
                handler_contact: Some("01282 686300".into()),
                about: Some("The repair".into()),
                outcome_sought: Some("Finish it".into()),
            },
        )
    }

    fn response(outcome: Outcome, categories: &[&str]) -> Response {
        Response {
            about: "The repair".into(),
            outcome_sought: "Finish it".into(),
            decision: "Decided".into(),
            reasons: "Reasons".into(),
            remedy: "None".into(),
            outcome: Some(outcome),
            categories: categories.iter().map(|c| c.to_string()).collect(),
        }
    }

    fn responded(day: &str, outcome: Outcome, categories: &[&str]) -> Event {
        event(
            day,
            EventKind::Stage1Responded(response(outcome, categories)),
        )
    }

    fn reviewed(day: &str, outcome: Outcome, categories: &[&str]) -> Event {
        event(
            day,
            EventKind::Stage2Responded(response(outcome, categories)),
        )
    }

    fn requested(day: &str, discretion: Option<&str>) -> Event {
        event(
            day,
            EventKind::Stage2Requested {
                discretion: discretion.map(str::to_owned),
                still_unhappy: None,
                outcome_wanted: None,
            },
        )
    }

    fn reviewer(day: &str) -> Event {
        event(
            day,
            EventKind::Stage2Acknowledged {
                reviewer: Some("Robin Shaw".into()),
                reviewer_account: None,
                reviewer_contact: Some("01282 686300".into()),
            },
        )
    }

    fn received(day: &str) -> Event {
        event(day, EventKind::Received)
    }

    fn determination(day: &str, on: &str, finding: Finding) -> Event {
        event(
            day,
            EventKind::OmbudsmanDetermined {
                case: "202600001".into(),
                finding,
                determined_on: NaiveDate::parse_from_str(on, "%Y-%m-%d").unwrap(),
                orders: None,
            },
        )
    }

    /// The history the figures were worked out from by hand (see each line).
    fn history() -> Vec<(Kind, Channel, Vec<Event>)> {
        use Outcome::*;
        let complaint = |events| (Kind::Complaint, Channel::Online, events);
        vec![
            // A: received 30 March 2026 (last year); answered 8 April, by its day (16 April,
            // after Good Friday and Easter Monday); asks for Stage 2 on 1 September, long
            // after the window, and is never accepted.
            complaint(vec![
                received("2026-03-30"),
                acknowledged("2026-03-31"),
                responded("2026-04-08", Upheld, &["repairs"]),
                event(
                    "2026-09-01",
                    EventKind::Stage2AskedLate {
                        reason: "I was away".into(),
                        still_unhappy: None,
                        outcome_wanted: None,
                    },
                ),
                // The Complaints Officer refuses the late request: Stage 1 still counts.
                event(
                    "2026-09-03",
                    EventKind::NotAccepted {
                        reason: "Asked too late, with no reason to accept it".into(),
                    },
                ),
                // The Ombudsman decided on 8 September: maladministration.
                determination("2026-09-10", "2026-09-08", Finding::Maladministration),
            ]),
            // B: received 13 April; due 28 April, extended 10 working days to 13 May (past the
            // early May bank holiday); answered 12 May, in time. Stage 2 asked 1 June, due
            // 30 June, answered 3 July: late.
            complaint(vec![
                received("2026-04-13"),
                acknowledged("2026-04-14"),
                event(
                    "2026-04-20",
                    EventKind::Stage1Extended {
                        working_days: 10,
                        reason: "Waiting for a survey".into(),
                        good_reason: None,
                    },
                ),
                responded("2026-05-12", PartlyUpheld, &["repairs", "communication"]),
                requested("2026-06-01", None),
                reviewer("2026-06-02"),
                reviewed("2026-07-03", NotUpheld, &["communication"]),
                // The Ombudsman decided on 15 January 2027: service failure.
                determination("2027-01-20", "2027-01-15", Finding::ServiceFailure),
            ]),
            // C: received Wednesday 6 May, acknowledged late on 14 May (the limit was 13 May),
            // withdrawn 15 May.
            complaint(vec![
                received("2026-05-06"),
                acknowledged("2026-05-14"),
                event("2026-05-15", EventKind::Withdrawn { reason: None }),
            ]),
            // D: received 1 June, not accepted the next day: no Stage 1 complaint.
            complaint(vec![
                received("2026-06-01"),
                event(
                    "2026-06-02",
                    EventKind::NotAccepted {
                        reason: "Legal proceedings have started".into(),
                    },
                ),
            ]),
            // E: by phone on 15 July, resolved there and then.
            (
                Kind::Complaint,
                Channel::Phone,
                vec![
                    received("2026-07-15"),
                    event("2026-07-15", EventKind::ResolvedAtFirstContact),
                ],
            ),
            // F: received 1 February 2027, due 16 February, answered 26 February: late.
            complaint(vec![
                received("2027-02-01"),
                acknowledged("2027-02-02"),
                responded("2027-02-26", Upheld, &["damp_and_mould"]),
            ]),
            // G: received 9 April, due 24 April, answered 20 April. Asked for Stage 2 late on
            // 2 November, accepted by discretion on 3 November; due 2 December, answered then.
            complaint(vec![
                received("2026-04-09"),
                acknowledged("2026-04-10"),
                responded("2026-04-20", NotUpheld, &["staff_conduct"]),
                event(
                    "2026-11-02",
                    EventKind::Stage2AskedLate {
                        reason: "I was in hospital".into(),
                        still_unhappy: None,
                        outcome_wanted: None,
                    },
                ),
                requested("2026-11-03", Some("In hospital throughout")),
                reviewer("2026-11-04"),
                reviewed("2026-12-02", Upheld, &["repairs"]),
                // Decided on 7 April 2027: next year's, though the complaint was this year's.
                determination("2027-04-10", "2027-04-07", Finding::ReasonableRedress),
            ]),
            // H: a safety concern in person, a compliment online.
            (
                Kind::Concern,
                Channel::InPerson,
                vec![received("2026-06-10")],
            ),
            (
                Kind::Compliment,
                Channel::Online,
                vec![received("2027-01-20")],
            ),
            // I: received 26 March 2027, the year's last week, not yet answered.
            complaint(vec![received("2027-03-26"), acknowledged("2027-03-29")]),
        ]
    }

    /// The figures of the hand-worked history for the year starting in `year`.
    pub(crate) fn figures(year: i32, homes: u32) -> Measures {
        let history = history();
        let records: Vec<Record<'_>> = history
            .iter()
            .map(|(kind, channel, events)| Record {
                kind: *kind,
                channel: *channel,
                events,
            })
            .collect();
        measures(
            ReportingYear { starts: year },
            homes,
            &records,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
        .expect("the history folds")
    }

    fn stage(received: u32, responded: u32, responded_in_time: u32) -> StageFigures {
        StageFigures {
            received,
            responded,
            responded_in_time,
        }
    }

    #[test]
    fn the_years_figures_match_the_ones_worked_out_by_hand() {
        let m = figures(2026, 2000);
        // Received at Stage 1: B, C, E, F, G, I (D was not accepted; A was last year).
        // Answered: A, B, E, G in time; F late. Stage 2: B (late) and G (by discretion, in time).
        assert_eq!(m.stage1, stage(6, 5, 4));
        assert_eq!(m.stage2, stage(2, 2, 1));
        assert_eq!(m.ch01(), (Some(3.0), Some(1.0)));
        assert_eq!(m.ch02(), (Some(80.0), Some(50.0)));
        assert_eq!(
            m.quarters,
            [
                Quarter {
                    stage1: stage(3, 3, 3),
                    stage2: stage(1, 0, 0)
                },
                Quarter {
                    stage1: stage(1, 1, 1),
                    stage2: stage(0, 1, 0)
                },
                Quarter {
                    stage1: stage(0, 0, 0),
                    stage2: stage(1, 1, 1)
                },
                Quarter {
                    stage1: stage(2, 1, 0),
                    stage2: stage(0, 0, 0)
                },
            ]
        );
        assert_eq!(m.stage1_by_month, [2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1]);
        assert_eq!(
            m.by_kind,
            vec![
                (Kind::Complaint, 7),
                (Kind::Concern, 1),
                (Kind::Compliment, 1)
            ]
        );
        let channel = |c| m.by_channel.iter().find(|(x, _)| *x == c).unwrap().1;
        assert_eq!(
            (
                channel(Channel::Online),
                channel(Channel::Phone),
                channel(Channel::InPerson)
            ),
            (7, 1, 1)
        );
        assert_eq!(
            m.stage1_outcomes,
            Outcomes {
                upheld: 2,
                partly_upheld: 1,
                not_upheld: 1,
                unrecorded: 0
            }
        );
        assert_eq!(
            m.stage2_outcomes,
            Outcomes {
                upheld: 1,
                partly_upheld: 0,
                not_upheld: 1,
                unrecorded: 0
            }
        );
        assert_eq!(
            m.by_category,
            vec![
                ("repairs".into(), 3),
                ("communication".into(), 2),
                ("damp_and_mould".into(), 1),
                ("staff_conduct".into(), 1)
            ]
        );
        assert_eq!(
            (m.not_accepted, m.withdrawn, m.resolved_at_first_contact),
            (1, 1, 1)
        );
        // Acknowledged at Stage 1 in the year: B, C (late), F, G and I (A's was last year).
        // At Stage 2: B (the day after the request) and G (the day after it was accepted).
        assert_eq!(
            (m.stage1_acknowledgements, m.stage2_acknowledgements),
            (
                Acknowledgements {
                    acknowledged: 5,
                    in_time: 4
                },
                Acknowledgements {
                    acknowledged: 2,
                    in_time: 2
                }
            )
        );
        assert_eq!(m.stage1_acknowledgements.share_in_time(), Some(80.0));
        // Decided in the year: A's and B's; G's was decided in April 2027.
        let found = |f| m.determinations.iter().find(|(x, _)| *x == f).unwrap().1;
        assert_eq!(
            (
                found(Finding::Maladministration),
                found(Finding::ServiceFailure),
                found(Finding::ReasonableRedress)
            ),
            (1, 1, 0)
        );
        let next = figures(2027, 2000);
        assert_eq!(
            next.determinations.iter().map(|(_, n)| n).sum::<u32>(),
            1,
            "G's, decided in April 2027"
        );
        let tables = m.tables(&[]);
        let ombudsman = tables
            .iter()
            .find(|t| t.title == "Housing Ombudsman determinations")
            .unwrap();
        assert_eq!(
            ombudsman.rows.last().unwrap()[1],
            "2",
            "both against the landlord"
        );
    }

    #[test]
    fn the_learning_agreed_in_the_year_is_reported_with_whether_it_was_done() {
        let action = |day: &str, kind: ActionKind, what: &str, due: &str| {
            event(
                day,
                EventKind::ActionAgreed {
                    kind,
                    what: what.into(),
                    owner: "Repairs manager".into(),
                    due: NaiveDate::parse_from_str(due, "%Y-%m-%d").unwrap(),
                    amount_pence: None,
                },
            )
        };
        let done =
            |day: &str, number: u32| event(day, EventKind::ActionDone { number, note: None });
        // Received last year, answered this year: action 1 (learning, agreed in March, last
        // year's) is not this year's; 2 is a remedy, never reported; 3 and 4 are this year's
        // learning, 4 done in May.
        let early = vec![
            received("2026-03-02"),
            acknowledged("2026-03-03"),
            responded("2026-03-10", Outcome::Upheld, &["repairs"]),
            action(
                "2026-03-11",
                ActionKind::Learning,
                "Brief the call centre",
                "2026-04-30",
            ),
            action(
                "2026-04-08",
                ActionKind::Apology,
                "Apologise in person",
                "2026-04-10",
            ),
            action(
                "2026-04-09",
                ActionKind::Learning,
                "Book parts before the visit",
                "2026-06-30",
            ),
            action(
                "2026-04-09",
                ActionKind::Learning,
                "Text residents the day before",
                "2026-05-31",
            ),
            done("2026-05-20", 4),
            done("2026-05-21", 1),
        ];
        // Answered and learned from in August.
        let later = vec![
            received("2026-07-01"),
            acknowledged("2026-07-02"),
            responded("2026-07-09", Outcome::PartlyUpheld, &["communication"]),
            action(
                "2026-08-03",
                ActionKind::Learning,
                "Say who is coming, by name",
                "2026-09-30",
            ),
        ];
        let records = [
            Record {
                kind: Kind::Complaint,
                channel: Channel::Online,
                events: &early,
            },
            Record {
                kind: Kind::Complaint,
                channel: Channel::Phone,
                events: &later,
            },
        ];
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let m = measures(
            ReportingYear { starts: 2026 },
            1000,
            &records,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
        .unwrap();
        let learned: Vec<(&str, NaiveDate, Option<NaiveDate>)> = m
            .learning
            .iter()
            .map(|l| (l.what.as_str(), l.agreed, l.done))
            .collect();
        assert_eq!(
            learned,
            [
                ("Book parts before the visit", day("2026-04-09"), None),
                (
                    "Text residents the day before",
                    day("2026-04-09"),
                    Some(day("2026-05-20"))
                ),
                ("Say who is coming, by name", day("2026-08-03"), None),
            ]
        );
        let table = m.tables(&[]).pop().unwrap();
        assert_eq!(table.title, "Learning from complaints, and what changed");
        assert_eq!(
            table.rows[1],
            [
                "Text residents the day before",
                "Repairs manager",
                "Thursday 9 April 2026",
                "Wednesday 20 May 2026"
            ]
        );
        assert_eq!(table.rows[0][3], "Not yet: due by Tuesday 30 June 2026");
        let last = measures(
            ReportingYear { starts: 2025 },
            1000,
            &records,
            &Calendar::england_and_wales(),
            &ServiceStandard::CALICO_2024,
        )
        .unwrap();
        assert_eq!(last.learning.len(), 1, "agreed in March 2026, done since");
        assert_eq!(last.learning[0].done, Some(day("2026-05-21")));
        let none = figures(2024, 1000).tables(&[]).pop().unwrap();
        assert_eq!(none.rows, [["None agreed in this year", "", "", ""]]);
    }

    #[test]
    fn a_complaint_spanning_two_years_is_received_in_one_and_answered_in_the_next() {
        let last = figures(2025, 2000);
        assert_eq!(
            last.stage1,
            stage(1, 0, 0),
            "A, received 30 March 2026, its late request for Stage 2 refused in September"
        );
        assert_eq!(last.ch02(), (None, None), "nothing answered: no share");
        assert_eq!(figures(2026, 0).ch01(), (None, None), "no homes: no rate");
    }

    #[test]
    fn a_year_has_started_from_its_first_of_april() {
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let year = ReportingYear { starts: 2026 };
        assert!(!year.started(day("2026-03-31")));
        assert!(year.started(day("2026-04-01")));
        assert!(year.started(day("2030-01-01")), "a past year has started");
    }

    #[test]
    fn a_reporting_year_runs_from_april_to_march() {
        let day = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let year = ReportingYear::of(day("2027-03-31"));
        assert_eq!(year, ReportingYear { starts: 2026 });
        assert_eq!(year.label(), "2026/27");
        assert_eq!(ReportingYear::of(day("2026-04-01")), year);
        assert_eq!(ReportingYear::of(day("2026-03-31")).label(), "2025/26");
        assert_eq!(year.quarter(day("2026-06-30")), Some(1));
        assert_eq!(year.quarter(day("2026-07-01")), Some(2));
        assert_eq!(year.quarter(day("2027-01-01")), Some(4));
        assert_eq!(year.quarter(day("2027-04-01")), None);
        assert_eq!(year.month_names()[0], "April 2026");
        assert_eq!(year.month_names()[11], "March 2027");
        assert_eq!(ReportingYear::parse("2026/27"), Some(year));
        assert_eq!(ReportingYear::parse(" 2026 "), Some(year));
        assert_eq!(ReportingYear::parse("2026/28"), None);
        assert_eq!(ReportingYear::parse("26"), None);
        assert_eq!(ReportingYear { starts: 2099 }.label(), "2099/00");
    }

    proptest::proptest! {
        /// Every day is in exactly one year, quarter and month, and the quarters add up.
        #[test]
        fn every_day_has_one_year_quarter_and_month(offset in 0i64..40_000) {
            let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::TimeDelta::days(offset);
            let year = ReportingYear::of(day);
            proptest::prop_assert!(year.first_day() <= day && day <= year.last_day());
            let (q, m) = (year.quarter(day).unwrap(), year.month(day).unwrap());
            proptest::prop_assert_eq!(q, m / 3 + 1);
            proptest::prop_assert_eq!(year.month_names()[m].clone(), day.format("%B %Y").to_string());
            let other = ReportingYear { starts: year.starts + 1 };
            proptest::prop_assert!(other.quarter(day).is_none());
        }
    }
}
