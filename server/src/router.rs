//! Every route of the site, with its layers: pages and server functions, files, `/live`, the
//! API, static files, and what every answer carries (security headers, compression, limits).

use std::time::Duration;

use app::{shell, App};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use leptos::prelude::{provide_context, view, LeptosOptions};
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::{api, files, live, origin, refusals, staff, who, AppState};

/// The routes of every page, worked out once per process. Working them out renders the app
/// with resource loading suppressed by a flag that is global to the process (leptos-rs/leptos
/// issue 4773): done while another server in the process renders a page, that page's
/// resources would wait for ever. Once, before any router serves, it cannot overlap a render.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    ROUTES
        .get_or_init(|| generate_route_list(|| view! { <App stylesheet="" /> }))
        .clone()
}

/// The address of every page the app routes (`:name` for a parameter), as the router has them.
pub fn page_paths() -> Vec<String> {
    route_list()
        .iter()
        .map(|route| route.path().to_owned())
        .collect()
}

/// The built site's files (the bundles precompressed), and for any other address the page
/// that says it is not there (status 404).
///
/// Not leptos_axum's `file_and_error_handler`: for each file it serves, that handler makes a
/// reactive owner as a child of whatever owner its worker thread last set (`Owner::new_root`
/// leaves each page's root set on the thread that started rendering it), finds that page's
/// `ResponseOptions`, and takes their headers into the file's response. A page still rendering
/// then lost its Content-Security-Policy, nonce and all, whenever a bundle was fetched on the
/// same thread: its scripts were blocked and its islands never woke.
fn static_files(
    options: &LeptosOptions,
    provide: impl Fn() + Clone + Send + Sync + 'static,
) -> tower_http::services::ServeDir<
    impl tower::Service<
            axum::extract::Request,
            Response = axum::response::Response,
            Error = std::convert::Infallible,
            Future = impl Send,
        > + Clone,
> {
    let not_found = leptos_axum::render_app_to_stream_with_context(provide, {
        let options = options.clone();
        move || shell(options.clone())
    });
    tower_http::services::ServeDir::new(&*options.site_root)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(tower::service_fn(move |request: axum::extract::Request| {
            let not_found = not_found.clone();
            async move { Ok::<_, std::convert::Infallible>(not_found(request).await) }
        }))
}

/// Every route of the site with its layers.
pub fn router(config: &Config, state: AppState) -> Router {
    let leptos_options = state.leptos_options.clone();
    let context = state.context.clone();
    let provide = move || provide_context(context.clone());
    let who = axum::middleware::from_fn_with_state(state.clone(), who::who_is_asking);
    let pages = Router::new()
        .route("/healthz", get(healthz))
        .route("/live", get(live::live))
        .route("/staff/queue.csv", get(staff::queue_csv))
        .route("/staff/reports.csv", get(staff::report_csv))
        .route(
            "/staff/self-assessment.csv",
            get(staff::self_assessment_csv),
        )
        .route("/staff/case-file.zip", get(staff::case_file_zip))
        .leptos_routes_with_context(&state, route_list(), provide.clone(), move || {
            shell(leptos_options.clone())
        })
        // These run before any page code, in this order: who is asking, then the console's
        // guard, then the refusal a form was sent back with (read from the server, never the
        // address).
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            refusals::keep_out_of_addresses,
        ))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            staff::only_colleagues,
        ))
        .route_layer(who.clone())
        .fallback_service(static_files(&state.leptos_options, provide))
        .with_state(state.clone())
        .layer(RequestBodyLimitLayer::new(MAX_BODY));
    // Uploads may be larger than any form; everything else is held to the form limit.
    let files = Router::new()
        .route(
            "/complaint/new/attachments",
            axum::routing::post(files::upload),
        )
        .route("/attachments/{id}", get(files::download))
        .route_layer(who)
        .with_state(state.clone())
        // Read by the handler, which sends an over-large file back to the page with a message.
        .layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD));
    let pages = pages
        .merge(files)
        .layer(axum::middleware::from_fn_with_state(
            origin::AllowedOrigin(std::sync::Arc::from(config.origin())),
            origin::refuse_cross_site_posts,
        ));
    // The API is called by programs with a bearer token, not by pages with a cookie: no
    // cross-site check, its own body limit.
    with_layers(config, &state, pages.merge(api::router(state.clone())))
}

/// The most a form may send: far more than the longest answers allow.
const MAX_BODY: usize = 1024 * 1024;
/// The most an upload may send: one file of the largest accepted size, and the form around it.
const MAX_UPLOAD: usize = domain::attachments::MAX_BYTES + 64 * 1024;

/// A browser that sent too much (a form without JavaScript) gets a page saying what happened
/// and what to do, not a bare status.
async fn explain_too_large(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let wants_html = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    let response = next.run(request).await;
    if response.status() != StatusCode::PAYLOAD_TOO_LARGE || !wants_html {
        return response;
    }
    let page = format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Error: That was too much to send - Calico Account</title>\
         <link rel=\"stylesheet\" href=\"{}\"></head><body>\
         <div class=\"width-container\"><main class=\"main\"><h1 class=\"heading-xl\">That was too much to send</h1>\
         <p>What you sent is larger than {} MB, so we could not take it. Nothing from it has been saved; \
         answers you saved on earlier pages are still there.</p>\
         <p>Use your browser's Back button to return to your answers, shorten them (each box says how long it can be) and send again.</p>\
         <p>If you need help, call us on {} ({}).</p></main></div></body></html>",
        app::stylesheet_href(&state.leptos_options),
        MAX_BODY / (1024 * 1024),
        domain::contact::LANDLORD.phone,
        domain::contact::LANDLORD.opening_hours,
    );
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response()
}

/// The layers every response passes through, outermost last.
fn with_layers(config: &Config, state: &AppState, router: Router) -> Router {
    let mut router = router
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            explain_too_large,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        // Pages set their own policy with the nonce of their inline script; everything else
        // (static files, server-function answers, errors) gets the strict one.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            static_header(&app::security::content_security_policy(None)),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ));
    if config.is_https() {
        router = router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    router
        .layer(
            CompressionLayer::new()
                .br(true)
                .gzip(true)
                .quality(CompressionLevel::Precise(5)),
        )
        .layer(TraceLayer::new_for_http())
}

fn static_header(value: &str) -> HeaderValue {
    HeaderValue::from_str(value).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    let headers = [(header::CACHE_CONTROL, "no-store")];
    match state.backend.health().await {
        Ok(()) => (StatusCode::OK, headers, "ok\n"),
        Err(error) => {
            tracing::error!(error = %error, cause = ?std::error::Error::source(&error), "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                headers,
                "database unavailable\n",
            )
        }
    }
}
