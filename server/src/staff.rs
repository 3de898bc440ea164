//! Only colleagues reach the complaints console: every `/staff` page and every `/api/staff`
//! server function is refused to a signed-in account without a staff role, before any page
//! code runs. (Someone signed out is let through: the page sends them to sign in.)

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// Whether `path` belongs to the console: its pages and its server functions.
fn is_console(path: &str) -> bool {
    app::is_console(path) || path.starts_with("/api/staff/")
}

/// Refuses the console to anyone signed in who is not a colleague.
pub async fn only_colleagues(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if !is_console(request.uri().path()) {
        return next.run(request).await;
    }
    match crate::who::asking(request.extensions()) {
        Ok(Some(account)) if account.colleague().is_none() => {
            refused(&request, &app::stylesheet_href(&state.leptos_options))
        }
        // Colleagues; and someone signed out, whom the page sends to sign in.
        Ok(_) => next.run(request).await,
        Err(unavailable) => unavailable.into_response(),
    }
}

fn wants_html(request: &Request) -> bool {
    request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"))
}

fn refused(request: &Request, stylesheet: &str) -> Response {
    let message = "This page is for Calico Homes' complaints staff.";
    if !wants_html(request) {
        return (StatusCode::FORBIDDEN, message).into_response();
    }
    let page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>You cannot see this page - Calico Account</title>\
         <link rel=\"stylesheet\" href=\"{stylesheet}\"></head><body>\
         <div class=\"width-container\"><main class=\"main\"><h1 class=\"heading-xl\">You cannot see this page</h1>\
         <p>{message} Your complaints, and the letters we have sent you, are in \
         <a href=\"/account\">your account</a>.</p></main></div></body></html>"
    );
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}

/// The queue as a spreadsheet: every complaint the queue page's filters (`?q=…&kind=…`) find,
/// in the queue's order, for a colleague to sort, share or report from.
pub async fn queue_csv(
    State(state): State<AppState>,
    crate::who::Asking(asking): crate::who::Asking,
    axum::extract::Query(query): axum::extract::Query<app::api::staff::QueueQuery>,
) -> Response {
    if let Some(refused) = not_a_colleague(&asking) {
        return refused;
    }
    let (filter, _, _) = app::api::staff::queue_filter(&query);
    let queue = match state
        .backend
        .queue(&backend::handling::QueueFilter { limit: 0, ..filter })
        .await
    {
        Ok(queue) => queue,
        Err(error) => {
            tracing::error!(%error, "could not read the queue for its export");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                "The queue could not be read just now. Try again in a moment.",
            )
                .into_response();
        }
    };
    match queue_spreadsheet(&queue.items) {
        Ok(body) => {
            let today = domain::calendar::london_date(&state.backend.now());
            (
                [
                    (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"calico-complaints-{today}.csv\""),
                    ),
                ],
                body,
            )
                .into_response()
        }
        Err(error) => {
            tracing::error!(%error, "could not write the queue's export");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The columns of the queue's export.
const COLUMNS: [&str; 15] = [
    "Reference",
    "Kind",
    "Received",
    "Where it is",
    "Risk",
    "Next deadline",
    "Due by",
    "Working days left",
    "Overdue",
    "Next update to the resident by",
    "Update overdue",
    "Remedy due by",
    "Remedy overdue",
    "Asked for a review late on",
    "About",
];

/// The queue's lines as CSV (RFC 4180), with a byte-order mark so that spreadsheets read
/// names and addresses in any script.
fn queue_spreadsheet(items: &[backend::handling::QueueItem]) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    out.write_record(COLUMNS)?;
    for item in items {
        let owed = item.next.filter(|due| due.kind.owed_by_landlord());
        out.write_record([
            item.reference.clone(),
            item.kind.label().to_owned(),
            domain::calendar::london_date(&item.received_at).to_string(),
            domain::handling::capitalised(item.state.describe()),
            item.risk
                .map(domain::steps::risk_label)
                .unwrap_or_default()
                .to_owned(),
            item.next
                .map(|due| domain::steps::due_words(due, None))
                .map(|words| cell(&words))
                .unwrap_or_default(),
            item.next.map(|due| due.by.to_string()).unwrap_or_default(),
            owed.and(item.working_days_left)
                .map(|n| n.to_string())
                .unwrap_or_default(),
            if item.overdue { "Yes" } else { "No" }.to_owned(),
            item.update
                .map(|update| update.by.to_string())
                .unwrap_or_default(),
            match (item.update, item.update_overdue) {
                (None, _) => "",
                (Some(_), true) => "Yes",
                (Some(_), false) => "No",
            }
            .to_owned(),
            item.remedy.map(|by| by.to_string()).unwrap_or_default(),
            match (item.remedy, item.remedy_overdue) {
                (None, _) => "",
                (Some(_), true) => "Yes",
                (Some(_), false) => "No",
            }
            .to_owned(),
            item.asked_late
                .map(|day| day.to_string())
                .unwrap_or_default(),
            cell(&item.summary),
        ])?;
    }
    out.into_inner().map_err(|e| e.into_error().into())
}

/// Text as a spreadsheet cell that shows it and never runs it: what begins like a formula
/// (`=`, `+`, `-`, `@`, a tab or a return) gets a leading apostrophe (OWASP's CSV injection
/// advice), since a resident wrote it.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_that_looks_like_a_formula_is_shown_not_run() {
        assert_eq!(super::cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(super::cell("+44 7700"), "'+44 7700");
        assert_eq!(super::cell("-1"), "'-1");
        assert_eq!(super::cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(super::cell("\tx"), "'\tx");
        assert_eq!(super::cell("The lift = broken"), "The lift = broken");
    }

    #[test]
    fn the_console_is_every_staff_page_and_server_function_and_nothing_else() {
        for path in ["/staff", "/staff/complaints/CMP-1", "/api/staff/record"] {
            assert!(super::is_console(path), "{path}");
        }
        for path in [
            "/staffing",
            "/account",
            "/api/v1/complaints",
            "/api/account/letters",
        ] {
            assert!(!super::is_console(path), "{path}");
        }
    }
}

/// Sends someone signed out to sign in, and refuses anyone who is not a colleague; `None` for
/// a colleague.
fn not_a_colleague(asking: &Option<backend::accounts::Account>) -> Option<Response> {
    let Some(account) = asking else {
        return Some(axum::response::Redirect::to("/sign-in").into_response());
    };
    account.colleague().is_none().then(|| {
        (
            StatusCode::FORBIDDEN,
            "This is for Calico Homes' complaints staff.",
        )
            .into_response()
    })
}

/// The reporting year asked for in `/staff/reports.csv?year=2026`.
#[derive(Debug, serde::Deserialize)]
pub struct YearQuery {
    #[serde(default)]
    year: String,
}

/// The year's report as a spreadsheet: each table of the page, under its title, in the same
/// words (`domain::measures::Measures::tables`), and the self-assessment against the Code,
/// which the annual report includes (the Code's 8.1).
pub async fn report_csv(
    State(state): State<AppState>,
    asking: crate::who::Asking,
    query: axum::extract::Query<YearQuery>,
) -> Response {
    year_csv(state, asking, query, "complaints-performance", true).await
}

/// The year's self-assessment against the Complaint Handling Code as a spreadsheet, in the
/// same words as its page.
pub async fn self_assessment_csv(
    State(state): State<AppState>,
    asking: crate::who::Asking,
    query: axum::extract::Query<YearQuery>,
) -> Response {
    year_csv(state, asking, query, "self-assessment", false).await
}

/// A reporting year's tables as a CSV file named `calico-{name}-2026-27.csv`: the report's
/// (when `report`) and the self-assessment's.
async fn year_csv(
    state: AppState,
    crate::who::Asking(asking): crate::who::Asking,
    axum::extract::Query(query): axum::extract::Query<YearQuery>,
    name: &str,
    report: bool,
) -> Response {
    if let Some(refused) = not_a_colleague(&asking) {
        return refused;
    }
    let today = domain::calendar::london_date(&state.backend.now());
    let (year, _) = app::api::reports::chosen_year(&query.year, today);
    let read = async {
        let measures = state.backend.measures(year).await?;
        let mut tables = Vec::new();
        if report {
            let names: Vec<(String, String)> = state
                .backend
                .categories()
                .await?
                .into_iter()
                .map(|c| (c.code, c.name))
                .collect();
            tables = measures.tables(&names);
        }
        let rows = state.backend.self_assessment(year, &measures).await?;
        tables.push(domain::selfassessment::table(&rows));
        Ok::<_, backend::BackendError>(tables)
    };
    let tables = match read.await {
        Ok(tables) => tables,
        Err(error) => {
            tracing::error!(%error, "could not read the report");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                "The report could not be read just now. Try again in a moment.",
            )
                .into_response();
        }
    };
    let write = || -> Result<Vec<u8>, csv::Error> {
        let mut out = csv::WriterBuilder::new()
            .flexible(true)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        out.write_record(["Reporting year", &year.label()])?;
        for table in &tables {
            out.write_record([""])?;
            out.write_record([table.title.as_str()])?;
            out.write_record(&table.header)?;
            for row in &table.rows {
                out.write_record(row)?;
            }
        }
        out.into_inner().map_err(|e| e.into_error().into())
    };
    match write() {
        Ok(body) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"calico-{name}-{}.csv\"",
                        year.label().replace('/', "-")
                    ),
                ),
            ],
            body,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "could not write the report");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Which complaint's case file: `/staff/case-file.zip?reference=CMP-2026-000123`.
#[derive(Debug, serde::Deserialize)]
pub struct CaseFileQuery {
    #[serde(default)]
    reference: String,
}

/// A complaint's case file as a ZIP, for the Housing Ombudsman (`backend::casefile`).
pub async fn case_file_zip(
    State(state): State<AppState>,
    crate::who::Asking(asking): crate::who::Asking,
    axum::extract::Query(query): axum::extract::Query<CaseFileQuery>,
) -> Response {
    if let Some(refused) = not_a_colleague(&asking) {
        return refused;
    }
    match state.backend.case_file(query.reference.trim()).await {
        Ok(Some(file)) => (
            [
                (header::CONTENT_TYPE, "application/zip".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{}\"", file.file_name),
                ),
            ],
            file.zip,
        )
            .into_response(),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            "There is no complaint with that reference. Check it against the work queue.",
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "could not make a case file");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                "The case file could not be made just now. Try again in a moment.",
            )
                .into_response()
        }
    }
}
