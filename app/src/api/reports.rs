//! The complaints performance report for a reporting year: the regulator's CH01 and CH02,
//! the quarters for the Board, and the volumes for the annual report (`domain::measures`).

use domain::measures::{Measures, ReportingYear};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// The report page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    pub measures: Measures,
    /// The years there are figures for, newest first.
    pub years: Vec<ReportingYear>,
    /// Category names by code, for the responses' categories.
    pub category_names: Vec<(String, String)>,
    /// Why the year asked for was not shown, saying how to fix it.
    pub problem: Option<String>,
}

/// The year asked for (`2026` or `2026/27`), this year's when none is; the problem with one
/// that cannot be used.
pub fn chosen_year(text: &str, today: chrono::NaiveDate) -> (ReportingYear, Option<String>) {
    let now = ReportingYear::of(today);
    if text.trim().is_empty() {
        return (now, None);
    }
    match ReportingYear::parse(text) {
        Some(year) if year.started(today) => (year, None),
        Some(_) => (
            now,
            Some("That reporting year has not started: these are this year's figures so far.".into()),
        ),
        None => (
            now,
            Some("Choose a reporting year from the list, such as 2026/27: these are this year's figures so far.".into()),
        ),
    }
}

/// The report for the reporting year `year` (this year's when empty).
#[server(endpoint = "staff/report")]
pub async fn staff_report(#[server(default)] year: String) -> Result<Option<ReportView>, AppError> {
    if super::staff::server::colleague().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let today = domain::calendar::london_date(&backend.now());
    let (year, problem) = chosen_year(&year, today);
    let measures = backend.measures(year).await.map_err(super::unavailable)?;
    let mut years = backend
        .reporting_years()
        .await
        .map_err(super::unavailable)?;
    // A year before the first complaint can be asked for too: it is listed as chosen.
    if !years.contains(&year) {
        years.push(year);
        years.sort_by(|a, b| b.cmp(a));
    }
    let category_names = backend
        .categories()
        .await
        .map_err(super::unavailable)?
        .into_iter()
        .map(|c| (c.code, c.name))
        .collect();
    Ok(Some(ReportView {
        measures,
        years,
        category_names,
        problem,
    }))
}
