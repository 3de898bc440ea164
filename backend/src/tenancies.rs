//! The tenancy register: loaded from the landlord's housing system as CSV, matched at
//! registration by rent reference and postcode.
//!
//! CSV layout (a header row, then one tenancy a row, UTF-8, comma-separated):
//!
//! | column | required | example |
//! |---|---|---|
//! | `rent_reference` | yes | `10012345` (6 to 12 letters and digits; spaces and dashes ignored) |
//! | `postcode` | yes | `BB11 2ED` |
//! | `address` | yes | `"Flat 1, Centenary Court, Croft Street, Burnley"` |
//! | `lead_tenant_name` | yes | `Alex Morgan` |
//! | `homes` | no (1) | `1`: the homes the tenancy counts for in performance reporting |
//! | `date_of_birth` | no | `1980-04-02` or `02/04/1980`: the lead tenant's |
//! | `email` | no | `alex.morgan@example.com`: the lead tenant's, as on file |
//! | `phone` | no | `07700 900123`: the lead tenant's, as on file |
//!
//! The last three are what links an account to the tenancy at once (`domain::linking`):
//! the date of birth and the email or phone. Without them, a code is posted to the home.
//!
//! Columns may come in any order; other columns are ignored. Importing is an upsert keyed on
//! the rent reference, so the same file can be loaded again; a file without one of the
//! optional columns leaves what an earlier import stored for it.

use chrono::Utc;
use domain::values::{Postcode, RentReference};

use crate::{Backend, BackendError};

/// The small demo register the embedded mode loads on first start (see the README).
pub const DEMO_REGISTER: &str = include_str!("../demo/tenancies.csv");

const REQUIRED: [&str; 4] = ["rent_reference", "postcode", "address", "lead_tenant_name"];

/// A row the import did not load, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RejectedRow {
    /// The line in the file (the header is line 1).
    pub line: u64,
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
    pub rejected: Vec<RejectedRow>,
}

/// Why an import could not run at all (as opposed to rows it rejected).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("The file has no header row; the first line must name the columns ({}).", REQUIRED.join(", "))]
    NoHeader,
    #[error("The header has no {column:?} column; the columns needed are {needed}.", column = .0, needed = REQUIRED.join(", "))]
    MissingColumn(&'static str),
    #[error("Could not read the file")]
    Read(#[source] csv::Error),
    #[error(transparent)]
    Backend(#[from] BackendError),
}

struct Row {
    rent_reference: RentReference,
    postcode: Postcode,
    address: String,
    lead_tenant_name: String,
    homes: i64,
    date_of_birth: Option<String>,
    email: Option<String>,
    phone: Option<String>,
}

/// Where the optional columns are, when the file has them.
#[derive(Clone, Copy, Default)]
struct OptionalColumns {
    homes: Option<usize>,
    date_of_birth: Option<usize>,
    email: Option<usize>,
    phone: Option<usize>,
}

/// A date of birth as housing systems export it: `1980-04-02` or `02/04/1980`.
fn birth_date(text: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| chrono::NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
        .filter(|d| *d > chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default())
}

fn required_text(value: &str, what: &str) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        Err(format!("the {what} is empty"))
    } else if value.chars().count() > 300 {
        Err(format!("the {what} is longer than 300 characters"))
    } else {
        Ok(value.to_owned())
    }
}

fn parse_row(
    record: &csv::StringRecord,
    columns: &[usize; 4],
    optional: OptionalColumns,
) -> Result<Row, String> {
    let field = |i: usize| record.get(i).unwrap_or("");
    let rent_reference = RentReference::parse(field(columns[0])).map_err(|_| {
        format!(
            "the rent reference {:?} is not 6 to 12 letters and digits",
            field(columns[0])
        )
    })?;
    let postcode = Postcode::parse(field(columns[1]))
        .map_err(|_| format!("the postcode {:?} is not a UK postcode", field(columns[1])))?;
    let address = required_text(field(columns[2]), "address")?;
    let lead_tenant_name = required_text(field(columns[3]), "lead tenant's name")?;
    let optional_text = |column: Option<usize>| {
        column
            .map(field)
            .map(str::trim)
            .filter(|text| !text.is_empty())
    };
    let date_of_birth = optional_text(optional.date_of_birth)
        .map(|text| {
            birth_date(text).map(|d| d.to_string()).ok_or_else(|| {
                format!("the date of birth {text:?} is not a date like 1980-04-02 or 02/04/1980")
            })
        })
        .transpose()?;
    let email = optional_text(optional.email)
        .map(|text| {
            domain::values::Email::parse(text)
                .map(|e| e.canonical())
                .map_err(|_| format!("the email address {text:?} is not an email address"))
        })
        .transpose()?;
    let phone = optional_text(optional.phone)
        .map(|text| {
            domain::values::PhoneNumber::parse(text)
                .map(|p| p.to_string())
                .map_err(|_| format!("the phone number {text:?} is not a UK phone number"))
        })
        .transpose()?;
    let homes = match optional.homes.map(field).map(str::trim) {
        None | Some("") => 1,
        Some(text) => match text.parse::<i64>() {
            Ok(n) if n >= 1 => n,
            _ => {
                return Err(format!(
                    "the number of homes {text:?} is not a whole number of 1 or more"
                ))
            }
        },
    };
    Ok(Row {
        rent_reference,
        postcode,
        address,
        lead_tenant_name,
        homes,
        date_of_birth,
        email,
        phone,
    })
}

impl Backend {
    /// Loads a tenancy register from CSV. Every bad row is reported with its line and reason;
    /// the good rows are loaded all the same. `progress` is called with the bytes read so far.
    pub async fn import_tenancies(
        &self,
        reader: impl std::io::Read,
        mut progress: impl FnMut(u64),
    ) -> Result<ImportReport, ImportError> {
        let mut csv = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::Headers)
            .from_reader(reader);
        let headers = csv.headers().map_err(ImportError::Read)?.clone();
        if headers.is_empty() {
            return Err(ImportError::NoHeader);
        }
        let find = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
        let mut columns = [0; 4];
        for (slot, name) in columns.iter_mut().zip(REQUIRED) {
            *slot = find(name).ok_or(ImportError::MissingColumn(name))?;
        }
        let optional = OptionalColumns {
            homes: find("homes"),
            date_of_birth: find("date_of_birth"),
            email: find("email"),
            phone: find("phone"),
        };

        let now = Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let mut report = ImportReport::default();
        let mut seen = std::collections::HashMap::new();
        let mut tx = self.write_transaction().await?;
        for (count, record) in csv.records().enumerate() {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    let line = error.position().map_or(0, csv::Position::line);
                    report.rejected.push(RejectedRow {
                        line,
                        reason: format!("it could not be read ({error})"),
                    });
                    continue;
                }
            };
            let line = record.position().map_or(0, csv::Position::line);
            let row = match parse_row(&record, &columns, optional) {
                Ok(row) => row,
                Err(reason) => {
                    report.rejected.push(RejectedRow { line, reason });
                    continue;
                }
            };
            if let Some(first) = seen.insert(row.rent_reference.clone(), line) {
                report.rejected.push(RejectedRow {
                    line,
                    reason: format!(
                        "the rent reference {} is already on line {first}",
                        row.rent_reference
                    ),
                });
                seen.insert(row.rent_reference.clone(), first);
                continue;
            }
            let existed: Option<i64> =
                sqlx::query_scalar("SELECT 1 FROM tenancies WHERE rent_reference = ?")
                    .bind(row.rent_reference.as_str())
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(BackendError::from)?;
            sqlx::query(
                "INSERT INTO tenancies (rent_reference, postcode, address, lead_tenant_name, homes, imported_at,
                                        date_of_birth, email, phone)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                 ON CONFLICT (rent_reference) DO UPDATE SET postcode = excluded.postcode,
                   address = excluded.address, lead_tenant_name = excluded.lead_tenant_name,
                   homes = excluded.homes, imported_at = excluded.imported_at,
                   date_of_birth = CASE WHEN ?10 THEN excluded.date_of_birth ELSE tenancies.date_of_birth END,
                   email = CASE WHEN ?11 THEN excluded.email ELSE tenancies.email END,
                   phone = CASE WHEN ?12 THEN excluded.phone ELSE tenancies.phone END",
            )
            .bind(row.rent_reference.as_str())
            .bind(row.postcode.as_str())
            .bind(&row.address)
            .bind(&row.lead_tenant_name)
            .bind(row.homes)
            .bind(&now)
            .bind(&row.date_of_birth)
            .bind(&row.email)
            .bind(&row.phone)
            .bind(optional.date_of_birth.is_some())
            .bind(optional.email.is_some())
            .bind(optional.phone.is_some())
            .execute(&mut *tx)
            .await
            .map_err(BackendError::from)?;
            if existed.is_some() {
                report.updated += 1;
            } else {
                report.added += 1;
            }
            if count % 256 == 0 {
                progress(record.position().map_or(0, csv::Position::byte));
            }
        }
        tx.commit().await.map_err(BackendError::from)?;
        Ok(report)
    }

    /// Loads the demo register when the register is empty. Returns whether it did.
    pub async fn seed_demo_tenancies(&self) -> Result<bool, ImportError> {
        let count: i64 = sqlx::query_scalar("SELECT count(*) FROM tenancies")
            .fetch_one(&self.pool)
            .await
            .map_err(BackendError::from)?;
        if count > 0 {
            return Ok(false);
        }
        self.import_tenancies(DEMO_REGISTER.as_bytes(), |_| {})
            .await?;
        Ok(true)
    }

    /// Whether a tenancy has this rent reference and postcode (the registration check).
    pub async fn tenancy_matches(
        &self,
        reference: &RentReference,
        postcode: &Postcode,
    ) -> Result<bool, BackendError> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT 1 FROM tenancies WHERE rent_reference = ? AND postcode = ?")
                .bind(reference.as_str())
                .bind(postcode.as_str())
                .fetch_optional(&self.pool)
                .await?;
        Ok(found.is_some())
    }

    /// Homes on the register, for the per-1,000-homes performance measures.
    pub async fn homes_on_register(&self) -> Result<i64, BackendError> {
        Ok(
            sqlx::query_scalar("SELECT coalesce(sum(homes), 0) FROM tenancies")
                .fetch_one(&self.pool)
                .await?,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::fresh;

    fn r(s: &str) -> RentReference {
        RentReference::parse(s).expect("reference")
    }
    fn p(s: &str) -> Postcode {
        Postcode::parse(s).expect("postcode")
    }

    #[tokio::test]
    async fn imports_good_rows_and_reports_every_bad_one_with_its_line() {
        let (_dir, backend) = fresh().await;
        let csv = "rent_reference,postcode,address,lead_tenant_name,homes\n\
                   10012345,bb11 2ed,\"1 Croft Street, Burnley\",Alex Morgan,1\n\
                   123,BB11 2ED,2 Croft Street,Sam Khan,1\n\
                   10023456,NOT A POSTCODE,3 Croft Street,Jo Ellis,1\n\
                   10034567,BB10 1AA,,Priya Shah,1\n\
                   10045678,BB10 1AA,5 Croft Street,Chris Lee,none\n\
                   1001-2345,BB11 2ED,1 Croft Street,Alex Morgan,1\n\
                   10056789,BB12 6BB,6 Croft Street,Dee Ray,\n";
        let report = backend
            .import_tenancies(csv.as_bytes(), |_| {})
            .await
            .expect("imports");
        assert_eq!((report.added, report.updated), (2, 0));
        let lines: Vec<(u64, &str)> = report
            .rejected
            .iter()
            .map(|r| (r.line, r.reason.as_str()))
            .collect();
        assert_eq!(
            lines,
            vec![
                (
                    3,
                    "the rent reference \"123\" is not 6 to 12 letters and digits"
                ),
                (4, "the postcode \"NOT A POSTCODE\" is not a UK postcode"),
                (5, "the address is empty"),
                (
                    6,
                    "the number of homes \"none\" is not a whole number of 1 or more"
                ),
                (7, "the rent reference 10012345 is already on line 2"),
            ]
        );
        assert!(backend
            .tenancy_matches(&r("10012345"), &p("BB11 2ED"))
            .await
            .expect("query"));
        assert!(!backend
            .tenancy_matches(&r("10012345"), &p("BB10 1AA"))
            .await
            .expect("query"));
        assert_eq!(backend.homes_on_register().await.expect("sum"), 2);
    }

    #[tokio::test]
    async fn importing_again_updates_instead_of_duplicating() {
        let (_dir, backend) = fresh().await;
        let first = "rent_reference,postcode,address,lead_tenant_name\n10012345,BB11 2ED,1 Croft Street,Alex Morgan\n";
        backend
            .import_tenancies(first.as_bytes(), |_| {})
            .await
            .expect("imports");
        // Columns in another order, an extra column, and a new postcode for the same tenancy.
        let second = "lead_tenant_name,extra,rent_reference,address,postcode\nAlex Morgan,x,10012345,1 Croft Street,BB10 1AA\n";
        let report = backend
            .import_tenancies(second.as_bytes(), |_| {})
            .await
            .expect("imports");
        assert_eq!(
            (report.added, report.updated, report.rejected.len()),
            (0, 1, 0)
        );
        assert!(backend
            .tenancy_matches(&r("10012345"), &p("BB10 1AA"))
            .await
            .expect("query"));
        assert!(!backend
            .tenancy_matches(&r("10012345"), &p("BB11 2ED"))
            .await
            .expect("query"));
    }

    #[tokio::test]
    async fn what_is_on_file_for_the_lead_tenant_is_loaded_and_kept_when_a_file_lacks_it() {
        let (_dir, backend) = fresh().await;
        let csv = "rent_reference,postcode,address,lead_tenant_name,date_of_birth,email,phone\n\
                   10012345,BB11 2ED,1 Croft Street,Alex Morgan,02/04/1980,Alex@Example.com,07700 900123\n\
                   10023456,BB10 1AA,2 Croft Street,Sam Khan,,,\n\
                   10034567,BB10 1AA,3 Croft Street,Jo Ellis,1980-13-01,,\n\
                   10045678,BB10 1AA,4 Croft Street,Priya Shah,,not an email,\n\
                   10056789,BB10 1AA,5 Croft Street,Dee Ray,,,call me\n";
        let report = backend
            .import_tenancies(csv.as_bytes(), |_| {})
            .await
            .expect("imports");
        assert_eq!(report.added, 2);
        let reasons: Vec<&str> = report.rejected.iter().map(|r| r.reason.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "the date of birth \"1980-13-01\" is not a date like 1980-04-02 or 02/04/1980",
                "the email address \"not an email\" is not an email address",
                "the phone number \"call me\" is not a UK phone number",
            ]
        );
        let held = |reference: &'static str| {
            let backend = backend.clone();
            async move {
                sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>)>(
                    "SELECT date_of_birth, email, phone FROM tenancies WHERE rent_reference = ?",
                )
                .bind(reference)
                .fetch_one(&backend.pool)
                .await
                .expect("row")
            }
        };
        let alex = (
            Some("1980-04-02".to_owned()),
            Some("alex@example.com".to_owned()),
            Some("07700900123".to_owned()),
        );
        assert_eq!(held("10012345").await, alex);
        assert_eq!(held("10023456").await, (None, None, None));
        // A file without those columns changes the address and keeps them.
        let again = "rent_reference,postcode,address,lead_tenant_name\n10012345,BB11 2ED,1a Croft Street,Alex Morgan\n";
        backend
            .import_tenancies(again.as_bytes(), |_| {})
            .await
            .expect("imports");
        assert_eq!(held("10012345").await, alex);
    }

    #[tokio::test]
    async fn a_file_without_a_needed_column_is_refused_whole() {
        let (_dir, backend) = fresh().await;
        let err = backend
            .import_tenancies("rent_reference,address\n1,2\n".as_bytes(), |_| {})
            .await
            .expect_err("refused");
        assert_eq!(
            err.to_string(),
            "The header has no \"postcode\" column; the columns needed are rent_reference, postcode, address, lead_tenant_name."
        );
    }

    #[tokio::test]
    async fn the_demo_register_is_loaded_once_into_an_empty_register() {
        let (_dir, backend) = fresh().await;
        assert!(backend.seed_demo_tenancies().await.expect("seeds"));
        assert!(!backend.seed_demo_tenancies().await.expect("second time"));
        assert!(backend
            .tenancy_matches(&r("10012345"), &p("BB11 2ED"))
            .await
            .expect("query"));
        assert_eq!(backend.homes_on_register().await.expect("sum"), 5);
    }
}
