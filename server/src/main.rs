//! `server`: runs Calico Account, and the landlord's housekeeping commands.

use std::io::Read;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use server::config::Config;

/// mimalloc rather than glibc's malloc: rendering a page allocates a great deal, from many
/// threads at once, and glibc's allocator was a fifth of the time of a signed-in page.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// address, lead_tenant_name, and optionally homes, date_of_birth, email and phone). Exit
    /// status 2 if any row was rejected.
    ImportTenancies {
        /// The CSV file exported from the housing system.
        file: std::path::PathBuf,
    },
    /// Read a complaint's events as JSON on standard input; print its state and deadlines as JSON.
    Deadlines,
    /// Add a colleague (they sign in through the same page as residents); prints a single-use
    /// link, valid for 3 days, that sets their password.
    AddStaff {
        /// Their work email address.
        #[arg(long)]
        email: String,
        /// Their name, as residents see it on letters.
        #[arg(long)]
        name: String,
        /// handler, complaints_officer or administrator.
        #[arg(long, default_value = "handler")]
        role: String,
    },
    /// Write the work queue's stored lines again from every complaint's events (the server
    /// does this itself at start when they are missing or out of date).
    RebuildQueue,
    /// Fill a new, empty database with a made-up landlord (tenancies, residents, advocates,
    /// years of complaints with every step, letters and mail), through the same use cases as
    /// the pages, for `scripts/bench`; writes the sessions the load needs to --out.
    Seed {
        #[arg(long, default_value_t = 5000)]
        tenancies: usize,
        #[arg(long, default_value_t = 20000)]
        complaints: usize,
        #[arg(long, default_value_t = 3)]
        years: i64,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// File complete complaints through the form posts, many residents at once, against a
    /// running server (`scripts/bench`); prints complaints per second.
    LoadFiling {
        /// The server, e.g. http://127.0.0.1:3000
        #[arg(long)]
        url: String,
        /// The residents' email addresses, comma-separated (password: the seed's).
        #[arg(long)]
        emails: String,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
    /// Hold many `/live` streams open against a running server (`scripts/bench`).
    LoadLive {
        #[arg(long)]
        url: String,
        /// Session cookies' values, comma-separated (each session may hold 10 streams).
        #[arg(long)]
        sessions: String,
        #[arg(long, default_value_t = 2000)]
        streams: usize,
        #[arg(long, default_value_t = 10)]
        seconds: u64,
    },
    /// Create, list or revoke the API tokens of integrations (e.g. the housing system).
    ApiToken {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// List, add or take away the days the offices close besides weekends and bank holidays
    /// (no complaint deadline counts them). The running server counts a change within a second.
    ClosureDay {
        #[command(subcommand)]
        action: ClosureAction,
    },
    /// Print the out-of-hours number residents are given for an emergency repair, or set it.
    OutOfHours {
        /// The new number, e.g. "0800 169 2407".
        number: Option<String>,
    },
}

#[derive(Subcommand, Debug)]
enum ClosureAction {
    /// Every closure day with its reason.
    List,
    /// Close the offices on a working day from today on.
    Add {
        /// The day, as YYYY-MM-DD.
        day: String,
        /// Why, e.g. "Staff training day".
        reason: String,
    },
    /// Open the offices again on a closure day from today on.
    Remove {
        /// The day, as YYYY-MM-DD.
        day: String,
    },
}

#[derive(Subcommand, Debug)]
enum TokenAction {
    /// Create a token for an integration and print it (it is shown only this once).
    Create {
        /// The integration it is for, e.g. "Housing management system".
        name: String,
    },
    /// List every token (without the tokens themselves).
    List,
    /// Revoke a token at once, by its number from `list`.
    Revoke { id: i64 },
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
        Command::AddStaff { email, name, role } => {
            print_result(runtime.block_on(server::add_staff(&cli.config, &email, &name, &role)))
        }
        Command::ApiToken { action } => print_result(runtime.block_on(match action {
            TokenAction::Create { name } => {
                server::api_token(&cli.config, server::TokenCommand::Create(name))
            }
            TokenAction::List => server::api_token(&cli.config, server::TokenCommand::List),
            TokenAction::Revoke { id } => {
                server::api_token(&cli.config, server::TokenCommand::Revoke(id))
            }
        })),
        Command::ClosureDay { action } => print_result(runtime.block_on(server::closure_day(
            &cli.config,
            match action {
                ClosureAction::List => server::ClosureCommand::List,
                ClosureAction::Add { day, reason } => server::ClosureCommand::Add(day, reason),
                ClosureAction::Remove { day } => server::ClosureCommand::Remove(day),
            },
        ))),
        Command::OutOfHours { number } => {
            print_result(runtime.block_on(server::out_of_hours(&cli.config, number.as_deref())))
        }
        Command::Seed {
            tenancies,
            complaints,
            years,
            out,
        } => {
            let landlord = server::bench::Landlord {
                tenancies,
                complaints,
                years,
                out,
            };
            print_result(runtime.block_on(server::bench::seed(&cli.config, &landlord)))
        }
        Command::LoadFiling {
            url,
            emails,
            seconds,
        } => {
            let emails: Vec<String> = emails.split(',').map(str::to_owned).collect();
            print_result(runtime.block_on(server::bench::load_filing(&url, &emails, seconds)))
        }
        Command::LoadLive {
            url,
            sessions,
            streams,
            seconds,
        } => {
            let sessions: Vec<String> = sessions.split(',').map(str::to_owned).collect();
            print_result(
                runtime.block_on(server::bench::load_live(&url, &sessions, streams, seconds)),
            )
        }
        Command::RebuildQueue => {
            server::telemetry::init();
            print_result(runtime.block_on(server::rebuild_queue(&cli.config)))
        }
        Command::Deadlines => {
            let mut input = String::new();
            if let Err(error) = std::io::stdin().read_to_string(&mut input) {
                eprintln!("Could not read the events from standard input: {error}.");
                return ExitCode::FAILURE;
            }
            print_result(runtime.block_on(server::deadlines(&cli.config, &input)))
        }
    }
}

/// Prints what a housekeeping command did, or why it could not.
fn print_result(result: Result<String, String>) -> ExitCode {
    match result {
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
