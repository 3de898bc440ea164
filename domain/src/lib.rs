//! The rules of Calico Account. No I/O: every function that needs the time takes `now`.
// Without `words` (the browser bundles), the sentence writers and what only they use are left
// out.
#![cfg_attr(not(feature = "words"), allow(unused_imports, dead_code))]

pub mod accounts;
pub mod actions;
pub mod attachments;
pub mod calendar;
pub mod codes;
pub mod complaint;
pub mod contact;
pub mod display;
pub mod feedback;
pub mod filing;
pub mod following;
pub mod forms;
pub mod handling;
pub mod language;
pub mod letters;
pub mod limits;
pub mod linking;
pub mod logged;
#[cfg(feature = "words")]
pub mod mail;
pub mod measures;
pub mod ombudsman;
pub mod opening;
pub mod outcomes;
pub mod preferences;
pub mod progress;
pub mod report;
pub mod representation;
pub mod search;
pub mod second_factor;
pub mod selfassessment;
pub mod standard;
pub mod steps;
pub mod support;
pub mod values;
#[cfg(feature = "words")]
pub mod words;

pub use calendar::{Calendar, Span};
pub use complaint::{
    Complaint, Deadlines, Event, EventKind, EventType, HistoryError, Response, State,
    TransitionError,
};
pub use feedback::{twelve_month_check, FeedbackKind, RiskLevel, TwelveMonthCheck};
pub use report::{deadlines_report, ReportError};
pub use standard::ServiceStandard;
