//! What administrators manage about when the landlord is open: the days its offices close
//! besides weekends and bank holidays (a closure day is not a working day, so every deadline
//! counts past it), and the out-of-hours number residents call about an emergency repair.
//!
//! A closure day can be added or taken away only from today on: a past day would move
//! deadlines already counted, and the figures reported to the regulator with them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::{long_date, Calendar};
use crate::forms::{field_error, Field, FieldError};
use crate::values::{LineText, PhoneNumber};

/// How far ahead a closure day can be set: the next two years.
pub const CLOSURE_AHEAD_DAYS: i64 = 2 * 366;

/// The longest reason a closure day may have.
pub const CLOSURE_REASON_MAX: usize = 100;

/// A day the offices are closed, and why ("Staff training day").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureDay {
    pub day: NaiveDate,
    pub reason: String,
}

/// What was typed to add a closure day: the day as three boxes, and the reason.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureDayForm {
    pub closure_day: String,
    pub closure_month: String,
    pub closure_year: String,
    pub reason: String,
}

impl ClosureDayForm {
    /// The day to add, checked against the calendar as it stands on `today`.
    pub fn parse(
        &self,
        calendar: &Calendar,
        today: NaiveDate,
    ) -> Result<ClosureDay, Vec<FieldError>> {
        let mut errors = Vec::new();
        let far = today + chrono::Duration::days(CLOSURE_AHEAD_DAYS);
        let day = crate::filing::parse_date(
            &self.closure_day,
            &self.closure_month,
            &self.closure_year,
            far,
            "The day",
        )
        .map_err(|message| {
            // `parse_date`'s "today or in the past" is, here, the two years ahead.
            if message.ends_with("today or in the past") {
                format!(
                    "The day must be on or before {}: closure days can be set up to two years ahead",
                    long_date(far)
                )
            } else {
                message
            }
        })
        .and_then(|day| addable(calendar, day, today).map(|()| day))
        .map_err(|message| errors.push(field_error(Field::ClosureDay, message)))
        .ok();
        let reason = LineText::<CLOSURE_REASON_MAX>::parse(
            &self.reason,
            "The reason",
            "why the offices are closed, like Staff training day",
        )
        .map_err(|e| errors.push(field_error(Field::Reason, e.to_string())))
        .ok();
        match (day, reason) {
            (Some(day), Some(reason)) if errors.is_empty() => Ok(ClosureDay {
                day,
                reason: reason.into(),
            }),
            _ => Err(errors),
        }
    }
}

/// Whether `day` may become a closure day on `today`: a working day, from today on, at most
/// two years ahead.
pub fn addable(calendar: &Calendar, day: NaiveDate, today: NaiveDate) -> Result<(), String> {
    let far = today + chrono::Duration::days(CLOSURE_AHEAD_DAYS);
    if day > far {
        return Err(format!(
            "The day must be on or before {}: closure days can be set up to two years ahead",
            long_date(far)
        ));
    }
    changeable(day, today)?;
    not_already_off(calendar, day)
}

/// Whether a closure day may be taken away on `today`: a past one stays, since deadlines
/// were counted past it.
pub fn removable(calendar: &Calendar, day: NaiveDate, today: NaiveDate) -> Result<(), String> {
    if !calendar.closure_days().any(|d| d == day) {
        return Err(format!(
            "{} is not a closure day: the list shows every closure day as it stands",
            long_date(day)
        ));
    }
    changeable(day, today)
}

fn changeable(day: NaiveDate, today: NaiveDate) -> Result<(), String> {
    if day < today {
        return Err(format!(
            "{} has passed. Closure days can be changed from today on, because deadlines were already counted past the days before",
            long_date(day)
        ));
    }
    Ok(())
}

fn not_already_off(calendar: &Calendar, day: NaiveDate) -> Result<(), String> {
    use chrono::Datelike;
    if calendar.closure_days().any(|d| d == day) {
        return Err(format!("{} is already a closure day", long_date(day)));
    }
    if let Some((_, name)) = calendar
        .bank_holidays(day.year())
        .into_iter()
        .find(|(d, _)| *d == day)
    {
        return Err(format!(
            "{} is a bank holiday ({name}): it is not a working day already",
            long_date(day)
        ));
    }
    let weekend = match day.weekday() {
        chrono::Weekday::Sat => Some("Saturday"),
        chrono::Weekday::Sun => Some("Sunday"),
        _ => None,
    };
    if let Some(weekend) = weekend {
        return Err(format!(
            "{} is a {weekend}: it is not a working day already",
            long_date(day)
        ));
    }
    Ok(())
}

/// The out-of-hours number as typed on the console's page or given to the command.
pub fn out_of_hours_number(text: &str) -> Result<PhoneNumber, FieldError> {
    PhoneNumber::parse(text).map_err(|e| field_error(Field::Phone, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    fn form(day: &str, month: &str, year: &str, reason: &str) -> ClosureDayForm {
        ClosureDayForm {
            closure_day: day.into(),
            closure_month: month.into(),
            closure_year: year.into(),
            reason: reason.into(),
        }
    }

    fn messages(result: Result<ClosureDay, Vec<FieldError>>) -> Vec<(Field, String)> {
        result
            .expect_err("refused")
            .into_iter()
            .map(|e| (e.field, e.message))
            .collect()
    }

    #[test]
    fn a_working_day_from_today_on_is_added_with_its_reason() {
        let calendar = Calendar::england_and_wales();
        let today = d("2026-11-30");
        assert_eq!(
            form("4", "dec", "2026", "  Staff training day ").parse(&calendar, today),
            Ok(ClosureDay {
                day: d("2026-12-04"),
                reason: "Staff training day".into()
            })
        );
        // Today itself: the offices closed for snow.
        assert!(form("30", "11", "2026", "Snow")
            .parse(&calendar, today)
            .is_ok());
    }

    #[test]
    fn a_day_that_is_no_working_day_already_is_refused_saying_why() {
        let calendar = Calendar::england_and_wales().with_closure_days([d("2026-12-29")]);
        let today = d("2026-11-30");
        let said = |day: &str, month: &str| {
            messages(form(day, month, "2026", "Closed").parse(&calendar, today))
        };
        assert_eq!(
            said("25", "12"),
            vec![(Field::ClosureDay, "Friday 25 December 2026 is a bank holiday (Christmas Day): it is not a working day already".into())]
        );
        assert_eq!(
            said("5", "12"),
            vec![(
                Field::ClosureDay,
                "Saturday 5 December 2026 is a Saturday: it is not a working day already".into()
            )]
        );
        assert_eq!(
            said("29", "12"),
            vec![(
                Field::ClosureDay,
                "Tuesday 29 December 2026 is already a closure day".into()
            )]
        );
    }

    #[test]
    fn past_days_too_far_ahead_and_missing_answers_are_refused_saying_how_to_fix_them() {
        let calendar = Calendar::england_and_wales();
        let today = d("2026-11-30");
        let past = messages(form("27", "11", "2026", "Closed").parse(&calendar, today));
        assert_eq!(past[0].0, Field::ClosureDay);
        assert!(
            past[0].1.starts_with("Friday 27 November 2026 has passed."),
            "{past:?}"
        );
        let far = messages(form("1", "1", "2030", "Closed").parse(&calendar, today));
        assert!(far[0].1.contains("up to two years ahead"), "{far:?}");
        let empty = messages(form("", "", "", "").parse(&calendar, today));
        assert_eq!(
            empty,
            vec![
                (Field::ClosureDay, "Enter the day".into()),
                (
                    Field::Reason,
                    "Enter why the offices are closed, like Staff training day".into()
                ),
            ]
        );
        let long = "x".repeat(CLOSURE_REASON_MAX + 1);
        let too_long = messages(form("4", "12", "2026", &long).parse(&calendar, today));
        assert_eq!(too_long[0].0, Field::Reason);
        let broken = messages(form("4", "12", "2026", "Closed\nBcc: x").parse(&calendar, today));
        assert_eq!(broken[0].0, Field::Reason);
    }

    #[test]
    fn only_a_closure_day_from_today_on_can_be_taken_away() {
        let calendar =
            Calendar::england_and_wales().with_closure_days([d("2026-11-27"), d("2026-12-04")]);
        let today = d("2026-11-30");
        assert_eq!(removable(&calendar, d("2026-12-04"), today), Ok(()));
        assert!(removable(&calendar, d("2026-11-27"), today)
            .expect_err("past")
            .contains("has passed"));
        assert!(removable(&calendar, d("2026-12-07"), today)
            .expect_err("not one")
            .contains("is not a closure day"));
    }

    #[test]
    fn the_out_of_hours_number_is_a_uk_phone_number() {
        assert_eq!(
            out_of_hours_number(" 0800 169 2407 ").map(|n| n.grouped()),
            Ok("0800 169 2407".into())
        );
        assert_eq!(
            out_of_hours_number("call us").map_err(|e| e.field),
            Err(Field::Phone)
        );
    }

    proptest! {
        /// Whatever day is accepted is a working day until it is added, from today on, and no
        /// working day once it is.
        #[test]
        fn an_accepted_day_stops_being_a_working_day(offset in -30i64..800) {
            let calendar = Calendar::england_and_wales();
            let today = d("2026-11-30");
            let day = today + chrono::Duration::days(offset);
            use chrono::Datelike;
            let typed = form(&day.day().to_string(), &day.month().to_string(), &day.year().to_string(), "Closed");
            match typed.parse(&calendar, today) {
                Ok(closure) => {
                    prop_assert!(closure.day >= today);
                    prop_assert!(calendar.is_working_day(closure.day));
                    let after = calendar.clone().with_closure_days([closure.day]);
                    prop_assert!(!after.is_working_day(closure.day));
                }
                Err(errors) => {
                    prop_assert!(day < today || !calendar.is_working_day(day) || offset > CLOSURE_AHEAD_DAYS);
                    prop_assert_eq!(errors[0].field, Field::ClosureDay);
                }
            }
        }
    }
}
