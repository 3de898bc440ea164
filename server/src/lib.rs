//! The Calico Account server: its state and `serve`; the router with its layers is
//! [`router`], the housekeeping commands (`migrate`, `deadlines`, `import-tenancies`,
//! `add-staff`, `api-token`) are [`commands`]. `main.rs` only parses the command line and
//! calls these.

pub mod api;
pub mod bench;
mod commands;
pub mod config;
mod files;
mod live;
pub mod origin;
mod refusals;
mod router;
mod staff;
pub mod telemetry;
mod who;

use std::net::SocketAddr;
use std::time::Duration;

use app::context::ServerContext;
use axum::extract::FromRef;
use backend::{Backend, BackendError};
use leptos::prelude::LeptosOptions;

use crate::config::Config;
pub use commands::{
    add_staff, api_token, calendar, closure_day, deadlines, import_tenancies, migrate,
    out_of_hours, rebuild_queue, ClosureCommand, ImportSummary, TokenCommand,
};
pub use router::{page_paths, router};

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

/// What every handler can reach, shared: axum clones the whole stack of the route a request
/// takes, each layer that holds the state with it, for every request (121 clones for the
/// account page), so a clone is one reference count rather than a copy of the settings.
#[derive(Clone, Debug)]
pub struct AppState(std::sync::Arc<Shared>);

/// What [`AppState`] shares.
#[derive(Debug)]
pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub backend: Backend,
    pub context: ServerContext,
    /// The live streams open in this process, per session.
    pub open_streams: live::OpenStreams,
}

impl std::ops::Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
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
        Ok(Self(std::sync::Arc::new(Shared {
            leptos_options,
            backend,
            context,
            open_streams: live::OpenStreams::default(),
        })))
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

/// Opens the database, creating and migrating it on first start.
pub async fn open_backend(config: &Config) -> Result<Backend, ServerError> {
    let backend = Backend::connect(&config.database_url).await?;
    backend.migrate().await?;
    Ok(backend)
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
    let feed = follow_database(backend.clone());
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
    feed.abort();
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

/// The one look at the database that every live stream of this process shares (events
/// recorded by another process wake them too); ends when the server stops.
pub fn follow_database(backend: Backend) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move { backend.follow_database(live::LOOK_AGAIN).await })
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
