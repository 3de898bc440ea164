//! The England and Wales working-day calendar, in Europe/London local dates.
//!
//! A working day is Monday to Friday, not a bank holiday and not a day the landlord has
//! closed. Bank holidays come from the rules (Easter computed; substitute days for New Year,
//! Christmas and Boxing Day) plus the proclaimed one-off changes, which are data.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::London;

/// A "due within" window this wide (about 200 years of working days) takes in every deadline.
pub const WITHIN_EVERYTHING: i64 = 50_000;

/// A length of time in a service standard: most are working days, some older standards count
/// calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(tag = "unit", content = "days", rename_all = "snake_case")]
pub enum Span {
    /// Working days (see [`Calendar::is_working_day`]).
    WorkingDays(u32),
    /// Every day counts, weekends and bank holidays too.
    CalendarDays(u32),
}

impl std::fmt::Display for Span {
    /// "2 working days", "1 working day", "14 days".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Self::WorkingDays(1) => f.write_str("1 working day"),
            Self::WorkingDays(n) => write!(f, "{n} working days"),
            Self::CalendarDays(1) => f.write_str("1 day"),
            Self::CalendarDays(n) => write!(f, "{n} days"),
        }
    }
}

/// A one-off change to the bank holidays, made by royal proclamation.
#[derive(Debug, Clone, Copy)]
struct Proclamation {
    /// The holiday declared.
    day: (i32, u32, u32),
    name: &'static str,
    /// The rule-based holiday it replaces that year, if it moved one.
    replaces: Option<(i32, u32, u32)>,
}

/// Every proclaimed change since the rules took their current shape. Add new ones here.
const PROCLAMATIONS: &[Proclamation] = &[
    Proclamation {
        day: (2020, 5, 8),
        name: "Early May bank holiday (VE day)",
        replaces: Some((2020, 5, 4)),
    },
    Proclamation {
        day: (2022, 6, 2),
        name: "Spring bank holiday",
        replaces: Some((2022, 5, 30)),
    },
    Proclamation {
        day: (2022, 6, 3),
        name: "Platinum Jubilee bank holiday",
        replaces: None,
    },
    Proclamation {
        day: (2022, 9, 19),
        name: "Bank Holiday for the State Funeral of Queen Elizabeth II",
        replaces: None,
    },
    Proclamation {
        day: (2023, 5, 8),
        name: "Bank holiday for the coronation of King Charles III",
        replaces: None,
    },
];

/// The working-day calendar of Calico Homes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    closure_days: BTreeSet<NaiveDate>,
}

fn ymd((y, m, d): (i32, u32, u32)) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn first_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 1)
}

fn last_monday(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, 4))
}

fn plus(date: NaiveDate, days: u64) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(days))
}

/// The first year whose bank holidays [`KEPT_BANK_HOLIDAYS`] keeps.
const FIRST_KEPT_YEAR: i32 = 1900;

/// The bank holidays of 1900 to 2199, each year's in date order, worked out once: counting
/// working days asks about them day by day (a deadline, a countdown, every line of the work
/// queue). Other years are worked out when asked.
static KEPT_BANK_HOLIDAYS: LazyLock<Vec<Vec<NaiveDate>>> = LazyLock::new(|| {
    (FIRST_KEPT_YEAR..FIRST_KEPT_YEAR + 300)
        .map(|year| {
            Calendar::default()
                .bank_holidays(year)
                .into_iter()
                .map(|(day, _)| day)
                .collect()
        })
        .collect()
});

/// The bank holidays the rules give for a year, before proclamations.
fn rule_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut days = Vec::with_capacity(8);
    let mut push = |date: Option<NaiveDate>, name| {
        if let Some(date) = date {
            days.push((date, name));
        }
    };
    // New Year's Day, or the Monday after when it falls at a weekend.
    let new_year = ymd((year, 1, 1));
    match new_year.map(|d| d.weekday()) {
        Some(Weekday::Sat) => push(ymd((year, 1, 3)), "New Year's Day (substitute day)"),
        Some(Weekday::Sun) => push(ymd((year, 1, 2)), "New Year's Day (substitute day)"),
        _ => push(new_year, "New Year's Day"),
    }
    let easter = easter_sunday(year);
    push(
        easter.and_then(|e| e.checked_sub_days(Days::new(2))),
        "Good Friday",
    );
    push(easter.and_then(|e| plus(e, 1)), "Easter Monday");
    push(first_monday(year, 5), "Early May bank holiday");
    push(last_monday(year, 5), "Spring bank holiday");
    push(last_monday(year, 8), "Summer bank holiday");
    // Christmas and Boxing Day, with the substitute weekdays that follow a weekend.
    let christmas = ymd((year, 12, 25));
    match christmas.map(|d| d.weekday()) {
        Some(Weekday::Fri) => {
            push(christmas, "Christmas Day");
            push(ymd((year, 12, 28)), "Boxing Day (substitute day)");
        }
        Some(Weekday::Sat) => {
            push(ymd((year, 12, 27)), "Christmas Day (substitute day)");
            push(ymd((year, 12, 28)), "Boxing Day (substitute day)");
        }
        Some(Weekday::Sun) => {
            push(ymd((year, 12, 26)), "Boxing Day");
            push(ymd((year, 12, 27)), "Christmas Day (substitute day)");
        }
        _ => {
            push(christmas, "Christmas Day");
            push(ymd((year, 12, 26)), "Boxing Day");
        }
    }
    days
}

impl Calendar {
    /// England and Wales bank holidays, with no landlord closure days.
    pub fn england_and_wales() -> Self {
        Self::default()
    }

    /// The same calendar with the landlord's closure days added (e.g. a training day).
    #[must_use]
    pub fn with_closure_days(mut self, days: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.closure_days.extend(days);
        self
    }

    /// The landlord's closure days, oldest first.
    pub fn closure_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.closure_days.iter().copied()
    }

    /// Every England and Wales bank holiday of a year, in date order, with its name.
    pub fn bank_holidays(&self, year: i32) -> Vec<(NaiveDate, &'static str)> {
        let moved: Vec<NaiveDate> = PROCLAMATIONS
            .iter()
            .filter_map(|p| p.replaces.and_then(ymd))
            .collect();
        let mut days: Vec<(NaiveDate, &'static str)> = rule_holidays(year)
            .into_iter()
            .filter(|(d, _)| !moved.contains(d))
            .collect();
        days.extend(
            PROCLAMATIONS
                .iter()
                .filter(|p| p.day.0 == year)
                .filter_map(|p| ymd(p.day).map(|d| (d, p.name))),
        );
        days.sort_by_key(|(d, _)| *d);
        days
    }

    /// Whether a date is an England and Wales bank holiday.
    pub fn is_bank_holiday(&self, date: NaiveDate) -> bool {
        let year = date.year();
        match usize::try_from(year - FIRST_KEPT_YEAR)
            .ok()
            .and_then(|at| KEPT_BANK_HOLIDAYS.get(at))
        {
            Some(days) => days.binary_search(&date).is_ok(),
            None => self.bank_holidays(year).iter().any(|(d, _)| *d == date),
        }
    }

    /// Monday to Friday, not a bank holiday, not a closure day.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !is_weekend(date) && !self.closure_days.contains(&date) && !self.is_bank_holiday(date)
    }

    /// The `n`-th working day strictly after `date` (the day itself never counts);
    /// `date` itself when `n` is 0.
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        let mut left = n;
        while left > 0 {
            match day.succ_opt() {
                Some(next) => day = next,
                None => return NaiveDate::MAX,
            }
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The working days in `(a, b]`, negative when `b` is before `a`: so that
    /// `working_days_between(a, add_working_days(a, n)) == n`.
    pub fn working_days_between(&self, a: NaiveDate, b: NaiveDate) -> i64 {
        let (from, to, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
        // Weekdays in the range, less the weekdays in it that are bank holidays or closed.
        // Counted a year at a time rather than a day at a time, so long ranges stay cheap.
        let in_range = |d: &NaiveDate| from < *d && *d <= to && !is_weekend(*d);
        let mut days_off: BTreeSet<NaiveDate> = (from.year()..=to.year())
            .flat_map(|year| self.bank_holidays(year))
            .map(|(d, _)| d)
            .filter(in_range)
            .collect();
        days_off.extend(self.closure_days.range(from..=to).copied().filter(in_range));
        let off = i64::try_from(days_off.len()).unwrap_or(i64::MAX);
        sign * (weekdays_after(from, to) - off)
    }

    /// Working days from `today` to the deadline `by`: 0 when it is today, negative once it
    /// has passed. A day after the deadline is at least 1 working day late even before a
    /// working day has gone by: the Saturday after a Friday deadline is overdue, never "due
    /// today" (on Monday it is still 1 working day late).
    pub fn working_days_left(&self, today: NaiveDate, by: NaiveDate) -> i64 {
        let between = self.working_days_between(today, by);
        if today > by {
            between.min(-1)
        } else {
            between
        }
    }

    /// The last day `d` with `working_days_left(today, d) <= n`: a deadline is "due within
    /// `n` working days" exactly when it falls on or before it, so a stored list of deadlines
    /// is filtered by one comparison. `None` when every day so far in the future is (a window
    /// of [`WITHIN_EVERYTHING`] working days or more).
    pub fn last_day_within(&self, today: NaiveDate, n: i64) -> Option<NaiveDate> {
        if n >= WITHIN_EVERYTHING {
            return None;
        }
        if n >= 0 {
            // The day before the (n + 1)-th working day after today.
            let next = self.add_working_days(today, u32::try_from(n + 1).ok()?);
            return next.pred_opt();
        }
        // Back from today to the first day that far behind (the count only falls going back).
        let mut day = today;
        while self.working_days_left(today, day) > n {
            day = day.pred_opt()?;
        }
        Some(day)
    }

    /// The last day of a span counted from `date` (which never counts itself).
    pub fn add(&self, date: NaiveDate, span: Span) -> NaiveDate {
        match span {
            Span::WorkingDays(n) => self.add_working_days(date, n),
            Span::CalendarDays(n) => plus(date, u64::from(n)).unwrap_or(NaiveDate::MAX),
        }
    }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The number of Mondays to Fridays in `(from, to]`, for `from <= to`.
fn weekdays_after(from: NaiveDate, to: NaiveDate) -> i64 {
    let days = (to - from).num_days();
    let (weeks, rest) = (days / 7, days % 7);
    // The `rest` days after the whole weeks fall on the same weekdays as the first `rest`.
    let rest_weekdays = from
        .iter_days()
        .skip(1)
        .take(usize::try_from(rest).unwrap_or(0))
        .filter(|d| !is_weekend(*d))
        .count();
    weeks * 5 + i64::try_from(rest_weekdays).unwrap_or(0)
}

/// The local date in Europe/London of an instant: the date every deadline counts from.
pub fn london_date<Tz: TimeZone>(instant: &DateTime<Tz>) -> NaiveDate {
    instant.with_timezone(&London).date_naive()
}

/// The last second of a London date (23:59:59 local, GMT or BST), as an instant: until then a
/// resident may act, and the landlord must have acted, on a deadline of that date.
pub fn end_of_day_london(date: NaiveDate) -> DateTime<Utc> {
    let local = date.and_time(NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN));
    match London.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        // Clocks never change at midnight in the UK; counted as UTC if they ever do.
        LocalResult::None => Utc.from_utc_datetime(&local),
    }
}

/// A date written out in full for people: "Tuesday 5 January 2027". (Written with two small
/// tables rather than chrono's general formatter, which the browser bundle would carry.)
pub fn long_date(date: NaiveDate) -> String {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!(
        "{} {} {} {}",
        DAYS[date.weekday().num_days_from_monday() as usize],
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    /// The England and Wales bank holidays as published on GOV.UK.
    const PUBLISHED: &[(i32, &[&str])] = &[
        (
            2018,
            &[
                "2018-01-01",
                "2018-03-30",
                "2018-04-02",
                "2018-05-07",
                "2018-05-28",
                "2018-08-27",
                "2018-12-25",
                "2018-12-26",
            ],
        ),
        (
            2019,
            &[
                "2019-01-01",
                "2019-04-19",
                "2019-04-22",
                "2019-05-06",
                "2019-05-27",
                "2019-08-26",
                "2019-12-25",
                "2019-12-26",
            ],
        ),
        (
            2020,
            &[
                "2020-01-01",
                "2020-04-10",
                "2020-04-13",
                "2020-05-08",
                "2020-05-25",
                "2020-08-31",
                "2020-12-25",
                "2020-12-28",
            ],
        ),
        (
            2021,
            &[
                "2021-01-01",
                "2021-04-02",
                "2021-04-05",
                "2021-05-03",
                "2021-05-31",
                "2021-08-30",
                "2021-12-27",
                "2021-12-28",
            ],
        ),
        (
            2022,
            &[
                "2022-01-03",
                "2022-04-15",
                "2022-04-18",
                "2022-05-02",
                "2022-06-02",
                "2022-06-03",
                "2022-08-29",
                "2022-09-19",
                "2022-12-26",
                "2022-12-27",
            ],
        ),
        (
            2023,
            &[
                "2023-01-02",
                "2023-04-07",
                "2023-04-10",
                "2023-05-01",
                "2023-05-08",
                "2023-05-29",
                "2023-08-28",
                "2023-12-25",
                "2023-12-26",
            ],
        ),
        (
            2024,
            &[
                "2024-01-01",
                "2024-03-29",
                "2024-04-01",
                "2024-05-06",
                "2024-05-27",
                "2024-08-26",
                "2024-12-25",
                "2024-12-26",
            ],
        ),
        (
            2025,
            &[
                "2025-01-01",
                "2025-04-18",
                "2025-04-21",
                "2025-05-05",
                "2025-05-26",
                "2025-08-25",
                "2025-12-25",
                "2025-12-26",
            ],
        ),
        (
            2026,
            &[
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-05-04",
                "2026-05-25",
                "2026-08-31",
                "2026-12-25",
                "2026-12-28",
            ],
        ),
        (
            2027,
            &[
                "2027-01-01",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-08-30",
                "2027-12-27",
                "2027-12-28",
            ],
        ),
    ];

    #[test]
    fn a_kept_year_says_the_same_bank_holidays_as_one_worked_out() {
        let cal = Calendar::england_and_wales();
        for year in [1899, 1900, 1973, 2011, 2020, 2022, 2026, 2199, 2200, 2400] {
            let worked_out: Vec<NaiveDate> = cal
                .bank_holidays(year)
                .into_iter()
                .map(|(d, _)| d)
                .collect();
            let mut day = NaiveDate::from_ymd_opt(year, 1, 1).expect("a day");
            while day.year() == year {
                assert_eq!(cal.is_bank_holiday(day), worked_out.contains(&day), "{day}");
                day = day.succ_opt().expect("a next day");
            }
        }
    }

    #[test]
    fn bank_holidays_match_every_published_date_2018_to_2027() {
        let cal = Calendar::england_and_wales();
        for (year, published) in PUBLISHED {
            let ours: Vec<NaiveDate> = cal
                .bank_holidays(*year)
                .into_iter()
                .map(|(d, _)| d)
                .collect();
            let theirs: Vec<NaiveDate> = published.iter().map(|s| d(s)).collect();
            assert_eq!(ours, theirs, "bank holidays of {year}");
        }
    }

    #[test]
    fn easter_sundays_are_right() {
        for (year, easter) in [
            (2018, "2018-04-01"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter_sunday(year), Some(d(easter)));
        }
    }

    #[test]
    fn holidays_have_the_published_names() {
        let cal = Calendar::england_and_wales();
        let names: Vec<&str> = cal
            .bank_holidays(2022)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert!(names.contains(&"Platinum Jubilee bank holiday"));
        assert!(names.contains(&"Christmas Day (substitute day)"));
        assert!(
            !cal.is_bank_holiday(d("2022-05-30")),
            "the spring bank holiday moved to 2 June in 2022"
        );
        assert!(
            !cal.is_bank_holiday(d("2020-05-04")),
            "the early May bank holiday moved to 8 May in 2020"
        );
    }

    #[test]
    fn future_years_follow_the_rules_alone() {
        let cal = Calendar::england_and_wales();
        // 2032: Christmas on a Saturday; 2033: New Year's Day on a Saturday, Christmas on a Sunday.
        assert!(cal.is_bank_holiday(d("2032-12-27")) && cal.is_bank_holiday(d("2032-12-28")));
        assert!(cal.is_bank_holiday(d("2033-01-03")) && !cal.is_bank_holiday(d("2033-01-01")));
        assert!(cal.is_bank_holiday(d("2033-12-26")) && cal.is_bank_holiday(d("2033-12-27")));
        assert_eq!(cal.bank_holidays(2040).len(), 8);
    }

    #[test]
    fn received_on_christmas_eve_2026_is_acknowledged_by_5_january_2027() {
        let cal = Calendar::england_and_wales();
        assert_eq!(cal.add_working_days(d("2026-12-24"), 5), d("2027-01-05"));
        assert_eq!(long_date(d("2027-01-05")), "Tuesday 5 January 2027");
    }

    #[test]
    fn the_start_day_never_counts_even_at_a_weekend() {
        let cal = Calendar::england_and_wales();
        assert_eq!(
            cal.add_working_days(d("2026-11-21"), 1),
            d("2026-11-23"),
            "Saturday + 1 = Monday"
        );
        assert_eq!(
            cal.add_working_days(d("2026-11-23"), 1),
            d("2026-11-24"),
            "Monday + 1 = Tuesday"
        );
        assert_eq!(cal.add_working_days(d("2026-11-23"), 0), d("2026-11-23"));
    }

    #[test]
    fn closure_days_are_not_working_days() {
        let cal =
            Calendar::england_and_wales().with_closure_days([d("2026-12-29"), d("2026-12-30")]);
        assert!(!cal.is_working_day(d("2026-12-29")));
        assert_eq!(cal.add_working_days(d("2026-12-24"), 1), d("2026-12-31"));
        assert_eq!(
            cal.working_days_between(d("2026-12-24"), d("2027-01-04")),
            2
        );
    }

    #[test]
    fn spans_read_as_words() {
        assert_eq!(Span::WorkingDays(2).to_string(), "2 working days");
        assert_eq!(Span::WorkingDays(1).to_string(), "1 working day");
        assert_eq!(Span::CalendarDays(14).to_string(), "14 days");
    }

    #[test]
    fn calendar_day_spans_count_every_day() {
        let cal = Calendar::england_and_wales();
        assert_eq!(
            cal.add(d("2026-12-24"), Span::CalendarDays(14)),
            d("2027-01-07")
        );
        assert_eq!(
            cal.add(d("2026-12-24"), Span::WorkingDays(5)),
            d("2027-01-05")
        );
    }

    #[test]
    fn london_dates_follow_british_summer_time() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).expect("instant");
        // 00:30 BST on 1 April is 23:30 UTC on 31 March: received on 1 April.
        assert_eq!(london_date(&at("2026-03-31T23:30:00Z")), d("2026-04-01"));
        assert_eq!(
            london_date(&at("2026-04-01T00:30:00+01:00")),
            d("2026-04-01")
        );
        // In winter London is on UTC: 00:30 UTC is the same day.
        assert_eq!(london_date(&at("2026-12-01T00:30:00Z")), d("2026-12-01"));
        assert_eq!(london_date(&at("2026-11-30T23:59:59Z")), d("2026-11-30"));
        // An offset from elsewhere is converted, not trusted.
        assert_eq!(
            london_date(&at("2026-07-01T06:00:00+09:00")),
            d("2026-06-30")
        );
        // The nights the clocks change.
        assert_eq!(london_date(&at("2026-03-29T00:59:59Z")), d("2026-03-29"));
        assert_eq!(london_date(&at("2026-10-24T23:30:00Z")), d("2026-10-25"));
        assert_eq!(london_date(&at("2026-10-25T23:30:00Z")), d("2026-10-25"));
    }

    #[test]
    fn the_end_of_a_london_day_is_23_59_59_local() {
        let summer = end_of_day_london(d("2026-07-01"));
        assert_eq!(
            summer,
            DateTime::parse_from_rfc3339("2026-07-01T22:59:59Z")
                .expect("t")
                .with_timezone(&Utc)
        );
        let winter = end_of_day_london(d("2026-12-01"));
        assert_eq!(
            winter
                .with_timezone(&FixedOffset::east_opt(0).expect("utc"))
                .to_rfc3339(),
            "2026-12-01T23:59:59+00:00"
        );
        assert_eq!(london_date(&summer), d("2026-07-01"));
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (2018i32..2040, 1u32..=366).prop_map(|(y, doy)| {
            NaiveDate::from_yo_opt(y, doy)
                .unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).expect("day 365"))
        })
    }

    fn any_calendar() -> impl Strategy<Value = Calendar> {
        proptest::collection::vec(any_date(), 0..20)
            .prop_map(|days| Calendar::england_and_wales().with_closure_days(days))
    }

    proptest! {
        #[test]
        fn a_long_date_is_the_weekday_day_month_and_year(days in 0u64..80_000) {
            let date = NaiveDate::from_ymd_opt(1900, 1, 1).expect("date") + Days::new(days);
            prop_assert_eq!(long_date(date), date.format("%A %-d %B %Y").to_string());
        }

        #[test]
        fn a_deadline_is_always_a_working_day(cal in any_calendar(), date in any_date(), n in 1u32..80) {
            prop_assert!(cal.is_working_day(cal.add_working_days(date, n)));
        }

        #[test]
        fn adding_m_then_n_is_adding_m_plus_n(cal in any_calendar(), date in any_date(), m in 0u32..60, n in 0u32..60) {
            prop_assert_eq!(cal.add_working_days(cal.add_working_days(date, m), n), cal.add_working_days(date, m + n));
        }

        #[test]
        fn between_undoes_add(cal in any_calendar(), date in any_date(), n in 0u32..80) {
            let later = cal.add_working_days(date, n);
            prop_assert_eq!(cal.working_days_between(date, later), i64::from(n));
            prop_assert_eq!(cal.working_days_between(later, date), -i64::from(n));
        }

        #[test]
        fn adding_is_strictly_increasing(cal in any_calendar(), date in any_date(), n in 0u32..60) {
            prop_assert!(cal.add_working_days(date, n + 1) > cal.add_working_days(date, n));
        }

        #[test]
        fn between_counts_the_working_days_one_by_one(cal in any_calendar(), a in any_date(), span in 0u64..800) {
            let b = a.checked_add_days(Days::new(span)).expect("in range");
            let by_hand = a.iter_days().skip(1).take_while(|d| *d <= b).filter(|d| cal.is_working_day(*d)).count();
            prop_assert_eq!(cal.working_days_between(a, b), i64::try_from(by_hand).expect("small"));
            prop_assert_eq!(cal.working_days_between(b, a), -i64::try_from(by_hand).expect("small"));
        }

        #[test]
        fn within_n_working_days_is_on_or_before_the_last_day_within(cal in any_calendar(), today in any_date(), n in -40i64..60, offset in -120i64..120) {
            let day = today + chrono::Duration::days(offset);
            let last = cal.last_day_within(today, n).expect("a day");
            prop_assert_eq!(cal.working_days_left(today, day) <= n, day <= last, "{} {} {}", today, n, day);
        }

        #[test]
        fn a_deadline_is_due_today_only_on_its_day_and_late_on_every_day_after(cal in any_calendar(), today in any_date(), offset in -120i64..120) {
            let by = today + chrono::Duration::days(offset);
            let left = cal.working_days_left(today, by);
            prop_assert_eq!(left == 0, today == by || (today < by && cal.working_days_between(today, by) == 0));
            prop_assert_eq!(left < 0, today > by);
        }

        #[test]
        fn between_is_additive(cal in any_calendar(), a in any_date(), b in any_date(), c in any_date()) {
            prop_assert_eq!(cal.working_days_between(a, b) + cal.working_days_between(b, c), cal.working_days_between(a, c));
        }

        #[test]
        fn weekends_bank_holidays_and_closures_are_never_working_days(cal in any_calendar(), date in any_date()) {
            let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
            let closed = cal.closure_days().any(|c| c == date);
            prop_assert_eq!(cal.is_working_day(date), !weekend && !closed && !cal.is_bank_holiday(date));
        }

        #[test]
        fn every_year_has_its_eight_holidays_on_weekdays(year in 1990i32..2100) {
            let cal = Calendar::england_and_wales();
            let days = cal.bank_holidays(year);
            prop_assert!(days.len() >= 8);
            for (day, name) in days {
                prop_assert!(!matches!(day.weekday(), Weekday::Sat | Weekday::Sun), "{} {}", day, name);
            }
        }
    }
}
