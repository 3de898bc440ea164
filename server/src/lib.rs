//! The Calico Account server: the axum router with its layers, and the commands `serve`,
//! `migrate` and `deadlines`. `main.rs` only parses the command line and calls these.

pub mod api;
pub mod config;
mod files;
mod live;
pub mod origin;
mod refusals;
mod staff;
pub mod telemetry;
mod who;

use std::net::SocketAddr;
use std::time::Duration;

use app::context::ServerContext;
use app::{shell, App};
use axum::extract::{FromRef, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use backend::{Backend, BackendError};
use leptos::prelude::{provide_context, view, LeptosOptions};
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;

/// Why the server stopped or could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("Could not prepare the database.")]
    Backend(#[from] BackendError),
    #[error("Could not listen on {addr}: is another program using that port? Set CALICO_BIND to use another.")]
    Bind {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("Could not load the demo tenancy register.")]
    Demo(#[source] backend::tenancies::ImportError),
    #[error("The server stopped unexpectedly.")]
    Serve(#[source] std::io::Error),
    #[error("Could not set up mail delivery.")]
    Mailer(#[source] backend::outbox::MailerError),
    #[error("Could not read the bundle's settings from {path}: {reason}. Run the server from the project's folder, or set CALICO_LEPTOS_TOML to the file.")]
    Settings { path: String, reason: String },
}

/// What every handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub backend: Backend,
    pub context: ServerContext,
    /// The live streams open in this process, per session.
    pub open_streams: live::OpenStreams,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl AppState {
    /// The state of a server with `config`: the bundle's settings come from leptos.toml.
    pub fn new(config: &Config, backend: Backend) -> Result<Self, ServerError> {
        let mut leptos_options = bundle_settings(config)?;
        if let Some(site_root) = &config.site_root {
            leptos_options.site_root = site_root.as_str().into();
        }
        leptos_options.site_addr = config.bind;
        let context = ServerContext {
            backend: backend.clone(),
            base_url: config.base_url(),
            secure_cookies: config.is_https(),
            trust_proxy: config.trust_proxy,
        };
        Ok(Self {
            leptos_options,
            backend,
            context,
            open_streams: live::OpenStreams::default(),
        })
    }
}

/// The bundle's settings (output name, site root, package folder), from the leptos.toml that
/// `config` names: the one place they are kept, which scripts/build-site reads too.
pub fn bundle_settings(config: &Config) -> Result<LeptosOptions, ServerError> {
    let path = config.leptos_toml.display().to_string();
    leptos::config::get_configuration(Some(&path))
        .map(|file| file.leptos_options)
        .map_err(|error| ServerError::Settings {
            path,
            reason: error.to_string(),
        })
}

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

/// Opens the database, creating and migrating it on first start.
pub async fn open_backend(config: &Config) -> Result<Backend, ServerError> {
    let backend = Backend::connect(&config.database_url).await?;
    backend.migrate().await?;
    Ok(backend)
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

/// `server migrate`.
pub async fn migrate(config: &Config) -> Result<(), ServerError> {
    let backend = open_backend(config).await?;
    tracing::info!("the database is up to date");
    backend.close().await;
    Ok(())
}

/// `server deadlines`: the state and deadlines of a complaint's event history (JSON text in,
/// JSON text out), on the England and Wales calendar plus the landlord's closure days.
/// The error is one sentence for the person who ran the command.
pub async fn deadlines(config: &Config, input: &str) -> Result<String, String> {
    let calendar = calendar(config).await.map_err(|error| {
        let cause = std::error::Error::source(&error)
            .map(|c| format!(": {c}"))
            .unwrap_or_default();
        format!("Could not read the landlord's closure days from the database{cause}.")
    })?;
    domain::report::deadlines_report(input, &calendar, &domain::ServiceStandard::CALICO_2024)
        .map_err(|error| error.to_string())
}

/// `server import-tenancies FILE`: loads the tenancy register, showing progress on a terminal,
/// then reports what it added, updated and rejected (each rejected row with its line).
pub async fn import_tenancies(
    config: &Config,
    path: &std::path::Path,
) -> Result<ImportSummary, String> {
    let file = std::fs::File::open(path)
        .map_err(|e| format!("Could not open {}: {e}.", path.display()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let backend = open_backend(config).await.map_err(|e| e.to_string())?;
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(size),
        indicatif::ProgressDrawTarget::stderr(),
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(path.display().to_string());
    let result = backend
        .import_tenancies(std::io::BufReader::new(file), |bytes| {
            bar.set_position(bytes)
        })
        .await;
    bar.finish_and_clear();
    backend.close().await;
    let report = result.map_err(|e| {
        let cause = std::error::Error::source(&e)
            .map(|c| format!(": {c}"))
            .unwrap_or_default();
        format!("{e}{cause}")
    })?;
    let mut lines = vec![format!(
        "{}: {} added, {} updated, {} rejected.",
        path.display(),
        report.added,
        report.updated,
        report.rejected.len()
    )];
    lines.extend(
        report
            .rejected
            .iter()
            .map(|r| format!("  line {}: {}", r.line, r.reason)),
    );
    Ok(ImportSummary {
        text: lines.join("\n"),
        all_loaded: report.rejected.is_empty(),
    })
}

/// `server add-staff`: adds a colleague and returns the line to print (with the link that
/// sets their password), or a sentence saying what to change.
pub async fn add_staff(
    config: &Config,
    email: &str,
    name: &str,
    role: &str,
) -> Result<String, String> {
    let email = domain::values::Email::parse(email)
        .map_err(|e| format!("{e} (the --email given was {email:?})."))?;
    let role = domain::handling::Role::from_code(role).ok_or_else(|| {
        format!("There is no role {role:?}: use handler, complaints_officer or administrator.")
    })?;
    if name.trim().is_empty() {
        return Err(
            "Give the colleague's name with --name, as residents will see it on letters.".into(),
        );
    }
    let backend = open_backend(config).await.map_err(|e| e.to_string())?;
    let added = backend
        .add_staff(&email, name, role, &config.base_url())
        .await
        .map_err(|e| format!("Could not add the colleague: {e}."));
    backend.close().await;
    match added? {
        backend::handling::StaffAdded::Added { link } => Ok(format!(
            "Added {} ({}) as {}. Send them this link to set their password; it works once, for 3 days:\n{link}",
            name.trim(),
            email.as_str(),
            role.label()
        )),
        backend::handling::StaffAdded::Exists => Err(format!(
            "{} already has an account; nothing was changed.",
            email.as_str()
        )),
    }
}

/// What `server api-token` does.
#[derive(Debug)]
pub enum TokenCommand {
    Create(String),
    List,
    Revoke(i64),
}

/// `server api-token create|list|revoke`: returns the lines to print.
pub async fn api_token(config: &Config, command: TokenCommand) -> Result<String, String> {
    let backend = open_backend(config).await.map_err(|e| e.to_string())?;
    let result = match command {
        TokenCommand::Create(name) => match domain::handling::integration_name(&name) {
            Err(error) => Err(format!("{}.", error.message)),
            Ok(name) => backend
                .create_api_token(&name, "the command line")
                .await
                .map(|(id, token)| {
                    format!(
                        "Token {id} for {name}: {token}\nIt is shown only this once; keep it in the integration's secret store. Send it as: Authorization: Bearer <token>"
                    )
                })
                .map_err(|e| e.to_string()),
        },
        TokenCommand::List => backend.api_tokens().await.map_err(|e| e.to_string()).map(|tokens| {
            if tokens.is_empty() {
                return "There are no API tokens.".to_owned();
            }
            tokens
                .iter()
                .map(|t| {
                    format!(
                        "{}\t{}\tcreated {} by {}\t{}",
                        t.id,
                        t.name,
                        t.created_at,
                        t.created_by,
                        t.revoked_at.as_deref().map_or("live".to_owned(), |at| format!("revoked {at}"))
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        }),
        TokenCommand::Revoke(id) => match backend.revoke_api_token(id).await {
            Ok(true) => Ok(format!("Token {id} is revoked; requests with it are refused from now on.")),
            Ok(false) => Err(format!("There is no live token {id}; `server api-token list` shows them.")),
            Err(e) => Err(e.to_string()),
        },
    };
    backend.close().await;
    result
}

/// What `import-tenancies` prints, and whether every row was loaded.
#[derive(Debug)]
pub struct ImportSummary {
    pub text: String,
    pub all_loaded: bool,
}

/// The working-day calendar with the closure days recorded in the database.
pub async fn calendar(config: &Config) -> Result<domain::Calendar, ServerError> {
    let backend = open_backend(config).await?;
    let closure_days = backend.closure_days().await;
    backend.close().await;
    Ok(domain::Calendar::england_and_wales().with_closure_days(closure_days?))
}

/// `server serve`: runs until SIGTERM or Ctrl-C, then finishes the requests in flight.
pub async fn serve(config: Config) -> Result<(), ServerError> {
    let backend = open_backend(&config).await?;
    if config.demo
        && backend
            .seed_demo_tenancies()
            .await
            .map_err(ServerError::Demo)?
    {
        tracing::info!("loaded the demo tenancy register");
    }
    let mailer = mailer(&config)?;
    let app = router(&config, AppState::new(&config, backend.clone())?);
    let sender = tokio::spawn(send_mail(backend.clone(), mailer));
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.bind,
            source,
        })?;
    let signal = shutdown_signal();
    let stopping = backend.clone();
    let shutdown = async move {
        signal.await;
        // Live streams never end by themselves: end them, or the requests in flight never finish.
        stopping.stop_following();
    };
    let url = config.base_url();
    tracing::info!(%url, "Calico Account is running");
    println!("Calico Account is running at {url}/ (press Ctrl-C to stop)");
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .map_err(ServerError::Serve)?;
    sender.abort();
    backend.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// SMTP when `CALICO_SMTP_URL` is set, otherwise `.eml` files in the mail folder.
fn mailer(config: &Config) -> Result<backend::outbox::Mailer, ServerError> {
    use backend::outbox::Mailer;
    match &config.smtp_url {
        Some(url) if !url.trim().is_empty() => {
            let mailer =
                Mailer::smtp(url.trim(), &config.mail_from).map_err(ServerError::Mailer)?;
            if let Mailer::Smtp { relay, .. } = &mailer {
                tracing::info!(%relay, "mail goes by SMTP");
            }
            Ok(mailer)
        }
        _ => {
            tracing::info!(dir = %config.mail_dir.display(), "no SMTP server configured: mail is written as .eml files");
            Ok(Mailer::Files {
                dir: config.mail_dir.clone(),
                from: config.mail_from.clone(),
            })
        }
    }
}

/// Delivers the outbox every second. Mail stays in the outbox until delivered, so stopping
/// the server at any moment loses nothing.
async fn send_mail(backend: Backend, mailer: backend::outbox::Mailer) {
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    loop {
        tick.tick().await;
        if let Err(error) = backend.deliver_due_mail(&mailer).await {
            tracing::error!(%error, cause = ?std::error::Error::source(&error), "could not read the outbox");
        }
    }
}

/// Resolves at SIGTERM or Ctrl-C. The handlers are installed when this is called (not when
/// first polled), so a signal sent as soon as the server says it is running is not missed.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let listen = |kind: tokio::signal::unix::SignalKind, name: &'static str| {
        let signal = tokio::signal::unix::signal(kind);
        async move {
            match signal {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(error) => {
                    tracing::error!(%error, "could not listen for {name}");
                    std::future::pending::<()>().await;
                }
            }
        }
    };
    #[cfg(unix)]
    let (interrupt, terminate) = (
        listen(tokio::signal::unix::SignalKind::interrupt(), "Ctrl-C"),
        listen(tokio::signal::unix::SignalKind::terminate(), "SIGTERM"),
    );
    #[cfg(not(unix))]
    let (interrupt, terminate) = (
        async {
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        },
        std::future::pending::<()>(),
    );
    async move {
        tokio::select! {
            () = interrupt => {},
            () = terminate => {},
        }
        tracing::info!("shutting down: finishing the requests in flight");
    }
}
