//! The record the Housing Ombudsman asks for when it investigates: a complaint's whole case
//! file as one ZIP, ready to send. It holds the record as text (`case-file.txt`: what the
//! resident told us and how they want to be contacted, with their support needs and
//! adjustments; the deadlines; every event with who did it and when, and who recorded it and
//! when; the remedies and learning; the representative's consent), every letter in full
//! (`letters/`), and every file the resident sent (`attachments/`).
//!
//! The ZIP is written here (entries stored, not compressed: photos and PDFs are compressed
//! already), so nothing is added to the build for it.

use chrono::{DateTime, Utc};

use crate::handling::Case;
use crate::{Backend, BackendError};

/// A case file: its name and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFile {
    pub file_name: String,
    pub zip: Vec<u8>,
}

impl Backend {
    /// The case file of complaint `reference`, as at now; `None` when there is no such
    /// complaint. Only for colleagues: the caller checks.
    pub async fn case_file(&self, reference: &str) -> Result<Option<CaseFile>, BackendError> {
        let Some(case) = self.case(reference).await? else {
            return Ok(None);
        };
        let names: Vec<(String, String)> = self
            .categories()
            .await?
            .into_iter()
            .map(|c| (c.code, c.name))
            .collect();
        let now = self.clock.now();
        let mut entries = vec![(
            "case-file.txt".to_owned(),
            record_text(&case, &names, now).into_bytes(),
        )];
        for (i, letter) in case.letters.iter().enumerate() {
            let text = format!(
                "{}\n\nSent {} ({}).\n\n{}",
                letter.letter.subject,
                domain::steps::long_time(&letter.created_at),
                letter.delivery.code(),
                letter.letter.text(letter.addressee.as_deref())
            );
            entries.push((
                format!(
                    "letters/{:02}-{}.txt",
                    i + 1,
                    safe_name(&letter.letter.subject)
                ),
                text.into_bytes(),
            ));
        }
        for (i, info) in case.attachments.iter().enumerate() {
            if let Some(file) = self.attachment(0, true, info.id).await? {
                entries.push((
                    format!("attachments/{:02}-{}", i + 1, safe_name(&file.file_name)),
                    file.content,
                ));
            }
        }
        Ok(Some(CaseFile {
            file_name: format!("case-file-{}.zip", case.item.reference),
            zip: stored_zip(&entries, now),
        }))
    }
}

/// A name safe in any file system: letters, digits, dots, dashes; the rest become dashes.
fn safe_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed = safe.trim_matches(|c| c == '-' || c == '.');
    if trimmed.is_empty() {
        return "file".into();
    }
    // Long names are shortened in the stem, so the extension still says how to open it.
    let (stem, extension) = match trimmed.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() && extension.chars().count() <= 8 => {
            (stem, format!(".{extension}"))
        }
        _ => (trimmed, String::new()),
    };
    let stem: String = stem.chars().take(80).collect();
    format!("{stem}{extension}")
}

/// The record as text, for people.
pub fn record_text(case: &Case, categories: &[(String, String)], now: DateTime<Utc>) -> String {
    use std::fmt::Write as _;
    let item = &case.item;
    let mut out = String::new();
    let _ = writeln!(out, "Case file: {} ({})", item.reference, item.kind.label());
    let _ = writeln!(
        out,
        "Made by Calico Homes on {} from the complaint's own record. Nothing in the record is ever edited or removed: corrections are recorded as events.\n",
        domain::steps::long_time(&now)
    );
    let _ = writeln!(
        out,
        "Where it is: {}",
        domain::handling::capitalised(item.state.describe())
    );
    let _ = writeln!(
        out,
        "Received: {}, {}",
        domain::steps::long_time(&item.received_at),
        case.channel.how()
    );
    match (&case.filed_by_email, &case.logged_for) {
        (Some(email), _) => {
            let _ = writeln!(out, "Resident's account: {email}");
        }
        (None, Some((name, email))) => {
            let _ = writeln!(
                out,
                "Resident (no account): {name}{}",
                email
                    .as_deref()
                    .map(|e| format!(", {e}"))
                    .unwrap_or_default()
            );
        }
        (None, None) => {}
    }
    match &case.filer_home {
        crate::handling::FilerHome::Confirmed { reference, address } => {
            let _ = writeln!(out, "Home: {address} (rent reference {reference})");
        }
        crate::handling::FilerHome::Unconfirmed { reference } => {
            let _ = writeln!(
                out,
                "Home: rent reference {reference} given, not yet proved"
            );
        }
        crate::handling::FilerHome::None => {}
    }
    if let Some(consent) = case.consent {
        let _ = writeln!(out, "Representative's consent: {}", consent.label());
    }
    section(
        &mut out,
        "What the resident told us, and how to contact them",
    );
    for (question, answer) in domain::steps::submission_rows(&case.submission) {
        let _ = writeln!(out, "{question}: {answer}");
    }
    if !case.attachments.is_empty() {
        let files: Vec<&str> = case
            .attachments
            .iter()
            .map(|a| a.file_name.as_str())
            .collect();
        let _ = writeln!(out, "Files sent: {} (in attachments/)", files.join(", "));
    }
    section(&mut out, "Deadlines");
    let d = case.complaint.deadlines();
    for (label, day) in [
        ("Acknowledgement due by", d.acknowledge_by),
        ("Stage 1 response due by", d.stage1_respond_by),
        ("Last day to ask for Stage 2", d.stage2_request_by),
        ("Stage 2 acknowledgement due by", d.stage2_acknowledge_by),
        ("Final response due by", d.stage2_respond_by),
    ] {
        if let Some(day) = day {
            let _ = writeln!(out, "{label}: {}", domain::calendar::long_date(day));
        }
    }
    section(&mut out, "Timeline, oldest first");
    for (i, recorded) in case.events.iter().enumerate() {
        let event = &recorded.event;
        let _ = writeln!(
            out,
            "{}. {}: happened {}{}; recorded {}{}.",
            i + 1,
            domain::handling::capitalised(event.kind.describe()),
            domain::steps::long_time(&event.at),
            event
                .by
                .as_deref()
                .map(|b| format!(" by {b}"))
                .unwrap_or_default(),
            domain::steps::long_time(&recorded.recorded_at),
            recorded
                .recorded_by
                .as_deref()
                .map(|b| format!(" by {b}"))
                .unwrap_or_default(),
        );
        for (label, text) in domain::steps::event_details(&event.kind) {
            let text = if label == domain::steps::CATEGORIES_LINE {
                text.split(',')
                    .map(str::trim)
                    .map(|code| {
                        categories
                            .iter()
                            .find(|(c, _)| c == code)
                            .map_or(code, |(_, name)| name.as_str())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                text
            };
            let _ = writeln!(out, "   {label}: {}", text.replace('\n', "\n   "));
        }
    }
    section(&mut out, "Vulnerabilities and adjustments");
    let _ = writeln!(
        out,
        "Asked for by the resident: {}",
        domain::support::asked_for(&case.submission.support)
            .unwrap_or_else(|| "nothing beyond the way of contact above".to_owned())
    );
    if case.complaint.support().is_empty() {
        let _ = writeln!(out, "None recorded by colleagues.");
    }
    for need in case.complaint.support() {
        let status = match need.ended {
            Some(ended) => format!(
                "no longer needed since {}",
                domain::calendar::long_date(ended)
            ),
            None => format!("review by {}", domain::calendar::long_date(need.review_by)),
        };
        let _ = writeln!(
            out,
            "{}. {} (recorded {}; {status})",
            need.number,
            need.line(),
            domain::calendar::long_date(need.recorded),
        );
    }
    section(&mut out, "Putting things right, and learning");
    if case.complaint.actions().is_empty() {
        let _ = writeln!(out, "None agreed.");
    }
    for action in case.complaint.actions() {
        let status = match action.done {
            Some(done) => format!("done on {}", domain::calendar::long_date(done)),
            None => format!("due by {}", domain::calendar::long_date(action.due)),
        };
        let _ = writeln!(
            out,
            "{}. {}{}: {} (responsible: {}; {status})",
            action.number,
            action.kind.label(),
            action
                .amount_words()
                .map(|a| format!(" of {a}"))
                .unwrap_or_default(),
            action.what,
            action.owner
        );
    }
    section(&mut out, "Letters sent (in full in letters/)");
    if case.letters.is_empty() {
        let _ = writeln!(out, "None.");
    }
    for (i, letter) in case.letters.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:02}. {} (sent {}, {})",
            i + 1,
            letter.letter.subject,
            domain::steps::long_time(&letter.created_at),
            letter.delivery.code()
        );
    }
    out
}

fn section(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(title);
    out.push('\n');
    out.push_str(&"-".repeat(title.chars().count()));
    out.push('\n');
}

/// A ZIP archive (PKWARE APPNOTE 6.3) of `entries`, each stored as is, with UTF-8 names and
/// the time `at` (UTC) on each.
pub fn stored_zip(entries: &[(String, Vec<u8>)], at: DateTime<Utc>) -> Vec<u8> {
    use chrono::{Datelike, Timelike};
    // DOS times are read as local time: London's.
    let at = at.with_timezone(&chrono_tz::Europe::London);
    let time = u16::try_from((at.hour() << 11) | (at.minute() << 5) | (at.second() / 2))
        .unwrap_or_default();
    let date = u16::try_from(
        ((at.year().clamp(1980, 2107) - 1980) as u32) << 9 | (at.month() << 5) | at.day(),
    )
    .unwrap_or_default();
    const UTF8_NAMES: u16 = 1 << 11;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in entries {
        let offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
        let crc = crc32fast::hash(content);
        let size = u32::try_from(content.len()).unwrap_or(u32::MAX);
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        // Local file header.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        out.extend_from_slice(&20u16.to_le_bytes()); // version needed
        out.extend_from_slice(&UTF8_NAMES.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // stored
        out.extend_from_slice(&time.to_le_bytes());
        out.extend_from_slice(&date.to_le_bytes());
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes()); // extra
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(content);
        // Its central directory entry.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        central.extend_from_slice(&20u16.to_le_bytes()); // needed
        central.extend_from_slice(&UTF8_NAMES.to_le_bytes());
        central.extend_from_slice(&0u16.to_le_bytes());
        central.extend_from_slice(&time.to_le_bytes());
        central.extend_from_slice(&date.to_le_bytes());
        central.extend_from_slice(&crc.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&size.to_le_bytes());
        central.extend_from_slice(&name_len.to_le_bytes());
        central.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let central_at = u32::try_from(out.len()).unwrap_or(u32::MAX);
    let central_size = u32::try_from(central.len()).unwrap_or(u32::MAX);
    let count = u16::try_from(entries.len()).unwrap_or(u16::MAX);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_size.to_le_bytes());
    out.extend_from_slice(&central_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The entries of a stored ZIP, read back through its central directory, each checked
    /// against its CRC.
    pub(crate) fn read_zip(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
        let le16 = |at: usize| u16::from_le_bytes([zip[at], zip[at + 1]]) as usize;
        let le32 = |at: usize| {
            u32::from_le_bytes([zip[at], zip[at + 1], zip[at + 2], zip[at + 3]]) as usize
        };
        let end = zip.len() - 22;
        assert_eq!(le32(end), 0x0605_4b50, "the end record");
        let (count, mut at) = (le16(end + 10), le32(end + 16));
        let mut entries = Vec::new();
        for _ in 0..count {
            assert_eq!(le32(at), 0x0201_4b50, "a central entry");
            let crc = le32(at + 16) as u32;
            let size = le32(at + 24);
            let name_len = le16(at + 28);
            let local = le32(at + 42);
            let name = String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).unwrap();
            assert_eq!(le32(local), 0x0403_4b50, "a local header");
            let data_at = local + 30 + le16(local + 26) + le16(local + 28);
            let content = zip[data_at..data_at + size].to_vec();
            assert_eq!(crc32fast::hash(&content), crc, "{name}");
            entries.push((name, content));
            at += 46 + name_len;
        }
        entries
    }

    #[test]
    fn a_stored_zip_reads_back_whole() {
        let entries = vec![
            (
                "case-file.txt".to_owned(),
                "Case file: CMP-2026-000001".as_bytes().to_vec(),
            ),
            (
                "attachments/01-Łazienka.jpg".to_owned(),
                vec![0xff, 0xd8, 0xff, 0, 1, 2],
            ),
            ("empty.txt".to_owned(), Vec::new()),
        ];
        let zip = stored_zip(&entries, Utc::now());
        assert_eq!(read_zip(&zip), entries);
    }

    #[test]
    fn file_names_are_safe_anywhere() {
        assert_eq!(safe_name("../../etc/passwd"), "etc-passwd");
        assert_eq!(
            safe_name("Your complaint CMP-2026-000001: our response"),
            "Your-complaint-CMP-2026-000001--our-response"
        );
        assert_eq!(safe_name("///"), "file");
        assert_eq!(safe_name("Łazienka 1.jpg"), "Łazienka-1.jpg");
        let long = format!("{}.pdf", "a".repeat(200));
        assert_eq!(safe_name(&long), format!("{}.pdf", "a".repeat(80)));
    }

    #[tokio::test]
    async fn a_case_file_holds_the_record_every_letter_and_every_file() {
        let (_dir, backend) = crate::tests::fresh().await;
        assert!(backend.seed_demo_tenancies().await.unwrap());
        crate::logged::tests_support::logged_for_tenancy(&backend, "10023456", "k").await;
        let reference = backend
            .queue(&crate::handling::QueueFilter::default())
            .await
            .unwrap()
            .items[0]
            .reference
            .clone();
        let file = backend
            .case_file(&reference)
            .await
            .unwrap()
            .expect("a file");
        assert_eq!(file.file_name, format!("case-file-{reference}.zip"));
        let entries = read_zip(&file.zip);
        let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "case-file.txt");
        assert!(
            names[1].starts_with("letters/01-We-have-received-your-complaint"),
            "{names:?}"
        );
        let record = String::from_utf8(entries[0].1.clone()).unwrap();
        for said in [
            &format!("Case file: {reference} (Complaint)"),
            "Received: Friday 20 November 2026 at 16:30, by phone",
            "Resident (no account): Sam Khan",
            "Home: 14 Padiham Road, Burnley (rent reference 10023456)",
            "What happened: Nobody came to fix the leaking roof.",
            "Contact by: Letter by post",
            "1. Receipt of the complaint: happened Friday 20 November 2026 at 16:30 by Sam Khan; recorded Monday 23 November 2026 at 09:00 by Pat Officer.",
            "Acknowledgement due by: Friday 27 November 2026",
        ] {
            assert!(record.contains(said), "{said} in\n{record}");
        }
        assert!(backend
            .case_file("CMP-2026-999999")
            .await
            .unwrap()
            .is_none());
    }
}
