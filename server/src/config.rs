//! Configuration: every setting is a command-line flag and an environment variable, with a
//! default that runs the embedded mode (a SQLite file under `data/`) on this machine.

use std::net::SocketAddr;

/// Settings shared by every subcommand.
#[derive(clap::Args, Clone, Debug)]
pub struct Config {
    /// Where the database lives. A `sqlite://` URL; the file and its folder are created on first start.
    #[arg(
        long,
        env = "CALICO_DATABASE_URL",
        default_value = "sqlite://data/calico.db",
        global = true
    )]
    pub database_url: String,

    /// The address and port to listen on.
    #[arg(
        long,
        env = "CALICO_BIND",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub bind: SocketAddr,

    /// The address residents use to reach the service, for links in emails and for checking
    /// where a form was sent from. Defaults to `http://` plus the bind address.
    #[arg(long, env = "CALICO_BASE_URL", global = true)]
    pub base_url: Option<String>,

    /// The folder holding the built site (`pkg/` with the browser bundles and stylesheet, and
    /// the public files). Defaults to `site-root` in leptos.toml.
    #[arg(long, env = "CALICO_SITE_ROOT", global = true)]
    pub site_root: Option<String>,

    /// The bundle's settings (its name, the site root, its folder), shared with the build.
    #[arg(
        long,
        env = "CALICO_LEPTOS_TOML",
        default_value = "leptos.toml",
        global = true
    )]
    pub leptos_toml: std::path::PathBuf,

    /// Where mail is written as `.eml` files when no SMTP server is configured.
    #[arg(
        long,
        env = "CALICO_MAIL_DIR",
        default_value = "data/mail",
        global = true
    )]
    pub mail_dir: std::path::PathBuf,

    /// The SMTP server mail goes through, e.g. `smtp://user:password@mail.example.org:587?tls=required`
    /// (STARTTLS) or `smtps://…` (TLS). Without it, mail is written to the mail folder.
    #[arg(long, env = "CALICO_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// The sender of every mail.
    #[arg(
        long,
        env = "CALICO_MAIL_FROM",
        default_value = "Calico Account <account@calicohomes.org.uk>",
        global = true
    )]
    pub mail_from: String,

    /// Believe the last address in `X-Forwarded-For` as the client's, for the rate limits:
    /// only when the server stands behind a reverse proxy that sets it (otherwise anyone could).
    #[arg(long, env = "CALICO_TRUST_PROXY", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub trust_proxy: bool,

    /// Load the small demo tenancy register (listed in the README) when the register is empty,
    /// so a newcomer can register at once. Leave off in production.
    #[arg(long, env = "CALICO_DEMO", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub demo: bool,
}

impl Config {
    /// The public base URL without a trailing slash.
    pub fn base_url(&self) -> String {
        match &self.base_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", self.bind),
        }
    }

    /// The scheme, host and port of the base URL, as a browser sends it in `Origin`.
    pub fn origin(&self) -> String {
        let base = self.base_url();
        let after_scheme = base.find("://").map_or(0, |i| i + 3);
        match base[after_scheme..].find('/') {
            Some(slash) => base[..after_scheme + slash].to_owned(),
            None => base,
        }
    }

    /// Whether residents reach the service over HTTPS (so cookies and HSTS can say so).
    pub fn is_https(&self) -> bool {
        self.base_url().starts_with("https://")
    }
}
