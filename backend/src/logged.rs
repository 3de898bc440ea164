//! Complaints, safety concerns and compliments made by phone, in person, by letter, by email
//! or through social media, logged by a colleague (or the housing system) for the resident:
//! finding the resident, and filing what they said from when it was received.

use domain::calendar::london_date;
use domain::logged::{acknowledgement, Channel, Logged};
use domain::search::QueueSearch;
use domain::values::{ComplaintRef, RentReference};

use crate::filing::{insert_complaint, NewComplaint};
use crate::handling::Recipient;
use crate::{Backend, BackendError};

/// The most residents a search lists.
pub const FOUND_MAX: i64 = 25;

/// Whom a complaint is logged for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resident {
    /// A resident's account (not a colleague's, nor one that acts for others).
    Account(i64),
    /// A tenancy in the register, for a resident without an account.
    Tenancy(RentReference),
}

/// A resident a colleague may log for, as the console lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidentFound {
    pub resident: Resident,
    /// The account's name, or the register's lead tenant.
    pub name: String,
    /// The account's email address, or what the register holds.
    pub email: Option<String>,
    /// The home's rent reference and address: the account's proven home, or the tenancy.
    pub home: Option<(String, String)>,
    /// The phone number the account or register holds, to offer for a call back.
    pub phone: Option<String>,
}

/// Why a complaint was not logged.
#[derive(Debug, thiserror::Error)]
pub enum LogFailure {
    #[error(
        "There is no resident's account or tenancy with that reference: find the resident again."
    )]
    NoResident,
    /// The key was already used to log something else (for another resident, or filed
    /// online): nothing was logged.
    #[error("That key was already used for another complaint: send this one with a new key.")]
    KeyUsed,
    #[error(transparent)]
    Backend(#[from] BackendError),
}

impl From<sqlx::Error> for LogFailure {
    fn from(error: sqlx::Error) -> Self {
        Self::Backend(error.into())
    }
}

type FoundRow = (
    Option<i64>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

impl Backend {
    /// Residents' accounts and tenancies whose name, email address, home address, postcode or
    /// rent reference holds `search` (ignoring case; in references, spaces and dashes too):
    /// accounts first, then tenancies, at most [`FOUND_MAX`] of each.
    pub async fn find_residents(
        &self,
        search: &QueueSearch,
    ) -> Result<Vec<ResidentFound>, BackendError> {
        let text = format!("%{}%", crate::queue::escape_like(search.text()));
        let compact = search
            .compact()
            .map(|c| format!("%{}%", crate::queue::escape_like(&c)))
            .unwrap_or_default();
        let rows: Vec<FoundRow> = sqlx::query_as(
            "SELECT * FROM (
               SELECT a.id, NULL, COALESCE(a.name, a.email), a.email, t.rent_reference, t.address,
                      COALESCE(a.phone, t.phone)
               FROM accounts a LEFT JOIN tenancies t ON t.rent_reference = a.rent_reference
               WHERE a.role IS NULL AND a.representative = 0 AND a.verified_at IS NOT NULL
                 AND (UPPER(a.name) LIKE UPPER(?1) ESCAPE '\\' OR UPPER(a.email) LIKE UPPER(?1) ESCAPE '\\'
                      OR UPPER(t.address) LIKE UPPER(?1) ESCAPE '\\' OR UPPER(t.postcode) LIKE UPPER(?1) ESCAPE '\\'
                      OR (?2 <> '' AND t.rent_reference LIKE ?2 ESCAPE '\\'))
               ORDER BY a.name, a.id LIMIT ?3)
             UNION ALL
             SELECT * FROM (
               SELECT NULL, t.rent_reference, t.lead_tenant_name, t.email, t.rent_reference, t.address, t.phone
               FROM tenancies t
               WHERE UPPER(t.lead_tenant_name) LIKE UPPER(?1) ESCAPE '\\' OR UPPER(t.address) LIKE UPPER(?1) ESCAPE '\\'
                  OR UPPER(t.postcode) LIKE UPPER(?1) ESCAPE '\\' OR (?2 <> '' AND t.rent_reference LIKE ?2 ESCAPE '\\')
               ORDER BY t.lead_tenant_name, t.rent_reference LIMIT ?3)",
        )
        .bind(text)
        .bind(compact)
        .bind(FOUND_MAX)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(found).collect()
    }

    /// The resident, if they are one a colleague may log for.
    pub async fn resident(
        &self,
        resident: &Resident,
    ) -> Result<Option<ResidentFound>, BackendError> {
        let row: Option<FoundRow> = match resident {
            Resident::Account(id) => {
                sqlx::query_as(
                    "SELECT a.id, NULL, COALESCE(a.name, a.email), a.email, t.rent_reference, t.address,
                            COALESCE(a.phone, t.phone)
                     FROM accounts a LEFT JOIN tenancies t ON t.rent_reference = a.rent_reference
                     WHERE a.id = ? AND a.role IS NULL AND a.representative = 0 AND a.verified_at IS NOT NULL",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
            }
            Resident::Tenancy(reference) => {
                sqlx::query_as(
                    "SELECT NULL, t.rent_reference, t.lead_tenant_name, t.email, t.rent_reference,
                            t.address, t.phone
                     FROM tenancies t WHERE t.rent_reference = ?",
                )
                .bind(reference.as_str())
                .fetch_optional(&self.pool)
                .await?
            }
        };
        row.map(found).transpose()
    }

    /// Files what a colleague logged for `resident`, sent with `key`: the complaint (received
    /// when `logged` says, by its channel), its received event recorded by `colleague`
    /// (name, and account when a colleague rather than a system), its line in the queue, and
    /// the acknowledgement letter, sent the resident's chosen way, in one transaction.
    /// Sent again with the same key, it files nothing new and returns the same reference.
    pub async fn log_complaint(
        &self,
        resident: &Resident,
        logged: &Logged,
        key: &str,
        colleague: (&str, Option<i64>),
    ) -> Result<ComplaintRef, LogFailure> {
        let now = self.clock.now();
        let mut tx = self.write_transaction().await?;
        let filed: Option<(String, String, Option<i64>, Option<String>)> = sqlx::query_as(
            "SELECT reference, channel, filed_by, resident_reference FROM complaints
             WHERE idempotency_key = ?",
        )
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((reference, channel, filed_by, tenancy)) = filed {
            // Only the same log sent again: never another resident's, nor one filed online.
            let same = channel != Channel::Online.code()
                && match resident {
                    Resident::Account(id) => filed_by == Some(*id),
                    Resident::Tenancy(t) => tenancy.as_deref() == Some(t.as_str()),
                };
            if !same {
                return Err(LogFailure::KeyUsed);
            }
            return ComplaintRef::parse(&reference)
                .map_err(|_| BackendError::BadRecord(reference).into());
        }
        let opening = crate::opening::opening_in(&mut tx).await?;
        let (account, tenancy, name, email) = match resident {
            Resident::Account(id) => {
                let row: Option<(String, Option<String>)> = sqlx::query_as(
                    "SELECT email, name FROM accounts
                     WHERE id = ? AND role IS NULL AND representative = 0 AND verified_at IS NOT NULL",
                )
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                let (email, name) = row.ok_or(LogFailure::NoResident)?;
                (Some(*id), None, name, Some(email))
            }
            Resident::Tenancy(reference) => {
                let known: Option<i64> =
                    sqlx::query_scalar("SELECT 1 FROM tenancies WHERE rent_reference = ?")
                        .bind(reference.as_str())
                        .fetch_optional(&mut *tx)
                        .await?;
                known.ok_or(LogFailure::NoResident)?;
                let name = logged.name.as_ref().map(|n| n.as_str().to_owned());
                let email = logged.email.as_ref().map(|e| e.as_str().to_owned());
                (None, Some(reference.as_str()), name, email)
            }
        };
        let logged_for = match (tenancy, &name) {
            (Some(tenancy), Some(name)) => Some((tenancy, name.as_str(), email.as_deref())),
            (Some(_), None) => return Err(LogFailure::NoResident),
            _ => None,
        };
        let (complaint, event, reference) = insert_complaint(
            &mut tx,
            &opening.calendar,
            &self.standard,
            now,
            NewComplaint {
                submission: &logged.submission,
                key,
                received_at: logged.received_at,
                filed_by: account,
                channel: logged.channel,
                logged_for,
                by: name.clone().unwrap_or_else(|| "the resident".into()),
                recorded_by: Some(colleague),
            },
        )
        .await?;
        let letter = acknowledgement(
            &reference.to_string(),
            logged.channel,
            &logged.submission,
            london_date(&logged.received_at),
            &opening.calendar,
            &self.standard,
            &opening.out_of_hours,
        );
        let recipient = Recipient {
            support: logged.submission.support.clone(),
            may_email: true,
            email,
            name,
            has_account: account.is_some(),
        };
        self.send_letter(&mut tx, complaint, event, &letter, recipient, now)
            .await?;
        tx.commit().await?;
        self.changed(event);
        tracing::info!(%reference, channel = logged.channel.code(), "logged");
        Ok(reference)
    }
}

fn found(row: FoundRow) -> Result<ResidentFound, BackendError> {
    let (account, tenancy, name, email, home_reference, address, phone) = row;
    let resident = match (account, tenancy) {
        (Some(id), _) => Resident::Account(id),
        (None, Some(reference)) => Resident::Tenancy(
            RentReference::parse(&reference).map_err(|_| BackendError::BadRecord(reference))?,
        ),
        (None, None) => return Err(BackendError::BadRecord("a resident with no key".into())),
    };
    Ok(ResidentFound {
        resident,
        name,
        email,
        home: home_reference.zip(address),
        phone,
    })
}

#[cfg(test)]
pub(crate) mod tests_support {
    use super::*;
    use domain::logged::{For, LogAnswers};

    /// Logs a phone complaint received on Friday 20 November 2026 for the tenancy `reference`.
    pub(crate) async fn logged_for_tenancy(backend: &Backend, reference: &str, key: &str) {
        let answers = LogAnswers::from_form(
            &[
                ("purpose", "complaint"),
                ("channel", "phone"),
                ("received_at", "2026-11-20T16:30"),
                ("what_happened", "Nobody came to fix the leaking roof."),
                ("incident_day", "2"),
                ("incident_month", "11"),
                ("incident_year", "2026"),
                ("outcome", "Fix the roof."),
                ("contact_method", "letter"),
                ("name", "Sam Khan"),
            ]
            .map(|(n, v)| (n.to_owned(), v.to_owned())),
        );
        let logged = answers.parse(backend.clock.now(), For::Tenancy).unwrap();
        let tenancy = Resident::Tenancy(RentReference::parse(reference).unwrap());
        backend
            .log_complaint(&tenancy, &logged, key, ("Pat Officer", None))
            .await
            .expect("logged");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{account, fresh};
    use domain::logged::{For, LogAnswers};
    use domain::Deadlines;

    fn answers(pairs: &[(&str, &str)]) -> LogAnswers {
        let mut all = vec![
            ("purpose", "complaint"),
            ("channel", "phone"),
            // Friday 20 November 2026, three days before the test clock's Monday 23rd.
            ("received_at", "2026-11-20T16:30"),
            ("what_happened", "Nobody came to fix the leaking roof."),
            ("incident_day", "2"),
            ("incident_month", "11"),
            ("incident_year", "2026"),
            ("outcome", "Fix the roof."),
            ("contact_method", "letter"),
            ("name", "Sam Khan"),
        ];
        for (name, value) in pairs {
            all.retain(|(n, _)| n != name);
            all.push((name, value));
        }
        LogAnswers::from_form(
            &all.iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect::<Vec<_>>(),
        )
    }

    async fn register(backend: &Backend) {
        assert!(backend.seed_demo_tenancies().await.expect("register"));
    }

    fn tenancy(reference: &str) -> Resident {
        Resident::Tenancy(RentReference::parse(reference).unwrap())
    }

    #[tokio::test]
    async fn a_phone_complaint_for_a_tenancy_runs_from_when_it_was_received_and_is_posted() {
        let (_dir, backend) = fresh().await;
        register(&backend).await;
        let logged = answers(&[])
            .parse(backend.clock.now(), For::Tenancy)
            .unwrap();
        let reference = backend
            .log_complaint(
                &tenancy("10023456"),
                &logged,
                "key-1",
                ("Pat Officer", Some(1)),
            )
            .await
            .expect("logged");
        let case = backend.case(&reference.to_string()).await.unwrap().unwrap();
        assert_eq!(case.channel, domain::logged::Channel::Phone);
        assert_eq!(case.filed_by_email, None);
        assert_eq!(case.logged_for, Some(("Sam Khan".into(), None)));
        assert!(matches!(
            &case.filer_home,
            crate::handling::FilerHome::Confirmed { reference, address }
                if reference == "10023456" && address.contains("Padiham Road")
        ));
        // Received Friday 20th: acknowledge within 5 working days, by Friday 27th (not the
        // 30th, as it would be from the day it was logged).
        let Deadlines { acknowledge_by, .. } = case.complaint.deadlines();
        assert_eq!(
            *acknowledge_by,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27)
        );
        assert_eq!(case.events[0].recorded_by.as_deref(), Some("Pat Officer"));
        assert_eq!(case.events[0].event.by.as_deref(), Some("Sam Khan"));
        assert_eq!(case.events[0].event.recorded_by_account, Some(1));
        // The acknowledgement is a letter to post, addressed to them at the home.
        assert_eq!(case.letters.len(), 1);
        assert!(case.letters[0]
            .letter
            .text(None)
            .contains("which you made by phone and we received on Friday 20 November 2026"));
        let tasks = backend.contact_tasks(false).await.unwrap();
        assert_eq!(tasks.len(), 1);
        assert_eq!(tasks[0].reference, reference.to_string());
        assert_eq!(tasks[0].addressee.as_deref(), Some("Sam Khan"));
        assert!(tasks[0]
            .address
            .as_deref()
            .unwrap()
            .contains("Padiham Road"));
        // The same form sent again files nothing new.
        let again = backend
            .log_complaint(
                &tenancy("10023456"),
                &logged,
                "key-1",
                ("Pat Officer", Some(1)),
            )
            .await
            .unwrap();
        assert_eq!(again, reference);
        // The key cannot log for anyone else, nor reveal what it logged.
        let elsewhere = backend
            .log_complaint(
                &tenancy("10012345"),
                &logged,
                "key-1",
                ("Pat Officer", Some(1)),
            )
            .await;
        assert!(matches!(elsewhere, Err(LogFailure::KeyUsed)));
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
            .fetch_one(&backend.pool)
            .await
            .unwrap();
        assert_eq!(count, 1);
        // Whoever links an account to the home later sees it.
        let later = account(&backend, "sam@example.org", Some("10023456")).await;
        let followed = backend.followed(later).await.unwrap();
        assert_eq!(followed.len(), 1);
        assert_eq!(followed[0].sight, domain::following::Sight::Everything);
        let stranger = account(&backend, "someone@example.org", Some("10012345")).await;
        assert!(backend.followed(stranger).await.unwrap().is_empty());
        // The queue finds it by the name given.
        let search = QueueSearch::parse("sam khan").unwrap().unwrap();
        let filter = crate::handling::QueueFilter {
            search: Some(search),
            ..Default::default()
        };
        let page = backend.queue(&filter).await.unwrap();
        assert_eq!(page.items.len(), 1);
    }

    #[tokio::test]
    async fn a_complaint_logged_for_an_account_is_its_own_and_emailed_when_it_wants_email() {
        let (_dir, backend) = fresh().await;
        register(&backend).await;
        let resident = account(&backend, "alex@example.org", Some("10012345")).await;
        let logged = answers(&[("channel", "in_person"), ("contact_method", "email")])
            .parse(backend.clock.now(), For::Account)
            .unwrap();
        let reference = backend
            .log_complaint(
                &Resident::Account(resident),
                &logged,
                "k",
                ("Pat Officer", Some(1)),
            )
            .await
            .unwrap();
        let followed = backend.followed(resident).await.unwrap();
        assert_eq!(followed.len(), 1);
        assert!(followed[0].own);
        let mail = backend.mail_to("alex@example.org").await.unwrap();
        assert_eq!(mail.len(), 1);
        assert_eq!(
            mail[0].subject,
            format!("We have received your complaint: {reference}")
        );
        assert!(mail[0].body.contains("which you made in person"));
        assert!(mail[0]
            .body
            .contains("You can also read this letter in your Calico Account."));
        assert!(backend.contact_tasks(false).await.unwrap().is_empty());
        let case = backend.case(&reference.to_string()).await.unwrap().unwrap();
        assert_eq!(case.filed_by_email.as_deref(), Some("alex@example.org"));
        assert_eq!(case.logged_for, None);
    }

    #[tokio::test]
    async fn a_resident_without_an_account_is_emailed_at_the_address_they_gave() {
        let (_dir, backend) = fresh().await;
        register(&backend).await;
        let logged = answers(&[("contact_method", "email"), ("email", "sam@example.org")])
            .parse(backend.clock.now(), For::Tenancy)
            .unwrap();
        let reference = backend
            .log_complaint(&tenancy("10023456"), &logged, "k", ("Pat Officer", Some(1)))
            .await
            .unwrap();
        let mail = backend.mail_to("sam@example.org").await.unwrap();
        assert_eq!(mail.len(), 1);
        assert!(mail[0].body.starts_with("Dear Sam Khan,"));
        assert!(mail[0].body.contains("If you register for Calico Account"));
        // Later letters go the same way.
        let event = domain::Event::new(
            backend.clock.now().fixed_offset(),
            domain::EventKind::Stage1Acknowledged {
                handler: Some("Pat Officer".into()),
                handler_contact: Some("01282 686300".into()),
                handler_account: None,
                about: Some("The roof".into()),
                outcome_sought: Some("Fix it".into()),
            },
        )
        .by("Pat Officer");
        backend
            .record_event(&reference.to_string(), &event, "Pat Officer")
            .await
            .expect("recorded");
        assert_eq!(backend.mail_to("sam@example.org").await.unwrap().len(), 2);
    }

    #[tokio::test]
    async fn only_residents_accounts_and_known_tenancies_are_logged_for() {
        let (_dir, backend) = fresh().await;
        register(&backend).await;
        let logged = answers(&[])
            .parse(backend.clock.now(), For::Tenancy)
            .unwrap();
        let unknown = backend
            .log_complaint(&tenancy("99999999"), &logged, "a", ("Pat", None))
            .await;
        assert!(matches!(unknown, Err(LogFailure::NoResident)));
        let colleague = account(&backend, "pat@calicohomes.org.uk", None).await;
        sqlx::query("UPDATE accounts SET role = 'complaints_officer' WHERE id = ?")
            .bind(colleague)
            .execute(&backend.pool)
            .await
            .unwrap();
        let helper = account(&backend, "advocate@example.org", None).await;
        sqlx::query("UPDATE accounts SET representative = 1 WHERE id = ?")
            .bind(helper)
            .execute(&backend.pool)
            .await
            .unwrap();
        for id in [colleague, helper] {
            let refused = backend
                .log_complaint(
                    &Resident::Account(id),
                    &logged,
                    &format!("k{id}"),
                    ("Pat", None),
                )
                .await;
            assert!(matches!(refused, Err(LogFailure::NoResident)), "{id}");
            assert_eq!(
                backend.resident(&Resident::Account(id)).await.unwrap(),
                None
            );
        }
    }

    #[tokio::test]
    async fn residents_are_found_by_name_address_postcode_email_or_rent_reference() {
        let (_dir, backend) = fresh().await;
        register(&backend).await;
        let alex = account(&backend, "alex@example.org", Some("10012345")).await;
        sqlx::query("UPDATE accounts SET name = 'Alex Morgan' WHERE id = ?")
            .bind(alex)
            .execute(&backend.pool)
            .await
            .unwrap();
        let find = |text: &'static str| {
            let backend = backend.clone();
            async move {
                backend
                    .find_residents(&QueueSearch::parse(text).unwrap().unwrap())
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|f| f.resident)
                    .collect::<Vec<_>>()
            }
        };
        let both = vec![Resident::Account(alex), tenancy("10012345")];
        assert_eq!(find("alex MORGAN").await, both);
        assert_eq!(find("1001-2345").await, both);
        assert_eq!(find("bb11 2ed").await, both);
        assert_eq!(find("centenary").await, both);
        assert_eq!(find("alex@example").await, vec![Resident::Account(alex)]);
        assert_eq!(find("padiham").await, vec![tenancy("10023456")]);
        assert_eq!(
            find("100%").await,
            Vec::<Resident>::new(),
            "wildcards are literal"
        );
        // An account whose email address is not confirmed is nobody yet.
        sqlx::query("UPDATE accounts SET verified_at = NULL WHERE id = ?")
            .bind(alex)
            .execute(&backend.pool)
            .await
            .unwrap();
        assert_eq!(find("alex morgan").await, vec![tenancy("10012345")]);
    }
}
