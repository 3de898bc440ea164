//! What `scripts/bench` runs besides the server: `server seed` fills a new, empty database
//! with a landlord's volume of residents and complaints, through the same use cases the pages
//! use (registering, confirming, filing, colleagues recording each step, letters and mail);
//! `server load-filing` files complete complaints through the real form posts with many
//! residents at once; `server load-live` holds many `/live` streams open.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use backend::accounts::SignIn;
use backend::Backend;
use chrono::{DateTime, Duration as Span, Utc};
use domain::accounts::RegistrationAnswers;
use domain::complaint::Response;
use domain::filing::Draft;
use domain::preferences::Preferences;
use domain::values::Email;
use domain::{Event, EventKind, RiskLevel};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::config::Config;
use crate::open_backend;

/// The password of every account `server seed` makes.
pub const PASSWORD: &str = "benchmark password 2026";

/// How big a landlord `server seed` makes.
#[derive(Debug, Clone)]
pub struct Landlord {
    pub tenancies: usize,
    pub complaints: usize,
    /// Complaints are spread over this many years up to today.
    pub years: i64,
    /// Where the sessions and names the load needs are written, as `KEY=value` lines.
    pub out: PathBuf,
}

fn fail(what: &str) -> impl Fn(backend::BackendError) -> String + '_ {
    move |e| format!("Could not {what}: {e}.")
}

/// A rent reference of the made-up register.
fn rent_reference(n: usize) -> String {
    format!("{}", 30_000_000 + n)
}

/// A valid postcode for home `n` (inward letters never C, I, K, M, O or V).
fn postcode(n: usize) -> String {
    const LETTERS: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";
    let a = LETTERS[n % LETTERS.len()] as char;
    let b = LETTERS[(n / LETTERS.len()) % LETTERS.len()] as char;
    format!("BB1{} {}{a}{b}", n % 3, 1 + (n / 400) % 9)
}

fn date_of_birth(n: usize) -> (u32, u32, i32) {
    (
        1 + (n % 28) as u32,
        1 + (n % 12) as u32,
        1940 + (n % 60) as i32,
    )
}

fn phone(n: usize) -> String {
    format!("07700 {:06}", n % 1_000_000)
}

/// The made-up tenancy register, as the housing system exports it.
fn register_csv(tenancies: usize) -> String {
    let mut csv = String::from(
        "rent_reference,postcode,address,lead_tenant_name,homes,date_of_birth,email,phone\n",
    );
    for n in 0..tenancies {
        let (day, month, year) = date_of_birth(n);
        let _ = writeln!(
            csv,
            "{},{},\"{} Example Street, Burnley\",Resident {n},1,{year:04}-{month:02}-{day:02},,{}",
            rent_reference(n),
            postcode(n),
            n + 1,
            phone(n)
        );
    }
    csv
}

/// One thing that happens to the landlord, at its time.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Happening {
    /// Resident (or representative) `by` files complaint `n`.
    File { n: usize },
    /// A colleague records the `step`-th event of complaint `n`.
    Step { n: usize, step: usize },
}

/// What happens to complaint `n` after it is filed: each event's delay and kind.
fn plan(rng: &mut StdRng, kind: domain::handling::Kind) -> Vec<(Span, EventKind)> {
    use domain::handling::Kind;
    let hours = |h: i64| Span::hours(h);
    let response = || {
        EventKind::Stage1Responded(Response {
            about: "The repair to the kitchen ceiling".into(),
            outcome_sought: "Finish the repair and pay for the damage".into(),
            decision: "Upheld in part".into(),
            reasons: "The repair was late, but the damage was caused by a neighbour's leak".into(),
            remedy: "£75 for the delay and the repair finished by 12 December".into(),
            outcome: Some(domain::outcomes::Outcome::Upheld),
            categories: vec!["repairs".into()],
        })
    };
    let noted = |rng: &mut StdRng| EventKind::InformationAdded {
        text: rng
            .random_bool(0.3)
            .then(|| "The leak has come back after the rain last night.".to_owned()),
    };
    let mut at = Span::zero();
    let mut events = Vec::new();
    let mut after = |rng: &mut StdRng, from: i64, to: i64, kind: EventKind, events: &mut Vec<_>| {
        at += hours(rng.random_range(from..=to));
        events.push((at, kind));
    };
    match kind {
        Kind::Compliment => {
            after(
                rng,
                2,
                48,
                EventKind::PassedOn {
                    to: "The repairs manager".into(),
                },
                &mut events,
            );
        }
        Kind::Concern => {
            let level = [
                RiskLevel::Emergency,
                RiskLevel::High,
                RiskLevel::Medium,
                RiskLevel::Low,
            ][rng.random_range(0..4)];
            after(
                rng,
                0,
                4,
                EventKind::RiskAssessed {
                    level,
                    reason: None,
                },
                &mut events,
            );
            for _ in 0..rng.random_range(1..=6) {
                let note = noted(rng);
                after(rng, 2, 30, note, &mut events);
            }
            after(
                rng,
                24,
                200,
                EventKind::Withdrawn {
                    reason: Some("Put right".into()),
                },
                &mut events,
            );
        }
        Kind::Complaint => {
            if rng.random_bool(0.04) {
                after(rng, 2, 20, EventKind::ResolvedAtFirstContact, &mut events);
                return events;
            }
            after(
                rng,
                4,
                130,
                EventKind::Stage1Acknowledged {
                    handler: Some("Sam Patel".into()),
                    handler_contact: Some("01282 686300".into()),
                    about: Some("The repair to the kitchen ceiling".into()),
                    outcome_sought: Some("Finish the repair".into()),
                    handler_account: None,
                },
                &mut events,
            );
            // Between 3 and 20 events in all, most of them notes of calls and added details.
            for _ in 0..rng.random_range(0..=9) {
                let note = noted(rng);
                after(rng, 4, 40, note, &mut events);
            }
            if rng.random_bool(0.2) {
                after(
                    rng,
                    4,
                    30,
                    EventKind::Stage1Extended {
                        working_days: 10,
                        reason: "We are waiting for the surveyor's report.".into(),
                        good_reason: None,
                    },
                    &mut events,
                );
            }
            after(rng, 24, 200, response(), &mut events);
            if rng.random_bool(0.3) {
                after(
                    rng,
                    48,
                    400,
                    EventKind::Stage2Requested {
                        discretion: None,
                        still_unhappy: Some("The repair is still not finished.".into()),
                        outcome_wanted: None,
                    },
                    &mut events,
                );
                after(
                    rng,
                    4,
                    100,
                    EventKind::Stage2Acknowledged {
                        reviewer: Some("Jo Ellis".into()),
                        reviewer_contact: Some("01282 686300".into()),
                        reviewer_account: None,
                    },
                    &mut events,
                );
                for _ in 0..rng.random_range(0..=5) {
                    let note = noted(rng);
                    after(rng, 4, 40, note, &mut events);
                }
                after(
                    rng,
                    48,
                    300,
                    EventKind::Stage2Responded(Response {
                        about: "The repair to the kitchen ceiling".into(),
                        outcome_sought: "Finish the repair".into(),
                        decision: "Upheld".into(),
                        reasons: "The repair took far longer than our standard".into(),
                        remedy: "£150 and the repair finished this week".into(),
                        outcome: Some(domain::outcomes::Outcome::Upheld),
                        categories: vec!["repairs".into()],
                    }),
                    &mut events,
                );
            }
        }
    }
    events
}

/// Confirms `email`'s address from the link in its newest mail.
async fn confirm(backend: &Backend, email: &str) -> Result<(), String> {
    let mail = backend
        .mail_to(email)
        .await
        .map_err(fail("read the outbox"))?;
    let token = mail
        .last()
        .and_then(|m| m.body.split("token=").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .ok_or_else(|| format!("No confirmation link was mailed to {email}."))?
        .to_owned();
    if backend
        .verify_email(&token, "http://localhost")
        .await
        .map_err(fail("confirm an address"))?
    {
        Ok(())
    } else {
        Err(format!(
            "The confirmation link mailed to {email} did not work."
        ))
    }
}

fn resident_email(n: usize) -> String {
    format!("resident{n}@example.com")
}

/// The draft a resident types for complaint `n` filed on `today`.
fn draft(
    n: usize,
    kind: domain::handling::Kind,
    today: chrono::NaiveDate,
    on_behalf: Option<usize>,
) -> Draft {
    use domain::handling::Kind;
    let incident = today - Span::days(1 + (n % 20) as i64);
    let support = Some(Preferences::default().answers());
    let mut draft = match kind {
        Kind::Complaint => Draft {
            purpose: "complaint".into(),
            what_happened: format!(
                "Complaint {n}: the kitchen ceiling was repaired badly and water still comes through \
                 when it rains. I reported it three times and nobody came back."
            ),
            incident_day: incident.format("%-d").to_string(),
            incident_month: incident.format("%-m").to_string(),
            incident_year: incident.format("%Y").to_string(),
            already_reported: "Reported by phone twice.".into(),
            outcome: "Finish the repair and pay for the damaged carpet.".into(),
            ..Draft::default()
        },
        Kind::Concern => Draft {
            purpose: "concern".into(),
            concern_what: format!("Concern {n}: the smoke alarm on the landing does not work."),
            concern_where: "The landing outside the flat".into(),
            danger_now: "no".into(),
            vulnerable: if n.is_multiple_of(2) { "yes" } else { "no" }.into(),
            ..Draft::default()
        },
        Kind::Compliment => Draft {
            purpose: "compliment".into(),
            compliment_who: "Jo from the repairs team".into(),
            compliment_what: format!("Compliment {n}: came back the same day to finish the job."),
            ..Draft::default()
        },
    };
    draft.attachments_done = true;
    draft.support = support;
    match on_behalf {
        None => draft.for_whom = "me".into(),
        Some(home) => {
            draft.for_whom = "someone_else".into();
            draft.representative = domain::representation::RepresentationAnswers {
                relationship: "advocate".into(),
                resident_name: format!("Resident {home}"),
                resident_reference: rent_reference(home),
                consent_method: "verbal".into(),
                consent_day: today.format("%-d").to_string(),
                consent_month: today.format("%-m").to_string(),
                consent_year: today.format("%Y").to_string(),
                consent_to: "The advice centre".into(),
                consent_scope: "this_complaint".into(),
                ..Default::default()
            };
        }
    }
    draft
}

/// `server seed`: a new landlord, as `landlord` says, in an empty database; what it made.
pub async fn seed(config: &Config, landlord: &Landlord) -> Result<String, String> {
    use domain::handling::Kind;
    let started = Instant::now();
    let real = open_backend(config).await.map_err(|e| e.to_string())?;
    if !real.is_empty().await.map_err(fail("read the database"))? {
        return Err(format!(
            "The database at {} already holds accounts or complaints: seed only a new, empty one.",
            config.database_url
        ));
    }
    let now = Utc::now();
    let start = now - Span::days(365 * landlord.years);
    let clock = backend::Clock::fixed(start);
    let backend = real.clone().with_clock(clock.clone());
    let mut rng = StdRng::seed_from_u64(2026);

    let report = backend
        .import_tenancies(register_csv(landlord.tenancies).as_bytes(), |_| {})
        .await
        .map_err(|e| format!("Could not load the register: {e}."))?;
    let tenancies = report.added + report.updated;
    eprintln!("{tenancies} tenancies loaded");

    // Two in five households have an account; a few advocates act for others.
    let residents = (landlord.tenancies * 2 / 5).max(1);
    let advocates = (residents / 50).max(1);
    let mut ids = Vec::with_capacity(residents);
    for n in 0..residents {
        let (day, month, year) = date_of_birth(n);
        let answers = RegistrationAnswers {
            email: resident_email(n),
            rent_reference: rent_reference(n),
            postcode: postcode(n),
            date_of_birth: [day.to_string(), month.to_string(), year.to_string()],
            phone: phone(n),
        };
        let registration = answers
            .parse(PASSWORD, PASSWORD, domain::calendar::london_date(&start))
            .map_err(|e| format!("Resident {n}'s registration was refused: {e:?}"))?;
        backend
            .register(
                &registration,
                "http://localhost",
                domain::language::Language::English,
            )
            .await
            .map_err(fail("register a resident"))?;
        confirm(&backend, &resident_email(n)).await?;
        if n % 250 == 0 {
            eprintln!("{n} of {residents} residents registered");
        }
    }
    for n in 0..residents {
        ids.push(account_id(&backend, &resident_email(n)).await?);
    }
    let mut advocate_ids = Vec::new();
    for n in 0..advocates {
        let email = format!("advocate{n}@example.org");
        backend
            .register_representative(
                &Email::parse(&email).map_err(|e| e.to_string())?,
                &domain::preferences::parse_name(&format!("Advocate {n}"))
                    .map_err(|e| format!("{e:?}"))?,
                &domain::accounts::Password::new(PASSWORD, Some(&email))
                    .map_err(|e| e.to_string())?,
                "http://localhost",
                domain::language::Language::English,
            )
            .await
            .map_err(fail("register an advocate"))?;
        confirm(&backend, &email).await?;
        advocate_ids.push(account_id(&backend, &email).await?);
    }
    eprintln!("{residents} residents and {advocates} advocates registered");

    // Every complaint filed and every step recorded in the order of its time.
    let spacing = (now - start) / i32::try_from(landlord.complaints.max(1)).unwrap_or(i32::MAX);
    let mut timeline: BinaryHeap<Reverse<(DateTime<Utc>, Happening)>> = (0..landlord.complaints)
        .map(|n| {
            Reverse((
                start + spacing * i32::try_from(n).unwrap_or(0),
                Happening::File { n },
            ))
        })
        .collect();
    let mut plans: Vec<Vec<(Span, EventKind)>> = vec![Vec::new(); landlord.complaints];
    let mut references: Vec<String> = vec![String::new(); landlord.complaints];
    let mut filers: Vec<usize> = vec![0; landlord.complaints];
    let (mut filed, mut recorded, mut refused) = (0usize, 0usize, 0usize);
    while let Some(Reverse((at, happening))) = timeline.pop() {
        if at > now {
            continue;
        }
        clock.advance(at - clock.now());
        match happening {
            Happening::File { n } => {
                let kind = match rng.random_range(0..100) {
                    0..=84 => Kind::Complaint,
                    85..=94 => Kind::Concern,
                    _ => Kind::Compliment,
                };
                let resident = rng.random_range(0..residents);
                let (account, on_behalf) = if rng.random_bool(0.05) {
                    (
                        advocate_ids[rng.random_range(0..advocate_ids.len())],
                        Some(resident),
                    )
                } else {
                    (ids[resident], None)
                };
                let today = domain::calendar::london_date(&at);
                let draft = draft(n, kind, today, on_behalf);
                backend
                    .save_draft(account, &draft)
                    .await
                    .map_err(fail("save a draft"))?;
                let (_, key) = backend
                    .draft(account)
                    .await
                    .map_err(fail("read a draft"))?
                    .ok_or("The draft was not saved.")?;
                let submission = draft
                    .submission(today)
                    .map_err(|step| format!("Complaint {n}'s draft is incomplete at {step:?}"))?;
                let reference = backend
                    .file(account, &key, &submission)
                    .await
                    .map_err(fail("file a complaint"))?
                    .ok_or("The complaint was not filed.")?;
                references[n] = reference.to_string();
                filers[n] = resident;
                plans[n] = plan(&mut rng, kind);
                if let Some((delay, _)) = plans[n].first() {
                    timeline.push(Reverse((at + *delay, Happening::Step { n, step: 0 })));
                }
                filed += 1;
                if filed % 1000 == 0 {
                    eprintln!(
                        "{filed} of {} filed ({} s)",
                        landlord.complaints,
                        started.elapsed().as_secs()
                    );
                }
            }
            Happening::Step { n, step } => {
                let kind = plans[n][step].1.clone();
                let event = Event::new(at.fixed_offset(), kind).by("Sam Patel");
                match backend
                    .record_event(
                        &references[n],
                        &event,
                        "Sam Patel (sam.patel@calicohomes.org.uk)",
                    )
                    .await
                {
                    Ok(_) => recorded += 1,
                    Err(backend::handling::RecordFailure::Backend(e)) => {
                        return Err(format!("Could not record a step: {e}."))
                    }
                    // A step the rules refuse at that moment (a deadline passed, say) is left out.
                    Err(_) => refused += 1,
                }
                if let Some((delay, _)) = plans[n].get(step + 1) {
                    let since = *delay - plans[n][step].0;
                    timeline.push(Reverse((at + since, Happening::Step { n, step: step + 1 })));
                }
            }
        }
    }
    // The mail of years gone by went out long ago.
    backend
        .count_outbox_delivered()
        .await
        .map_err(fail("settle the outbox"))?;

    // Sessions for the load, on today's clock, as residents and a colleague sign in.
    let backend = real;
    let richest = twenty_events(&backend, &references, &plans).await?;
    let sign_in = |email: String| {
        let backend = backend.clone();
        async move {
            let email = Email::parse(&email).map_err(|e| e.to_string())?;
            let password =
                domain::accounts::Password::new(PASSWORD, None).map_err(|e| e.to_string())?;
            match backend
                .sign_in(&email, &password, "http://localhost")
                .await
                .map_err(fail("sign in"))?
            {
                SignIn::SignedIn(token) => Ok::<_, String>(token),
                other => Err(format!("{} could not sign in: {other:?}", email.as_str())),
            }
        }
    };
    let resident = sign_in(resident_email(filers[richest])).await?;
    let colleague = colleague(&backend).await?;
    let (_, api_token) = backend
        .create_api_token("Benchmark", "server seed")
        .await
        .map_err(fail("make an API token"))?;
    // 2,000 live streams need 200 sessions (10 each).
    let mut live = Vec::new();
    for n in 0..200.min(residents) {
        live.push(sign_in(resident_email(n)).await?.expose().to_owned());
    }
    let events = backend
        .case(&references[richest])
        .await
        .map_err(fail("read the complaint"))?
        .map_or(0, |case| case.events.len());
    let mut out = String::new();
    let _ = writeln!(out, "RESIDENT_SESSION={}", resident.expose());
    let _ = writeln!(out, "COMPLAINT={}", references[richest]);
    let _ = writeln!(out, "COMPLAINT_EVENTS={events}");
    let _ = writeln!(out, "STAFF_SESSION={}", colleague.expose());
    let _ = writeln!(out, "API_TOKEN={api_token}");
    let _ = writeln!(out, "LIVE_SESSIONS={}", live.join(","));
    // The residents who file under load: the last 32 (the first 200 hold the streams).
    let filers: Vec<String> = (residents.saturating_sub(32)..residents)
        .map(resident_email)
        .collect();
    let _ = writeln!(out, "FILERS={}", filers.join(","));
    let _ = writeln!(out, "PASSWORD='{PASSWORD}'");
    std::fs::write(&landlord.out, out)
        .map_err(|e| format!("Could not write {}: {e}.", landlord.out.display()))?;
    Ok(format!(
        "A landlord of {} tenancies, {residents} residents with accounts and {advocates} {}: \
         {filed} complaints filed over {} years, {recorded} steps recorded ({refused} refused by \
         the rules at their time), in {} s. Sessions for the load are in {}.",
        tenancies,
        if advocates == 1 {
            "advocate"
        } else {
            "advocates"
        },
        landlord.years,
        started.elapsed().as_secs(),
        landlord.out.display()
    ))
}

/// The complaint whose page is measured: the busiest that is still open, with notes of calls
/// added today until it has 20 events.
async fn twenty_events(
    backend: &Backend,
    references: &[String],
    plans: &[Vec<(Span, EventKind)>],
) -> Result<usize, String> {
    let mut busiest: Vec<usize> = (0..references.len())
        .filter(|n| !references[*n].is_empty())
        .collect();
    busiest.sort_by_key(|n| Reverse(plans[*n].len()));
    for n in busiest.into_iter().take(100) {
        let mut events = backend
            .case(&references[n])
            .await
            .map_err(fail("read a complaint"))?
            .map_or(0, |case| case.events.len());
        if events > 20 {
            continue;
        }
        while events < 20 {
            let note = Event::new(
                Utc::now().fixed_offset(),
                EventKind::InformationAdded { text: None },
            )
            .by("Sam Patel");
            if backend
                .record_event(
                    &references[n],
                    &note,
                    "Sam Patel (sam.patel@calicohomes.org.uk)",
                )
                .await
                .is_err()
            {
                break;
            }
            events += 1;
        }
        if events >= 20 {
            return Ok(n);
        }
    }
    Err("No complaint could be given 20 events.".into())
}

async fn account_id(backend: &Backend, email: &str) -> Result<i64, String> {
    backend
        .account_id(email)
        .await
        .map_err(fail("find an account"))?
        .ok_or_else(|| format!("{email} has no account."))
}

/// A colleague signed in with their second factor passed.
async fn colleague(backend: &Backend) -> Result<backend::accounts::SessionToken, String> {
    let email = Email::parse("sam.patel@calicohomes.org.uk").map_err(|e| e.to_string())?;
    let backend::handling::StaffAdded::Added { link } = backend
        .add_staff(
            &email,
            "Sam Patel",
            domain::handling::Role::Handler,
            "http://localhost",
        )
        .await
        .map_err(fail("add a colleague"))?
    else {
        return Err("The colleague already exists.".into());
    };
    let token = link.split("token=").nth(1).unwrap_or_default();
    let password = domain::accounts::Password::new(PASSWORD, Some(email.as_str()))
        .map_err(|e| e.to_string())?;
    backend
        .reset_password(token, &password)
        .await
        .map_err(fail("set the colleague's password"))?;
    let SignIn::SignedIn(session) = backend
        .sign_in(&email, &password, "http://localhost")
        .await
        .map_err(fail("sign the colleague in"))?
    else {
        return Err("The colleague could not sign in.".into());
    };
    let id = account_id(backend, email.as_str()).await?;
    let backend::second_factor::SecondFactor::NotSetUp { secret, .. } = backend
        .second_factor(id, email.as_str())
        .await
        .map_err(fail("set up the second factor"))?
    else {
        return Err("The colleague's second factor was already set up.".into());
    };
    let unix = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
    let code = backend::second_factor::code_at(&secret.replace(' ', ""), unix)
        .ok_or("The second factor's secret is not valid.")?;
    backend
        .pass_second_factor(id, &session, &code)
        .await
        .map_err(fail("pass the second factor"))?;
    Ok(session)
}

/// One resident's HTTP client, as a browser without JavaScript posts the forms.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Browser {
    async fn post(
        &self,
        from: &str,
        path: &str,
        fields: &[(&str, &str)],
    ) -> Result<String, String> {
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .header("origin", &self.base)
            .header("referer", format!("{}{from}", self.base))
            .header("accept", "text/html")
            .header("cookie", &self.cookie)
            .form(fields)
            .send()
            .await
            .map_err(|e| format!("{path}: {e}"))?;
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        if !response.status().is_redirection() {
            return Err(format!("{path} answered {}", response.status()));
        }
        Ok(location)
    }

    async fn get(&self, path: &str) -> Result<String, String> {
        self.http
            .get(format!("{}{path}", self.base))
            .header("accept", "text/html")
            .header("cookie", &self.cookie)
            .send()
            .await
            .map_err(|e| format!("{path}: {e}"))?
            .text()
            .await
            .map_err(|e| format!("{path}: {e}"))
    }
}

fn client() -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| e.to_string())
}

/// Signs `email` in through the sign-in form; the session cookie.
async fn signed_in(http: &reqwest::Client, base: &str, email: &str) -> Result<String, String> {
    let response = http
        .post(format!("{base}/api/sign-in"))
        .header("origin", base)
        .header("referer", format!("{base}/sign-in"))
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .map_err(|e| format!("sign-in: {e}"))?;
    response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("{email} was not signed in ({})", response.status()))
}

/// A page of the form: where it is, where it posts, what is typed.
type Page<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>);

/// Files one complaint through every page of the form; whether the confirmation came.
async fn file_one(browser: &Browser, n: u64) -> Result<(), String> {
    let what =
        format!("Complaint {n}: the lift at Centenary Court has been broken for three weeks.");
    let steps: [Page<'_>; 5] = [
        (
            "/complaint/new",
            "/api/complaint/purpose",
            vec![("purpose", "complaint")],
        ),
        (
            "/complaint/new/for-whom",
            "/api/complaint/for-whom",
            vec![("for_whom", "me")],
        ),
        (
            "/complaint/new/details",
            "/api/complaint/details",
            vec![
                ("what_happened", what.as_str()),
                ("incident_day", "2"),
                ("incident_month", "11"),
                ("incident_year", "2026"),
                ("outcome", "Fix the lift and tell me when it will be done."),
            ],
        ),
        (
            "/complaint/new/attachments",
            "/api/complaint/attachments/done",
            vec![],
        ),
        (
            "/complaint/new/support",
            "/api/complaint/support",
            vec![("contact_method", "email")],
        ),
    ];
    for (from, path, fields) in &steps {
        browser.post(from, path, fields).await?;
    }
    let check = browser.get("/complaint/new/check").await?;
    let key = check
        .split("name=\"key\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or("no key on the check page")?
        .to_owned();
    let sent = browser
        .post(
            "/complaint/new/check",
            "/api/complaint/send",
            &[("key", &key)],
        )
        .await?;
    if sent.ends_with("/sent") {
        Ok(())
    } else {
        Err(format!("sending led to {sent:?}"))
    }
}

/// `server load-filing`: `emails` file complete complaints at once through the forms for
/// `seconds`; complaints per second.
pub async fn load_filing(base: &str, emails: &[String], seconds: u64) -> Result<String, String> {
    let http = client()?;
    let mut browsers = Vec::new();
    for email in emails {
        browsers.push(Browser {
            http: http.clone(),
            base: base.to_owned(),
            cookie: signed_in(&http, base, email).await?,
        });
    }
    let filed = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for browser in browsers {
        let (filed, failed) = (filed.clone(), failed.clone());
        tasks.push(tokio::spawn(async move {
            let mut error = None;
            while Instant::now() < until {
                match file_one(&browser, filed.load(Ordering::Relaxed)).await {
                    Ok(()) => {
                        filed.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(e) => {
                        failed.fetch_add(1, Ordering::Relaxed);
                        error = Some(e);
                    }
                }
            }
            error
        }));
    }
    let mut errors = Vec::new();
    for task in tasks {
        if let Ok(Some(error)) = task.await {
            errors.push(error);
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let filed = filed.load(Ordering::Relaxed);
    let failed = failed.load(Ordering::Relaxed);
    if filed == 0 {
        return Err(format!("Nothing was filed: {}", errors.join("; ")));
    }
    Ok(format!(
        "{:.0} complaints/s filed ({filed} in {elapsed:.1} s by {} residents at once, 7 requests each; {failed} failed{})",
        filed as f64 / elapsed,
        emails.len(),
        errors.first().map(|e| format!(": {e}")).unwrap_or_default()
    ))
}

/// `server load-live`: opens `streams` `/live` streams, spread over `sessions` (each may hold
/// 10), waits until every one is listening, holds them `seconds`; how many were open.
pub async fn load_live(
    base: &str,
    sessions: &[String],
    streams: usize,
    seconds: u64,
) -> Result<String, String> {
    if sessions.len() * crate::live::MAX_STREAMS_PER_SESSION < streams {
        return Err(format!(
            "{streams} streams need {} sessions; there are {}.",
            streams.div_ceil(crate::live::MAX_STREAMS_PER_SESSION),
            sessions.len()
        ));
    }
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .map_err(|e| e.to_string())?;
    let mut open = Vec::with_capacity(streams);
    for n in 0..streams {
        let session = &sessions[n / crate::live::MAX_STREAMS_PER_SESSION];
        let mut response = http
            .get(format!("{base}/live"))
            .header("accept", "text/event-stream")
            .header(
                "cookie",
                format!("{}={session}", app::context::SESSION_COOKIE),
            )
            .send()
            .await
            .map_err(|e| format!("stream {n}: {e}"))?;
        if response.status() != 200 {
            return Err(format!("stream {n} answered {}", response.status()));
        }
        let first = response
            .chunk()
            .await
            .map_err(|e| format!("stream {n}: {e}"))?
            .unwrap_or_default();
        if !String::from_utf8_lossy(&first).contains("listening") {
            return Err(format!("stream {n} did not say it was listening"));
        }
        open.push(response);
    }
    println!("{} streams open", open.len());
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    Ok(format!("held {} streams open for {seconds} s", open.len()))
}
