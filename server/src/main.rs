//! `server`: runs Calico Account, and the landlord's housekeeping commands.

use std::io::Read;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use server::config::Config;

#[derive(Parser, Debug)]
#[command(
    name = "server",
    version,
    about = "Calico Account: the online account of Calico Homes"
)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the site (the default): creates and migrates the database on first start.
    Serve,
    /// Create the database if needed and apply every pending migration, then exit.
    Migrate,
    /// Load or update the tenancy register from a CSV file (columns: rent_reference, postcode,
    /// address, lead_tenant_name, and optionally homes). Exit status 2 if any row was rejected.
    ImportTenancies {
        /// The CSV file exported from the housing system.
        file: std::path::PathBuf,
    },
    /// Read a complaint's events as JSON on standard input; print its state and deadlines as JSON.
    Deadlines,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("Could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            server::telemetry::init();
            report(runtime.block_on(server::serve(cli.config)))
        }
        Command::Migrate => {
            server::telemetry::init();
            report(runtime.block_on(server::migrate(&cli.config)))
        }
        Command::ImportTenancies { file } => {
            server::telemetry::init();
            match runtime.block_on(server::import_tenancies(&cli.config, &file)) {
                Ok(summary) => {
                    println!("{}", summary.text);
                    if summary.all_loaded {
                        ExitCode::SUCCESS
                    } else {
                        ExitCode::from(2)
                    }
                }
                Err(message) => {
                    eprintln!("{message}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Deadlines => {
            let mut input = String::new();
            if let Err(error) = std::io::stdin().read_to_string(&mut input) {
                eprintln!("Could not read the events from standard input: {error}.");
                return ExitCode::FAILURE;
            }
            match runtime.block_on(server::deadlines(&cli.config, &input)) {
                Ok(output) => {
                    println!("{output}");
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("{message}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn report(result: Result<(), server::ServerError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = %error, cause = ?std::error::Error::source(&error), "stopped");
            eprintln!("{error}");
            let mut cause = std::error::Error::source(&error);
            while let Some(inner) = cause {
                eprintln!("  because: {inner}");
                cause = inner.source();
            }
            ExitCode::FAILURE
        }
    }
}
