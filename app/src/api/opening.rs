//! The closure days and the out-of-hours number, managed by an administrator from the
//! console (the rules are `domain::opening`'s; the command line has the same:
//! `server closure-day`, `server out-of-hours`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// A closure day as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureRow {
    /// `YYYY-MM-DD`, what taking it away sends.
    pub day: String,
    /// "Friday 4 December 2026".
    pub words: String,
    pub reason: String,
    /// From today on: it can be taken away.
    pub upcoming: bool,
}

/// The closure days page and the out-of-hours number page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningDetails {
    /// Newest last: the upcoming days, then the last year's past ones.
    pub closure_days: Vec<ClosureRow>,
    /// "01282 686300".
    pub out_of_hours: String,
    /// The latest changes, newest first: (when, who, what).
    pub changes: Vec<(String, String, String)>,
}

async fn administrator() -> Result<Option<backend::handling::Staff>, AppError> {
    super::staff::server::administrator(
        "Only an administrator can change the closure days and the out-of-hours number. Ask one to make the change.",
    )
    .await
}

fn who(admin: &backend::handling::Staff) -> String {
    format!("{} ({})", admin.name, admin.email)
}

/// The closure days (upcoming, and those of the last year), the out-of-hours number and the
/// latest changes to them.
#[server(endpoint = "staff/opening")]
pub async fn opening_view() -> Result<Option<OpeningDetails>, AppError> {
    if administrator().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let today = domain::calendar::london_date(&backend.now());
    let year_ago = today - chrono::Duration::days(366);
    let days = backend
        .closure_days_with_reasons()
        .await
        .map_err(super::unavailable)?;
    let opening = backend.opening().await.map_err(super::unavailable)?;
    let changes = backend
        .opening_changes(10)
        .await
        .map_err(super::unavailable)?;
    Ok(Some(OpeningDetails {
        closure_days: days
            .into_iter()
            .filter(|c| c.day >= year_ago)
            .map(|c| ClosureRow {
                day: c.day.format("%Y-%m-%d").to_string(),
                words: domain::calendar::long_date(c.day),
                reason: c.reason,
                upcoming: c.day >= today,
            })
            .collect(),
        out_of_hours: opening.out_of_hours.grouped(),
        changes: changes
            .into_iter()
            .map(|(at, by, what)| {
                let at = chrono::DateTime::parse_from_rfc3339(&at)
                    .map(|at| domain::steps::long_time(&at))
                    .unwrap_or(at);
                (at, by, what)
            })
            .collect(),
    }))
}

/// Closes the offices on a day: it stops being a working day for every deadline at once.
#[server(endpoint = "staff/opening/closure-days/add")]
pub async fn add_closure_day(
    #[server(default)] closure_day: String,
    #[server(default)] closure_month: String,
    #[server(default)] closure_year: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let form = domain::opening::ClosureDayForm {
        closure_day,
        closure_month,
        closure_year,
        reason,
    };
    let answers = vec![
        ("closure_day".to_owned(), form.closure_day.clone()),
        ("closure_month".to_owned(), form.closure_month.clone()),
        ("closure_year".to_owned(), form.closure_year.clone()),
        ("reason".to_owned(), form.reason.clone()),
    ];
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let calendar = backend.calendar().await.map_err(super::unavailable)?;
    let today = domain::calendar::london_date(&backend.now());
    let closure = form.parse(&calendar, today).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: answers.clone(),
            errors,
        })
    })?;
    match backend.close_offices(&closure, &who(&admin)).await {
        Ok(()) => {}
        // Another administrator changed the days meanwhile: the backend checks again.
        Err(backend::opening::OpeningError::Refused(message)) => {
            return Err(super::refused(AppError::Refused {
                answers,
                field: Some("closure_day".into()),
                message,
            }))
        }
        Err(backend::opening::OpeningError::Backend(error)) => {
            return Err(super::unavailable(error))
        }
    }
    leptos_axum::redirect(&format!(
        "/staff/closure-days?added={}",
        closure.day.format("%Y-%m-%d")
    ));
    Ok(())
}

/// Opens the offices again on a closure day from today on.
#[server(endpoint = "staff/opening/closure-days/remove")]
pub async fn remove_closure_day(#[server(default)] day: String) -> Result<(), AppError> {
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let refused = |message: String| {
        super::refused(AppError::Refused {
            answers: Vec::new(),
            field: None,
            message,
        })
    };
    let Ok(date) = chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d") else {
        return Err(refused(
            "That is not a closure day: the list shows every closure day as it stands.".into(),
        ));
    };
    let context = crate::context::server_context()?;
    match context.backend.reopen_offices(date, &who(&admin)).await {
        Ok(()) => {}
        Err(backend::opening::OpeningError::Refused(message)) => {
            return Err(refused(format!("{message}.")))
        }
        Err(backend::opening::OpeningError::Backend(error)) => {
            return Err(super::unavailable(error))
        }
    }
    leptos_axum::redirect(&format!(
        "/staff/closure-days?removed={}",
        date.format("%Y-%m-%d")
    ));
    Ok(())
}

/// Sets the number residents are given for an emergency repair when the offices are closed.
#[server(endpoint = "staff/opening/out-of-hours")]
pub async fn set_out_of_hours(#[server(default)] phone: String) -> Result<(), AppError> {
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let number = domain::opening::out_of_hours_number(&phone).map_err(|error| {
        super::refused(AppError::Invalid {
            answers: vec![("phone".to_owned(), phone.clone())],
            errors: vec![error],
        })
    })?;
    let context = crate::context::server_context()?;
    context
        .backend
        .set_out_of_hours(&number, &who(&admin))
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect("/staff/out-of-hours?saved=true");
    Ok(())
}
