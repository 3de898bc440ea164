//! The rules of Calico Account. No I/O: every function that needs the time takes `now`.

pub mod accounts;
pub mod calendar;
pub mod complaint;
pub mod contact;
pub mod feedback;
pub mod report;
pub mod standard;
pub mod values;

pub use calendar::{Calendar, Span};
pub use complaint::{Complaint, Event, EventKind, State, TransitionError};
pub use standard::ServiceStandard;
