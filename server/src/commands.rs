//! The housekeeping commands: `migrate`, `deadlines`, `import-tenancies`, `add-staff` and
//! `api-token`, each on the configured database.

use crate::config::Config;
use crate::{open_backend, ServerError};

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
    let (calendar, standard) = calendar(config).await.map_err(|error| {
        let cause = std::error::Error::source(&error)
            .map(|c| format!(": {c}"))
            .unwrap_or_default();
        format!("Could not read the landlord's closure days from the database{cause}.")
    })?;
    domain::report::deadlines_report(input, &calendar, &standard).map_err(|error| error.to_string())
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

/// `server rebuild-queue`: what it did, to print.
pub async fn rebuild_queue(config: &Config) -> Result<String, String> {
    let backend = open_backend(config).await.map_err(|e| e.to_string())?;
    let rebuilt = backend
        .rebuild_queue()
        .await
        .map_err(|e| format!("Could not rebuild the work queue: {e}."));
    backend.close().await;
    let complaints = rebuilt?;
    Ok(format!(
        "Rebuilt the work queue from the events of {complaints} complaint{}.",
        if complaints == 1 { "" } else { "s" }
    ))
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

/// The working-day calendar with the closure days recorded in the database, and the
/// timescales the backend counts by.
pub async fn calendar(
    config: &Config,
) -> Result<(domain::Calendar, domain::ServiceStandard), ServerError> {
    let backend = open_backend(config).await?;
    let closure_days = backend.closure_days().await;
    let standard = *backend.standard();
    backend.close().await;
    Ok((
        domain::Calendar::england_and_wales().with_closure_days(closure_days?),
        standard,
    ))
}

/// What `server closure-day` was asked to do.
pub enum ClosureCommand {
    List,
    /// The day as typed (YYYY-MM-DD) and the reason.
    Add(String, String),
    Remove(String),
}

/// Changes made from the command line are kept as made by it.
const COMMAND_LINE: &str = "the command line";

/// `server closure-day list|add|remove`: the same rules as the console's page
/// (`domain::opening`); returns the lines to print, or why nothing changed.
pub async fn closure_day(config: &Config, command: ClosureCommand) -> Result<String, String> {
    let day = |typed: &str| {
        chrono::NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d")
            .map_err(|_| format!("Give the day as YYYY-MM-DD, like 2026-12-04 (not {typed:?})."))
    };
    let refused = |error: backend::opening::OpeningError| match error {
        backend::opening::OpeningError::Refused(message) => format!("{message}."),
        backend::opening::OpeningError::Backend(error) => error.to_string(),
    };
    let backend = open_backend(config).await.map_err(|e| e.to_string())?;
    let result = match command {
        ClosureCommand::List => backend
            .closure_days_with_reasons()
            .await
            .map_err(|e| e.to_string())
            .map(|days| {
                if days.is_empty() {
                    return "There are no closure days.".to_owned();
                }
                days.iter()
                    .map(|c| {
                        format!(
                            "{}\t{}\t{}",
                            c.day,
                            domain::calendar::long_date(c.day),
                            c.reason
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        ClosureCommand::Add(typed, reason) => match day(&typed) {
            Err(message) => Err(message),
            Ok(day) => {
                match domain::values::LineText::<{ domain::opening::CLOSURE_REASON_MAX }>::parse(
                    &reason,
                    "The reason",
                    "why the offices are closed, like \"Staff training day\"",
                ) {
                    Err(error) => Err(format!("{error}.")),
                    Ok(reason) => {
                        let closure = domain::opening::ClosureDay {
                            day,
                            reason: reason.into(),
                        };
                        backend
                            .close_offices(&closure, COMMAND_LINE)
                            .await
                            .map_err(refused)
                            .map(|()| {
                                format!(
                                    "{} is a closure day: no deadline counts it from now on.",
                                    domain::calendar::long_date(day)
                                )
                            })
                    }
                }
            }
        },
        ClosureCommand::Remove(typed) => match day(&typed) {
            Err(message) => Err(message),
            Ok(day) => backend
                .reopen_offices(day, COMMAND_LINE)
                .await
                .map_err(refused)
                .map(|()| {
                    format!(
                        "{} is a working day again: every deadline counts it from now on.",
                        domain::calendar::long_date(day)
                    )
                }),
        },
    };
    backend.close().await;
    result
}

/// `server out-of-hours [NUMBER]`: prints the number, or sets it.
pub async fn out_of_hours(config: &Config, number: Option<&str>) -> Result<String, String> {
    let backend = open_backend(config).await.map_err(|e| e.to_string())?;
    let result = match number {
        None => backend
            .opening()
            .await
            .map(|opening| opening.out_of_hours.grouped())
            .map_err(|e| e.to_string()),
        Some(typed) => match domain::opening::out_of_hours_number(typed) {
            Err(error) => Err(format!("{}.", error.message)),
            Ok(number) => backend
                .set_out_of_hours(&number, COMMAND_LINE)
                .await
                .map(|()| format!("The out-of-hours number is now {}.", number.grouped()))
                .map_err(|e| e.to_string()),
        },
    };
    backend.close().await;
    result
}
