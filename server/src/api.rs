//! The thin JSON API under `/api/v1` for the landlord's housing management system, with its
//! OpenAPI document at `/api/v1/openapi.json` generated from these handlers and the domain's
//! own serde types. Every request names an integration by its bearer token; every event goes
//! through the same `Backend::record_event` as the console, so the domain refuses the same
//! things here. Errors are JSON: a stable `code` and a `message` a person can act on.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json, Router};
use backend::handling::{ApiClient, Case, QueueFilter, QueueItem, RecordFailure};
use chrono::{DateTime, FixedOffset, Utc};
use domain::complaint::{
    Closure, DeadlineKind, Deadlines, Due, Response as Answer, Stage, UpdateDue,
};
use domain::handling::Kind;
use domain::{Event, EventKind, RiskLevel, State as ComplaintState};
use serde::{Deserialize, Serialize};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{IntoParams, Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;

/// The most a request to the API may send.
pub const MAX_API_BODY: usize = 64 * 1024;

/// A JSON body that could not be read, as a problem saying how to fix it: `what` names the
/// thing sent ("An event") and `fields` what its object must hold.
fn refused_body(rejection: JsonRejection, what: &str, fields: &str) -> Problem {
    match rejection {
        JsonRejection::BytesRejection(_) => Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("{what} may be at most {} KB of JSON.", MAX_API_BODY / 1024),
        ),
        other => bad_request(format!(
            "{}. Send a JSON object with {fields} (see /api/v1/openapi.json).",
            other.body_text().trim_end_matches('.')
        )),
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Calico Account API",
        version = "1.0.0",
        description = "For Calico Homes' housing management system: the complaints, safety concerns and compliments residents file in Calico Account, and the events that move them through the Housing Ombudsman's Complaint Handling Code. Authenticate with an integration's bearer token (`server api-token create NAME`)."
    ),
    modifiers(&BearerToken),
    tags((name = "complaints", description = "Complaints and the events that move them on")),
    components(schemas(Answer, Closure, DeadlineKind, Stage))
)]
struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An integration's API token, e.g. `calico_…`"))
                    .build(),
            ),
        );
    }
}

/// An error: a stable code for programs, and a sentence a person can act on.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Stable: e.g. `not_found`, `extension_past_limit`, `stage2_reviewer_is_stage1_handler`.
    code: String,
    /// What went wrong and how to put it right.
    message: String,
    #[serde(skip)]
    status: StatusCode,
}

impl Problem {
    fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            message: message.into(),
            status,
        }
    }

    fn unavailable(error: impl std::fmt::Display) -> Self {
        tracing::error!(%error, "API request failed");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "The service could not reach its database. Try again in a minute.",
        )
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status;
        let mut response = (status, Json(self)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"Calico Account API\""),
            );
        }
        response
    }
}

/// Refuses a request without a live integration token; otherwise passes the integration on.
async fn bearer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let Some(token) = token else {
        return Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Send the integration's API token in the header: Authorization: Bearer <token>.",
        )
        .into_response();
    };
    match state.backend.api_client(token).await {
        Ok(Some(client)) => {
            request.extensions_mut().insert(client);
            next.run(request).await
        }
        Ok(None) => Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "That API token is not recognised or has been revoked. Ask an administrator for a new one.",
        )
        .into_response(),
        Err(error) => Problem::unavailable(error).into_response(),
    }
}

/// A complaint, safety concern or compliment as a list shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplaintSummary {
    /// What the resident quotes, e.g. `CMP-2026-000123`.
    reference: String,
    kind: Kind,
    state: ComplaintState,
    /// How it ended, once closed.
    closure: Option<Closure>,
    /// A safety concern's risk, once assessed.
    risk: Option<RiskLevel>,
    /// The deadline it waits on now.
    next_deadline: Option<Due>,
    /// Working days to the next deadline: 0 when it is today, negative once passed.
    working_days_left: Option<i64>,
    /// Whether the landlord has missed the deadline it owes now.
    overdue: bool,
    /// The next update owed to the resident, at the interval agreed with them while a
    /// response is late (policy 2024 §9.5, §10.8).
    next_update: Option<UpdateDue>,
    /// Whether that update is late.
    update_overdue: bool,
    /// The earliest day a remedy agreed with the resident is due by, while any is not done
    /// (closed complaints included).
    remedy_due: Option<chrono::NaiveDate>,
    /// Whether that day has passed.
    remedy_overdue: bool,
    /// The earliest day a recorded vulnerability or adjustment is to be reviewed by, while
    /// any is still needed.
    support_review_due: Option<chrono::NaiveDate>,
    received_at: DateTime<Utc>,
    /// The first line of what the resident wrote.
    summary: String,
}

impl From<&QueueItem> for ComplaintSummary {
    fn from(item: &QueueItem) -> Self {
        Self {
            reference: item.reference.clone(),
            kind: item.kind,
            state: item.state,
            closure: item.closure,
            risk: item.risk,
            next_deadline: item.next,
            working_days_left: item.working_days_left,
            overdue: item.overdue,
            next_update: item.update,
            update_overdue: item.update_overdue,
            remedy_due: item.remedy,
            remedy_overdue: item.remedy_overdue,
            support_review_due: item.support_review,
            received_at: item.received_at,
            summary: item.summary.clone(),
        }
    }
}

/// One page of complaints.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplaintList {
    items: Vec<ComplaintSummary>,
    /// How many match the filters, on every page.
    total: u64,
    page: u32,
    per_page: u32,
}

/// An event in a complaint's history: what happened, when, who did it, and who recorded it
/// when. Nothing is ever edited or deleted; corrections are new events.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventRecord {
    id: i64,
    /// When it happened.
    occurred_at: DateTime<FixedOffset>,
    /// When it was recorded (set by the server).
    recorded_at: DateTime<Utc>,
    /// Who acted.
    by: Option<String>,
    /// Who recorded it: a colleague, or `API: <integration>`.
    recorded_by: Option<String>,
    /// The letter it sent the resident, if any.
    letter_id: Option<i64>,
    #[serde(flatten)]
    event: EventKind,
}

/// A letter sent to the resident.
#[derive(Debug, Serialize, ToSchema)]
pub struct LetterRecord {
    id: i64,
    event_id: i64,
    subject: String,
    /// `email` (sent through the outbox) or `post` (to print and post).
    delivery: String,
    created_at: DateTime<Utc>,
    /// The whole letter as plain text.
    text: String,
}

/// One complaint with its events, deadlines and letters.
#[derive(Debug, Serialize, ToSchema)]
pub struct ComplaintDetail {
    #[serde(flatten)]
    complaint: ComplaintSummary,
    deadlines: Deadlines,
    /// How the landlord received it: `online` (filed in Calico Account) or the channel a
    /// colleague or the housing system logged it from.
    channel: domain::logged::Channel,
    /// The remedies and learning actions agreed, in order (`action_agreed`; numbered from 1
    /// for `action_done`).
    actions: Vec<domain::actions::Action>,
    /// The vulnerabilities and needs recognised, each with the adjustment made and its review
    /// day, in order (`support_recorded`; numbered from 1 for `support_reviewed`).
    support: Vec<domain::support::SupportNeed>,
    /// The Housing Ombudsman's determinations recorded on it (`ombudsman_determined`).
    determinations: Vec<domain::ombudsman::Determination>,
    stage1_handler: Option<String>,
    stage2_reviewer: Option<String>,
    /// A representative's consent: `unverified`, `verified`, `refused` or `withdrawn`.
    consent: Option<String>,
    /// The event types that may be recorded next.
    next_events: Vec<String>,
    /// What the resident filed, as they filed it.
    #[schema(value_type = Object)]
    filed: serde_json::Value,
    events: Vec<EventRecord>,
    letters: Vec<LetterRecord>,
}

impl ComplaintDetail {
    fn from_case(case: &Case) -> Result<Self, Problem> {
        Ok(Self {
            complaint: ComplaintSummary::from(&case.item),
            deadlines: case.item.deadlines,
            channel: case.channel,
            actions: case.complaint.actions().to_vec(),
            support: case.complaint.support().to_vec(),
            determinations: case.complaint.determinations().to_vec(),
            stage1_handler: case.complaint.stage1_handler().map(str::to_owned),
            stage2_reviewer: case.complaint.stage2_reviewer().map(str::to_owned),
            consent: case.consent.map(|c| c.code().to_owned()),
            next_events: case
                .next_events
                .iter()
                .map(|e| e.code().to_owned())
                .collect(),
            filed: serde_json::to_value(&case.submission).map_err(Problem::unavailable)?,
            events: case
                .events
                .iter()
                .map(|e| EventRecord {
                    id: e.id,
                    occurred_at: e.event.at,
                    recorded_at: e.recorded_at,
                    by: e.event.by.clone(),
                    recorded_by: e.recorded_by.clone(),
                    letter_id: e.letter,
                    event: e.event.kind.clone(),
                })
                .collect(),
            letters: case
                .letters
                .iter()
                .map(|l| LetterRecord {
                    id: l.id,
                    event_id: l.event,
                    subject: l.letter.subject.clone(),
                    delivery: l.delivery.code().to_owned(),
                    created_at: l.created_at,
                    text: l.letter.text(l.addressee.as_deref()),
                })
                .collect(),
        })
    }
}

/// An event to record. `type` names it; the other fields are those of its type.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewEvent {
    /// When it happened, with its offset (RFC 3339). Never in the future, never before the
    /// complaint's latest event; it may be earlier than now (a letter logged the day after).
    occurred_at: DateTime<FixedOffset>,
    /// The colleague who acted, as the resident is told.
    by: String,
    #[serde(flatten)]
    event: EventKind,
}

/// Filters and paging for the list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only complaints at this stage (1 or 2); closed ones are at neither.
    #[param(minimum = 1, maximum = 2)]
    stage: Option<u8>,
    /// Only complaints in this state.
    #[param(inline)]
    state: Option<ComplaintState>,
    /// Only those past (true) or within (false) the deadline the landlord owes now.
    overdue: Option<bool>,
    /// Only those whose next deadline the landlord owes is within this many working days
    /// (overdue ones included).
    #[param(minimum = 0, maximum = 1000)]
    due_within: Option<u32>,
    /// Only those owing the resident an agreed update today or earlier (true); false or left
    /// out, all.
    updates_due: Option<bool>,
    /// Only those with a remedy for the resident due today or earlier and not yet done
    /// (true), closed complaints included; false or left out, all.
    remedies_due: Option<bool>,
    /// Only this kind.
    #[param(inline)]
    kind: Option<Kind>,
    /// Only those whose reference, resident's name, home address or rent reference holds this
    /// text, ignoring case (up to 100 characters).
    #[param(max_length = 100)]
    search: Option<String>,
    /// Which page, from 1.
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    /// How many on a page, 1 to 100 (50 if not given).
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

fn bad_request(message: String) -> Problem {
    Problem::new(StatusCode::BAD_REQUEST, "bad_request", message)
}

/// List complaints, concerns first by risk, then by the nearest deadline.
#[utoipa::path(
    get,
    path = "/api/v1/complaints",
    tag = "complaints",
    params(ListQuery),
    security(("api_token" = [])),
    responses(
        (status = 200, description = "One page of complaints", body = ComplaintList),
        (status = 400, description = "A filter is not valid", body = Problem),
        (status = 401, description = "No valid API token", body = Problem),
        (status = 503, description = "The database could not be reached", body = Problem),
    )
)]
async fn list_complaints(
    State(state): State<AppState>,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<ComplaintList>, Problem> {
    let Query(query) = query.map_err(|e| {
        bad_request(format!(
            "{}. Filters: stage (1 or 2), state, overdue (true or false), due_within (working days), updates_due (true or false), remedies_due (true or false), kind (complaint, concern or compliment), search (text), page (from 1), per_page (1 to 100).",
            e.body_text().trim_end_matches('.')
        ))
    })?;
    let stage = match query.stage {
        None => None,
        Some(1) => Some(Stage::One),
        Some(2) => Some(Stage::Two),
        Some(other) => {
            return Err(bad_request(format!(
                "There is no stage {other}: use 1 or 2."
            )))
        }
    };
    let page = query.page.unwrap_or(1).clamp(1, 100_000);
    let per_page = query.per_page.unwrap_or(50);
    if !(1..=100).contains(&per_page) {
        return Err(bad_request("per_page must be from 1 to 100.".into()));
    }
    let search = domain::search::QueueSearch::parse(query.search.as_deref().unwrap_or_default())
        .map_err(|error| bad_request(error.to_string()))?;
    let filter = QueueFilter {
        search,
        stage,
        state: query.state,
        overdue: query.overdue,
        due_within: query.due_within.map(i64::from),
        updates_due: query.updates_due.unwrap_or(false),
        remedies_due: query.remedies_due.unwrap_or(false),
        kind: query.kind,
        offset: ((page - 1) as usize).saturating_mul(per_page as usize),
        limit: per_page as usize,
    };
    let queue = state
        .backend
        .queue(&filter)
        .await
        .map_err(Problem::unavailable)?;
    Ok(Json(ComplaintList {
        items: queue.items.iter().map(ComplaintSummary::from).collect(),
        total: queue.total as u64,
        page,
        per_page,
    }))
}

async fn detail(state: &AppState, reference: &str) -> Result<ComplaintDetail, Problem> {
    let case = state
        .backend
        .case(reference)
        .await
        .map_err(Problem::unavailable)?
        .ok_or_else(|| not_found(reference))?;
    ComplaintDetail::from_case(&case)
}

fn not_found(reference: &str) -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!(
            "There is no complaint with the reference {reference:?}. References look like CMP-2026-000123."
        ),
    )
}

/// Read one complaint with its events, deadlines and letters.
#[utoipa::path(
    get,
    path = "/api/v1/complaints/{reference}",
    tag = "complaints",
    params(("reference" = String, Path, description = "e.g. CMP-2026-000123")),
    security(("api_token" = [])),
    responses(
        (status = 200, description = "The complaint", body = ComplaintDetail),
        (status = 401, description = "No valid API token", body = Problem),
        (status = 404, description = "No complaint has that reference", body = Problem),
        (status = 503, description = "The database could not be reached", body = Problem),
    )
)]
async fn get_complaint(
    State(state): State<AppState>,
    Path(reference): Path<String>,
) -> Result<Json<ComplaintDetail>, Problem> {
    Ok(Json(detail(&state, &reference).await?))
}

/// Record an event: the domain refuses what the Complaint Handling Code forbids, with the
/// reason. The letter the event sends the resident is written and queued with it.
#[utoipa::path(
    post,
    path = "/api/v1/complaints/{reference}/events",
    tag = "complaints",
    params(("reference" = String, Path, description = "e.g. CMP-2026-000123")),
    request_body = NewEvent,
    security(("api_token" = [])),
    responses(
        (status = 201, description = "Recorded; the complaint as it now stands", body = ComplaintDetail),
        (status = 400, description = "The body is not a valid event", body = Problem),
        (status = 401, description = "No valid API token", body = Problem),
        (status = 404, description = "No complaint has that reference", body = Problem),
        (status = 409, description = "The event does not fit where the complaint stands", body = Problem),
        (status = 413, description = "The body is too large", body = Problem),
        (status = 422, description = "The event breaks a rule of the Code, or leaves out what it must say", body = Problem),
        (status = 503, description = "The database could not be reached", body = Problem),
    )
)]
async fn record_event(
    State(state): State<AppState>,
    Extension(client): Extension<ApiClient>,
    Path(reference): Path<String>,
    body: Result<Json<NewEvent>, JsonRejection>,
) -> Result<(StatusCode, Json<ComplaintDetail>), Problem> {
    let Json(new) = body.map_err(|e| {
        refused_body(
            e,
            "An event",
            "occurred_at, by, type and the fields of that type",
        )
    })?;
    let event = Event::new(new.occurred_at, new.event).by(new.by);
    match state
        .backend
        .record_event(&reference, &event, &format!("API: {}", client.name))
        .await
    {
        Ok(_) => Ok((StatusCode::CREATED, Json(detail(&state, &reference).await?))),
        Err(RecordFailure::NotFound(_)) => Err(not_found(&reference)),
        Err(RecordFailure::Backend(error)) => Err(Problem::unavailable(error)),
        Err(failure @ RecordFailure::NotAColleague(_)) => Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not_a_colleague",
            failure.to_string(),
        )),
        Err(failure @ RecordFailure::Categories(_)) => Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_category",
            format!(
                "{}. The categories on offer are listed at GET /api/v1/categories.",
                failure.to_string().trim_end_matches('.')
            ),
        )),
        Err(failure @ RecordFailure::NoConsentWaiting) => Err(Problem::new(
            StatusCode::CONFLICT,
            "no_consent_waiting",
            failure.to_string(),
        )),
        Err(RecordFailure::Refused(error)) => {
            let status = match error.code() {
                "out_of_order" | "before_previous_event" => StatusCode::CONFLICT,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            Err(Problem::new(status, error.code(), error.to_string()))
        }
    }
}

/// A complaint, safety concern or compliment a resident made by phone, in person, by letter,
/// by email or through social media, to log for their tenancy. The answers are those of the
/// resident's own form; each is checked the same way.
#[derive(Debug, Deserialize, ToSchema)]
pub struct NewComplaint {
    /// The tenancy's rent reference, as the register holds it (spaces and dashes ignored).
    rent_reference: String,
    /// `complaint`, `concern` or `compliment`.
    #[schema(inline)]
    kind: Kind,
    /// How the resident contacted the landlord (not `online`).
    channel: domain::logged::Channel,
    /// When the landlord received it (RFC 3339): the deadlines run from this day. Not in the
    /// future, and within the last year.
    received_at: DateTime<FixedOffset>,
    /// Who made it; the register's lead tenant when left out.
    name: Option<String>,
    /// Their email address, needed when they want email.
    email: Option<String>,
    /// `email`, `phone` or `letter`.
    #[schema(inline)]
    contact_method: domain::preferences::ContactMethod,
    /// Needed for `phone`.
    phone: Option<String>,
    call_times: Option<String>,
    /// Alternative formats for letters: `large_print`, `audio`, `braille`.
    #[serde(default)]
    formats: Vec<String>,
    /// A language other than English.
    language: Option<String>,
    #[serde(default)]
    interpreter: bool,
    /// Reasonable adjustments, in the resident's words.
    adjustments: Option<String>,
    /// A complaint: what happened.
    what_happened: Option<String>,
    /// A complaint: when it happened (YYYY-MM-DD).
    incident_date: Option<chrono::NaiveDate>,
    /// A complaint: what they had already reported.
    already_reported: Option<String>,
    /// A complaint: what would put it right.
    outcome: Option<String>,
    /// A complaint about something over 12 months before it was received: why not sooner.
    late_reason: Option<String>,
    /// A concern: what is unsafe.
    concern_what: Option<String>,
    /// A concern: where.
    concern_where: Option<String>,
    /// A concern: is anyone in danger now (`yes`, `no`, `not_sure`).
    danger_now: Option<String>,
    /// A concern: does it affect anyone more at risk (`yes`, `no`, `not_sure`).
    vulnerable: Option<String>,
    /// A compliment: whom it thanks.
    compliment_who: Option<String>,
    /// A compliment: what they did.
    compliment_what: Option<String>,
    /// Sending the same key again logs nothing new and answers with the same complaint.
    /// Up to 100 characters.
    #[schema(max_length = 100)]
    idempotency_key: Option<String>,
}

impl NewComplaint {
    /// The answers as the console's form sends them.
    fn answers(&self) -> Vec<(String, String)> {
        let text = |name: &str, value: &Option<String>| {
            (name.to_owned(), value.clone().unwrap_or_default())
        };
        let mut pairs = vec![
            ("purpose".to_owned(), self.kind.code().to_owned()),
            ("channel".to_owned(), self.channel.code().to_owned()),
            (
                "received_at".to_owned(),
                domain::steps::local_input_value(&self.received_at),
            ),
            text("email", &self.email),
            (
                "contact_method".to_owned(),
                self.contact_method.code().to_owned(),
            ),
            text("phone", &self.phone),
            text("call_times", &self.call_times),
            text("language", &self.language),
            text("adjustments", &self.adjustments),
            text("what_happened", &self.what_happened),
            text("already_reported", &self.already_reported),
            text("outcome", &self.outcome),
            text("late_reason", &self.late_reason),
            text("concern_what", &self.concern_what),
            text("concern_where", &self.concern_where),
            text("danger_now", &self.danger_now),
            text("vulnerable", &self.vulnerable),
            text("compliment_who", &self.compliment_who),
            text("compliment_what", &self.compliment_what),
        ];
        if let Some(day) = self.incident_date {
            use chrono::Datelike;
            pairs.push(("incident_day".into(), day.day().to_string()));
            pairs.push(("incident_month".into(), day.month().to_string()));
            pairs.push(("incident_year".into(), format!("{:04}", day.year())));
        }
        for format in &self.formats {
            if domain::preferences::AltFormat::from_code(format).is_some() {
                pairs.push((format.clone(), "true".into()));
            }
        }
        if self.interpreter {
            pairs.push(("interpreter".into(), "true".into()));
        }
        pairs
    }
}

/// Log a complaint, safety concern or compliment made by phone, in person, by letter, by email
/// or through social media, for a tenancy. It is filed from when it was received, whoever
/// links an account to the tenancy sees it, and the resident is sent the acknowledgement in
/// the way they asked to be contacted.
#[utoipa::path(
    post,
    path = "/api/v1/complaints",
    tag = "complaints",
    request_body = NewComplaint,
    security(("api_token" = [])),
    responses(
        (status = 201, description = "Logged (or logged before with the same key); the complaint as it stands", body = ComplaintDetail),
        (status = 400, description = "The body is not a valid complaint", body = Problem),
        (status = 401, description = "No valid API token", body = Problem),
        (status = 409, description = "The idempotency key was used for another complaint", body = Problem),
        (status = 413, description = "The body is too large", body = Problem),
        (status = 422, description = "An answer needs fixing, or no tenancy has that rent reference", body = Problem),
        (status = 503, description = "The database could not be reached", body = Problem),
    )
)]
async fn log_complaint(
    State(state): State<AppState>,
    Extension(client): Extension<ApiClient>,
    body: Result<Json<NewComplaint>, JsonRejection>,
) -> Result<(StatusCode, Json<ComplaintDetail>), Problem> {
    use backend::logged::{LogFailure, Resident};
    let Json(new) = body.map_err(|e| {
        refused_body(
            e,
            "A complaint",
            "rent_reference, kind, channel, received_at, contact_method and the answers of that kind",
        )
    })?;
    let unknown = || {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown_tenancy",
            format!(
                "No tenancy in the register has the rent reference {:?}. Check it against the housing system.",
                new.rent_reference
            ),
        )
    };
    let resident = domain::values::RentReference::parse(&new.rent_reference)
        .map(Resident::Tenancy)
        .map_err(|_| unknown())?;
    let key = match new.idempotency_key.as_deref().map(str::trim) {
        Some(key) if key.chars().count() > 100 || key.chars().any(char::is_control) => {
            return Err(bad_request(
                "idempotency_key takes up to 100 characters, with no line breaks.".into(),
            ))
        }
        Some(key) if !key.is_empty() => format!("api:{}:{key}", client.id),
        _ => backend::filing::random_key(),
    };
    if let Some(unknown) = new
        .formats
        .iter()
        .find(|f| domain::preferences::AltFormat::from_code(f).is_none())
    {
        return Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_answers",
            format!("formats: there is no format {unknown:?}; use large_print, audio or braille."),
        ));
    }
    let mut answers = new.answers();
    let name = match new.name.as_deref().map(str::trim) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => {
            state
                .backend
                .resident(&resident)
                .await
                .map_err(Problem::unavailable)?
                .ok_or_else(unknown)?
                .name
        }
    };
    answers.push(("name".into(), name));
    let logged = domain::logged::LogAnswers::from_form(&answers)
        .parse(state.backend.now(), domain::logged::For::Tenancy)
        .map_err(|errors| {
            let said: Vec<String> = errors
                .iter()
                .map(|e| format!("{}: {}", api_field(e.field), e.message))
                .collect();
            Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid_answers",
                format!("{}.", said.join("; ")),
            )
        })?;
    let by = format!("API: {}", client.name);
    match state
        .backend
        .log_complaint(&resident, &logged, &key, (&by, None))
        .await
    {
        Ok(reference) => Ok((
            StatusCode::CREATED,
            Json(detail(&state, &reference.to_string()).await?),
        )),
        Err(LogFailure::NoResident) => Err(unknown()),
        Err(failure @ LogFailure::KeyUsed) => Err(Problem::new(
            StatusCode::CONFLICT,
            "idempotency_key_used",
            failure.to_string(),
        )),
        Err(LogFailure::Backend(error)) => Err(Problem::unavailable(error)),
    }
}

/// A form field as the API names it.
fn api_field(field: domain::forms::Field) -> &'static str {
    use domain::forms::Field;
    match field {
        Field::IncidentDate => "incident_date",
        Field::Purpose => "kind",
        other => other.id(),
    }
}

/// One stage's rate and share (`null` when there is nothing to divide by).
#[derive(Debug, Serialize, ToSchema)]
pub struct ByStage {
    stage1: Option<f64>,
    stage2: Option<f64>,
}

/// A count of one kind, channel or category.
#[derive(Debug, Serialize, ToSchema)]
pub struct Count {
    /// A kind (`complaint`, …), a channel (`phone`, …) or a category code.
    of: String,
    count: u32,
}

/// A reporting year's complaints performance: the regulator's CH01 and CH02, the quarters for
/// the Board and the volumes, counted as the README's "Complaints performance" says.
#[derive(Debug, Serialize, ToSchema)]
pub struct Report {
    /// e.g. "2026/27": 1 April 2026 to 31 March 2027.
    year: String,
    first_day: chrono::NaiveDate,
    last_day: chrono::NaiveDate,
    /// Homes in the register.
    homes: u32,
    /// CH01: complaints received per 1,000 homes.
    ch01: ByStage,
    /// CH02: the percentage of responses within the Code's timescales.
    ch02: ByStage,
    stage1: domain::measures::StageFigures,
    stage2: domain::measures::StageFigures,
    /// April to June first.
    quarters: Vec<domain::measures::Quarter>,
    /// Stage 1 complaints received each month, April first.
    stage1_by_month: Vec<u32>,
    by_kind: Vec<Count>,
    by_channel: Vec<Count>,
    /// Responses issued in the year by category code, most first.
    by_category: Vec<Count>,
    stage1_outcomes: domain::measures::Outcomes,
    stage2_outcomes: domain::measures::Outcomes,
    not_accepted: u32,
    withdrawn: u32,
    resolved_at_first_contact: u32,
    /// Learning from complaints, agreed in the year: what will change, who owns it, when it
    /// was agreed, its day, and when it was done.
    learning: Vec<domain::measures::Learning>,
    /// Acknowledgements made in the year, and those within 5 working days, at each stage.
    stage1_acknowledgements: domain::measures::Acknowledgements,
    stage2_acknowledgements: domain::measures::Acknowledgements,
    /// The Housing Ombudsman's determinations made in the year, by finding
    /// (`severe_maladministration`, `maladministration`, `service_failure`,
    /// `reasonable_redress`, `no_maladministration`, `outside_jurisdiction`).
    determinations: Vec<Count>,
    /// The self-assessment against the Complaint Handling Code for the year.
    self_assessment: SelfAssessment,
}

/// The year's self-assessment against the Complaint Handling Code: how many provisions are
/// met, and each provision in the Code's order.
#[derive(Debug, Serialize, ToSchema)]
pub struct SelfAssessment {
    summary: domain::selfassessment::Summary,
    provisions: Vec<domain::selfassessment::Row>,
}

/// Read a reporting year's complaints performance.
#[utoipa::path(
    get,
    path = "/api/v1/reports/{year}",
    tag = "complaints",
    params(("year" = i32, Path, description = "The year the reporting year starts in: 2026 is 1 April 2026 to 31 March 2027", minimum = 2000, maximum = 2100)),
    security(("api_token" = [])),
    responses(
        (status = 200, description = "The year's figures (so far, for this year)", body = Report),
        (status = 400, description = "Not a reporting year", body = Problem),
        (status = 401, description = "No valid API token", body = Problem),
        (status = 422, description = "The reporting year has not started", body = Problem),
        (status = 503, description = "The database could not be reached", body = Problem),
    )
)]
async fn get_report(
    State(state): State<AppState>,
    Path(year): Path<String>,
) -> Result<Json<Report>, Problem> {
    use domain::measures::ReportingYear;
    let year = year
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .map(|starts| ReportingYear { starts })
        .ok_or_else(|| {
            bad_request(
                "A reporting year is the year it starts in, from 2000 to 2100: 2026 is 1 April 2026 to 31 March 2027.".into(),
            )
        })?;
    let today = domain::calendar::london_date(&state.backend.now());
    if !year.started(today) {
        return Err(Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "year_not_started",
            format!("The reporting year {} has not started.", year.label()),
        ));
    }
    let m = state
        .backend
        .measures(year)
        .await
        .map_err(Problem::unavailable)?;
    let provisions = state
        .backend
        .self_assessment(year, &m)
        .await
        .map_err(Problem::unavailable)?;
    let (ch01_1, ch01_2) = m.ch01();
    let (ch02_1, ch02_2) = m.ch02();
    let count = |of: &str, count: u32| Count {
        of: of.to_owned(),
        count,
    };
    Ok(Json(Report {
        year: year.label(),
        first_day: year.first_day(),
        last_day: year.last_day(),
        homes: m.homes,
        ch01: ByStage {
            stage1: ch01_1,
            stage2: ch01_2,
        },
        ch02: ByStage {
            stage1: ch02_1,
            stage2: ch02_2,
        },
        stage1: m.stage1,
        stage2: m.stage2,
        quarters: m.quarters.to_vec(),
        stage1_by_month: m.stage1_by_month.to_vec(),
        by_kind: m.by_kind.iter().map(|(k, n)| count(k.code(), *n)).collect(),
        by_channel: m
            .by_channel
            .iter()
            .map(|(c, n)| count(c.code(), *n))
            .collect(),
        by_category: m.by_category.iter().map(|(c, n)| count(c, *n)).collect(),
        stage1_outcomes: m.stage1_outcomes,
        stage2_outcomes: m.stage2_outcomes,
        not_accepted: m.not_accepted,
        withdrawn: m.withdrawn,
        resolved_at_first_contact: m.resolved_at_first_contact,
        learning: m.learning.clone(),
        stage1_acknowledgements: m.stage1_acknowledgements,
        stage2_acknowledgements: m.stage2_acknowledgements,
        determinations: m
            .determinations
            .iter()
            .map(|(f, n)| count(f.code(), *n))
            .collect(),
        self_assessment: SelfAssessment {
            summary: domain::selfassessment::summary(&provisions),
            provisions,
        },
    }))
}

/// A category responses are filed under.
#[derive(Debug, Serialize, ToSchema)]
pub struct CategoryRecord {
    /// What a response's `categories` name it by, e.g. `damp_and_mould`.
    code: String,
    /// e.g. "Damp and mould".
    name: String,
    /// A retired category stays on past responses but is refused for new ones.
    retired: bool,
}

/// List the categories a response may be filed under (live ones first).
#[utoipa::path(
    get,
    path = "/api/v1/categories",
    tag = "complaints",
    security(("api_token" = [])),
    responses(
        (status = 200, description = "Every category", body = Vec<CategoryRecord>),
        (status = 401, description = "No valid API token", body = Problem),
        (status = 503, description = "The database could not be reached", body = Problem),
    )
)]
async fn list_categories(
    State(state): State<AppState>,
) -> Result<Json<Vec<CategoryRecord>>, Problem> {
    let categories = state
        .backend
        .categories()
        .await
        .map_err(Problem::unavailable)?;
    Ok(Json(
        categories
            .into_iter()
            .map(|c| CategoryRecord {
                code: c.code,
                name: c.name,
                retired: c.retired,
            })
            .collect(),
    ))
}

/// The API's routes (behind the bearer check) and its OpenAPI document (open to all).
pub fn router(state: AppState) -> Router {
    let (api, doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_complaints, log_complaint))
        .routes(routes!(get_complaint))
        .routes(routes!(record_event))
        .routes(routes!(list_categories))
        .routes(routes!(get_report))
        .split_for_parts();
    let document = doc.to_pretty_json().unwrap_or_default();
    let api = api
        .layer(axum::middleware::from_fn_with_state(state.clone(), bearer))
        .with_state(state)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_API_BODY));
    Router::new()
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let document = document.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], document) }
            }),
        )
        .route("/api/v1/{*rest}", axum::routing::any(nothing_here))
        .merge(api)
}

async fn nothing_here() -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "There is nothing at this address. The API's operations are listed in /api/v1/openapi.json.",
    )
}
