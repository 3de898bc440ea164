//! The complaints performance report for a reporting year: the regulator's CH01 and CH02,
//! the quarters for the Board, and the volumes for the annual report (`domain::measures`);
//! and the year's self-assessment against the Complaint Handling Code, which administrators
//! assess provision by provision (`domain::selfassessment`).

// A form's fields are its server function's arguments, one each.
#![allow(clippy::too_many_arguments)]

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
    /// How many of the Code's provisions are met in the year.
    pub self_assessment: domain::selfassessment::Summary,
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
    let years = offered_years(backend, year).await?;
    let rows = backend
        .self_assessment(year, &measures)
        .await
        .map_err(super::unavailable)?;
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
        self_assessment: domain::selfassessment::summary(&rows),
    }))
}

/// The self-assessment against the Complaint Handling Code, for a reporting year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SelfAssessmentView {
    pub year: ReportingYear,
    /// The years there are figures for, newest first.
    pub years: Vec<ReportingYear>,
    pub rows: Vec<domain::selfassessment::Row>,
    pub summary: domain::selfassessment::Summary,
    /// Whether the colleague may assess provisions.
    pub administrator: bool,
    /// Why the year asked for was not shown, saying how to fix it.
    pub problem: Option<String>,
}

/// The years a page for `year` offers: those with complaints, and `year` itself (a year
/// before the first complaint can be asked for too: it is listed as chosen).
#[cfg(feature = "ssr")]
async fn offered_years(
    backend: &backend::Backend,
    year: ReportingYear,
) -> Result<Vec<ReportingYear>, AppError> {
    let mut years = backend
        .reporting_years()
        .await
        .map_err(super::unavailable)?;
    if !years.contains(&year) {
        years.push(year);
        years.sort_by(|a, b| b.cmp(a));
    }
    Ok(years)
}

/// The year's self-assessment, from its figures and the assessments kept.
#[cfg(feature = "ssr")]
async fn assessment_rows(
    backend: &backend::Backend,
    year: ReportingYear,
) -> Result<Vec<domain::selfassessment::Row>, AppError> {
    let measures = backend.measures(year).await.map_err(super::unavailable)?;
    backend
        .self_assessment(year, &measures)
        .await
        .map_err(super::unavailable)
}

/// The year's self-assessment (this year's when `year` is empty).
#[server(endpoint = "staff/self-assessment")]
pub async fn staff_self_assessment(
    #[server(default)] year: String,
) -> Result<Option<SelfAssessmentView>, AppError> {
    let Some(staff) = super::staff::server::colleague().await? else {
        return Ok(None);
    };
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let today = domain::calendar::london_date(&backend.now());
    let (year, problem) = chosen_year(&year, today);
    let rows = assessment_rows(backend, year).await?;
    Ok(Some(SelfAssessmentView {
        year,
        years: offered_years(backend, year).await?,
        summary: domain::selfassessment::summary(&rows),
        rows,
        administrator: staff.role.administers(),
        problem,
    }))
}

/// The form to assess one provision for a year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentForm {
    pub year: ReportingYear,
    pub provision: String,
    pub requirement: String,
    /// Whether the records decide if it is met (the form asks only for a comment).
    pub decided_by_records: bool,
    /// What the records show this year, with whether they find it met.
    pub from_records: Option<String>,
    pub status: String,
    /// The newest assessment (this year's, or an earlier year's to start from), as answers.
    pub current: domain::selfassessment::AssessmentAnswers,
    /// This year's earlier assessments of it, newest first: (when, who, what).
    pub history: Vec<(String, String, String)>,
}

/// The provision asked for, and the year (this year's when empty); `None` when not one of
/// the Code's.
#[server(endpoint = "staff/self-assessment/form")]
pub async fn provision_form(
    provision: String,
    #[server(default)] year: String,
) -> Result<Option<AssessmentForm>, AppError> {
    use domain::selfassessment;
    if administrator().await?.is_none() {
        return Ok(None);
    }
    let Some(provision) = selfassessment::provision(&provision) else {
        return Err(no_such_provision(&provision));
    };
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let today = domain::calendar::london_date(&backend.now());
    let (year, _) = chosen_year(&year, today);
    let measures = backend.measures(year).await.map_err(super::unavailable)?;
    let assessed = backend
        .assessments(year)
        .await
        .map_err(super::unavailable)?;
    let row = selfassessment::rows(year, &measures, &assessed)
        .into_iter()
        .find(|r| r.provision == provision.number)
        .ok_or_else(|| no_such_provision(provision.number))?;
    // The form starts from this year's assessment, or the last year's.
    let current = selfassessment::latest(&assessed, provision.number, year)
        .map(|a| selfassessment::AssessmentAnswers::of(&a.assessment))
        .unwrap_or_default();
    let history = backend
        .assessment_history(year, provision.number)
        .await
        .map_err(super::unavailable)?
        .into_iter()
        .map(|a| {
            let verdict = a
                .assessment
                .verdict
                .map(|v| format!("{}. ", v.label()))
                .unwrap_or_default();
            (a.at, a.by, format!("{verdict}{}", a.assessment.evidence))
        })
        .collect();
    Ok(Some(AssessmentForm {
        year,
        provision: provision.number.to_owned(),
        requirement: provision.requirement.to_owned(),
        decided_by_records: provision.decided_by_records(),
        from_records: row.from_records,
        status: row.status,
        current,
        history,
    }))
}

#[cfg(feature = "ssr")]
fn no_such_provision(number: &str) -> AppError {
    super::refused(AppError::Refused {
        answers: Vec::new(),
        field: None,
        message: format!(
            "The Complaint Handling Code has no provision {number:?}: go back to the self-assessment and choose one from it."
        ),
    })
}

#[cfg(feature = "ssr")]
async fn administrator() -> Result<Option<backend::handling::Staff>, AppError> {
    super::staff::server::administrator(
        "Only an administrator can assess the Code's provisions. Ask one to make the change.",
    )
    .await
}

/// Keeps an administrator's assessment of `provision` for `year`.
#[server(endpoint = "staff/self-assessment/save")]
pub async fn save_assessment(
    provision: String,
    #[server(default)] year: String,
    #[server(default)] verdict: String,
    #[server(default)] evidence: String,
    #[server(default)] plan: String,
    #[server(default)] comply_day: String,
    #[server(default)] comply_month: String,
    #[server(default)] comply_year: String,
) -> Result<(), AppError> {
    let Some(admin) = administrator().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let answers = domain::selfassessment::AssessmentAnswers {
        verdict,
        evidence,
        plan,
        comply_day,
        comply_month,
        comply_year,
    };
    let typed = answers.typed();
    let Some(found) = domain::selfassessment::provision(&provision) else {
        return Err(no_such_provision(&provision));
    };
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let today = domain::calendar::london_date(&backend.now());
    let (year, problem) = chosen_year(&year, today);
    if let Some(message) = problem {
        return Err(super::refused(AppError::Refused {
            answers: typed,
            field: None,
            message,
        }));
    }
    let assessment = answers.parse(found, today).map_err(|errors| {
        super::refused(AppError::Invalid {
            answers: typed.clone(),
            errors,
        })
    })?;
    backend
        .assess(
            year,
            &assessment,
            &format!("{} ({})", admin.name, admin.email),
        )
        .await
        .map_err(super::unavailable)?;
    leptos_axum::redirect(&format!(
        "/staff/self-assessment?year={}&saved={}#provision-{}",
        year.starts,
        found.number,
        found.number.replace('.', "-")
    ));
    Ok(())
}
