//! Logging a complaint, safety concern or compliment a resident made by phone, in person, by
//! letter, by email or through social media: finding the resident, then one form. The rules
//! are `domain::logged`'s; the filing is `backend::logged`'s.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppError;

/// A resident a complaint may be logged for, as the console lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidentRow {
    /// The log page's address for them: `/staff/log/new?account=12` or `?tenancy=10012345`.
    pub address: String,
    /// `("account", "12")` or `("tenancy", "10012345")`: sent with the form.
    pub key: (String, String),
    pub name: String,
    pub email: Option<String>,
    /// "10012345, Flat 1, Centenary Court, …", when known.
    pub home: Option<String>,
    pub has_account: bool,
    pub phone: Option<String>,
}

/// The "Log a complaint" page: the search and who it found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindView {
    pub search: String,
    /// `None` before a search; the residents found after one.
    pub found: Option<Vec<ResidentRow>>,
    /// Why the search could not be used, saying how to fix it.
    pub problem: Option<String>,
}

/// The log form for one resident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogView {
    pub resident: ResidentRow,
    /// `complaint`, `concern` or `compliment`; empty until chosen.
    pub kind: String,
    /// Now, as the received box starts.
    pub now: String,
    /// Sent with the form: sending it twice logs once.
    pub key: String,
    /// How the resident's account asks to be contacted, where the form starts.
    pub preferences: domain::preferences::PreferenceAnswers,
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use backend::logged::{Resident, ResidentFound};

    pub fn row(found: ResidentFound) -> ResidentRow {
        let key = match &found.resident {
            Resident::Account(id) => ("account".to_owned(), id.to_string()),
            Resident::Tenancy(reference) => ("tenancy".to_owned(), reference.as_str().to_owned()),
        };
        ResidentRow {
            address: format!("/staff/log/new?{}={}", key.0, key.1),
            has_account: matches!(found.resident, Resident::Account(_)),
            key,
            name: found.name,
            email: found.email,
            home: found
                .home
                .map(|(reference, address)| format!("{address} (rent reference {reference})")),
            phone: found.phone,
        }
    }

    /// The resident named by the form's `account` or `tenancy`.
    pub fn resident(account: &str, tenancy: &str) -> Option<Resident> {
        match (account.trim(), tenancy.trim()) {
            (account, "") => account.parse().ok().map(Resident::Account),
            ("", tenancy) => domain::values::RentReference::parse(tenancy)
                .ok()
                .map(Resident::Tenancy),
            _ => None,
        }
    }
}

#[cfg(feature = "ssr")]
fn not_found() -> AppError {
    not_found_with(Vec::new())
}

#[cfg(feature = "ssr")]
fn not_found_with(answers: Vec<(String, String)>) -> AppError {
    AppError::Refused {
        answers,
        field: None,
        message: "That resident could not be found: they may have closed their account. Find them again from Log a complaint.".into(),
    }
}

/// Residents' accounts and tenancies matching the search box.
#[server(endpoint = "staff/find-resident")]
pub async fn find_resident(#[server(default)] q: String) -> Result<Option<FindView>, AppError> {
    if super::staff::server::colleague().await?.is_none() {
        return Ok(None);
    }
    let search = match domain::search::QueueSearch::parse(&q) {
        Ok(search) => search,
        Err(problem) => {
            return Ok(Some(FindView {
                search: q,
                found: None,
                problem: Some(problem.to_string()),
            }))
        }
    };
    let Some(search) = search else {
        return Ok(Some(FindView {
            search: String::new(),
            found: None,
            problem: None,
        }));
    };
    let context = crate::context::server_context()?;
    let found = context
        .backend
        .find_residents(&search)
        .await
        .map_err(super::unavailable)?;
    Ok(Some(FindView {
        search: search.text().to_owned(),
        found: Some(found.into_iter().map(server::row).collect()),
        problem: None,
    }))
}

/// The log form for the resident with `account` or `tenancy`, for `kind` once chosen.
#[server(endpoint = "staff/log-form")]
pub async fn log_form(
    #[server(default)] account: String,
    #[server(default)] tenancy: String,
    #[server(default)] kind: String,
) -> Result<Option<LogView>, AppError> {
    if super::staff::server::colleague().await?.is_none() {
        return Ok(None);
    }
    let context = crate::context::server_context()?;
    let backend = &context.backend;
    let found = match server::resident(&account, &tenancy) {
        Some(resident) => backend
            .resident(&resident)
            .await
            .map_err(super::unavailable)?,
        None => None,
    };
    let Some(found) = found else {
        return Err(super::refused(not_found()));
    };
    let mut preferences = match &found.resident {
        backend::logged::Resident::Account(id) => {
            let saved = backend.preferences(*id).await.map_err(super::unavailable)?;
            saved.answers()
        }
        backend::logged::Resident::Tenancy(_) => Default::default(),
    };
    if preferences.phone.is_empty() {
        preferences.phone = found.phone.clone().unwrap_or_default();
    }
    let kind = domain::filing::Purpose::from_code(&kind)
        .filter(|p| *p != domain::filing::Purpose::Repair)
        .map(|p| p.code().to_owned())
        .unwrap_or_default();
    Ok(Some(LogView {
        resident: server::row(found),
        kind,
        now: domain::steps::local_input_value(&backend.now()),
        key: backend::filing::random_key(),
        preferences,
    }))
}

/// Logs it: checked by `domain::logged`, filed from when it was received, and the resident
/// sent the acknowledgement their chosen way. Then the complaint's page.
#[server(endpoint = "staff/log")]
#[allow(clippy::too_many_arguments)]
pub async fn log_complaint(
    #[server(default)] account: String,
    #[server(default)] tenancy: String,
    #[server(default)] key: String,
    #[server(default)] purpose: String,
    #[server(default)] channel: String,
    #[server(default)] received_at: String,
    #[server(default)] name: String,
    #[server(default)] email: String,
    #[server(default)] what_happened: String,
    #[server(default)] incident_day: String,
    #[server(default)] incident_month: String,
    #[server(default)] incident_year: String,
    #[server(default)] already_reported: String,
    #[server(default)] outcome: String,
    #[server(default)] late_reason: String,
    #[server(default)] concern_what: String,
    #[server(default)] concern_where: String,
    #[server(default)] danger_now: String,
    #[server(default)] vulnerable: String,
    #[server(default)] compliment_who: String,
    #[server(default)] compliment_what: String,
    #[server(default)] contact_method: String,
    #[server(default)] phone: String,
    #[server(default)] call_times: String,
    #[server(default)] large_print: bool,
    #[server(default)] audio: bool,
    #[server(default)] braille: bool,
    #[server(default)] language: String,
    #[server(default)] interpreter: bool,
    #[server(default)] adjustments: String,
) -> Result<(), AppError> {
    use backend::logged::LogFailure;
    use domain::logged::{For, LogAnswers};
    let ticked = |on: bool| if on { "true" } else { "" }.to_owned();
    let typed: Vec<(String, String)> = [
        ("account", account.clone()),
        ("tenancy", tenancy.clone()),
        ("key", key.clone()),
        ("purpose", purpose),
        ("channel", channel),
        ("received_at", received_at),
        ("name", name),
        ("email", email),
        ("what_happened", what_happened),
        ("incident_day", incident_day),
        ("incident_month", incident_month),
        ("incident_year", incident_year),
        ("already_reported", already_reported),
        ("outcome", outcome),
        ("late_reason", late_reason),
        ("concern_what", concern_what),
        ("concern_where", concern_where),
        ("danger_now", danger_now),
        ("vulnerable", vulnerable),
        ("compliment_who", compliment_who),
        ("compliment_what", compliment_what),
        ("contact_method", contact_method),
        ("phone", phone),
        ("call_times", call_times),
        ("large_print", ticked(large_print)),
        ("audio", ticked(audio)),
        ("braille", ticked(braille)),
        ("language", language),
        ("interpreter", ticked(interpreter)),
        ("adjustments", adjustments),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect();
    let Some(colleague) = super::staff::server::colleague().await? else {
        return Err(super::refused(AppError::SignedOut));
    };
    let Some(resident) = server::resident(&account, &tenancy) else {
        return Err(super::refused(not_found()));
    };
    if key.trim().is_empty() {
        return Err(super::refused(AppError::Malformed));
    }
    let whom = match resident {
        backend::logged::Resident::Account(_) => For::Account,
        backend::logged::Resident::Tenancy(_) => For::Tenancy,
    };
    let context = crate::context::server_context()?;
    let logged = LogAnswers::from_form(&typed)
        .parse(context.backend.now(), whom)
        .map_err(|errors| {
            super::refused(AppError::Invalid {
                answers: typed.clone(),
                errors,
            })
        })?;
    let by = format!("{} ({})", colleague.name, colleague.email);
    // Apart from the keys the housing system chooses (`api:…`).
    let key = format!("console:{}", key.trim());
    match context
        .backend
        .log_complaint(&resident, &logged, &key, (&by, Some(colleague.id)))
        .await
    {
        Ok(reference) => {
            leptos_axum::redirect(&format!("/staff/complaints/{reference}?logged=true"));
            Ok(())
        }
        Err(LogFailure::NoResident) => Err(super::refused(not_found_with(typed))),
        Err(LogFailure::KeyUsed) => Err(super::refused(AppError::Refused {
            answers: typed,
            field: None,
            message: "This form was already used to log a complaint for someone else. Find the resident again from Log a complaint, and fill in a new form.".into(),
        })),
        Err(LogFailure::Backend(error)) => Err(super::unavailable(error)),
    }
}
