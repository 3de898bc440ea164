//! Photos and documents: added to the account's draft, filed with the complaint, and read
//! only by whoever filed it.

use domain::attachments::{check, clean_name, AttachmentError, FileKind};

use crate::clock::stamp;
use crate::{Backend, BackendError};

/// A file, without its content.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AttachmentInfo {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
}

/// A file with its content, to send to the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentFile {
    pub file_name: String,
    pub kind: FileKind,
    pub content: Vec<u8>,
}

impl Backend {
    /// The files on the account's draft, oldest first.
    pub async fn draft_attachments(
        &self,
        account: i64,
    ) -> Result<Vec<AttachmentInfo>, BackendError> {
        Ok(sqlx::query_as(
            "SELECT id, file_name, content_type, size FROM attachments
             WHERE account_id = ? AND complaint_id IS NULL ORDER BY id",
        )
        .bind(account)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Adds a file to the account's draft if it is a photo or PDF of an accepted size and the
    /// draft has room; otherwise says why not.
    pub async fn add_draft_attachment(
        &self,
        account: i64,
        file_name: &str,
        content: &[u8],
    ) -> Result<Result<AttachmentInfo, AttachmentError>, BackendError> {
        let mut tx = self.write_transaction().await?;
        let existing: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM attachments WHERE account_id = ? AND complaint_id IS NULL",
        )
        .bind(account)
        .fetch_one(&mut *tx)
        .await?;
        let kind = match check(content, usize::try_from(existing).unwrap_or(usize::MAX)) {
            Ok(kind) => kind,
            Err(refusal) => return Ok(Err(refusal)),
        };
        let name = clean_name(file_name);
        let size = i64::try_from(content.len()).unwrap_or(i64::MAX);
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO attachments (account_id, file_name, content_type, size, content, created_at)
             VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .bind(account)
        .bind(&name)
        .bind(kind.content_type())
        .bind(size)
        .bind(content)
        .bind(stamp(self.clock.now()))
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Ok(AttachmentInfo {
            id,
            file_name: name,
            content_type: kind.content_type().to_owned(),
            size,
        }))
    }

    /// Takes a file off the account's draft. `false` if it is not on it.
    pub async fn remove_draft_attachment(
        &self,
        account: i64,
        id: i64,
    ) -> Result<bool, BackendError> {
        let removed = sqlx::query(
            "DELETE FROM attachments WHERE id = ? AND account_id = ? AND complaint_id IS NULL",
        )
        .bind(id)
        .bind(account)
        .execute(&self.pool)
        .await?;
        Ok(removed.rows_affected() == 1)
    }

    /// A file the account added (to its draft or to a complaint it filed), or, for a
    /// `colleague` (a session that has passed the second factor: the caller decides from the
    /// session, never from the stored role), any file filed with a complaint; `None` for any
    /// other, so nobody can read another's by changing the number.
    pub async fn attachment(
        &self,
        account: i64,
        colleague: bool,
        id: i64,
    ) -> Result<Option<AttachmentFile>, BackendError> {
        let row: Option<(String, String, Vec<u8>)> = sqlx::query_as(
            "SELECT file_name, content_type, content FROM attachments WHERE id = ?1 AND (account_id = ?2
             OR (complaint_id IS NOT NULL AND ?3))",
        )
        .bind(id)
        .bind(account)
        .bind(colleague)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(file_name, content_type, content)| {
            Ok(AttachmentFile {
                kind: FileKind::from_content_type(&content_type)
                    .ok_or_else(|| BackendError::BadRecord(content_type.clone()))?,
                file_name,
                content,
            })
        })
        .transpose()
    }

    /// The files filed with a complaint.
    pub async fn complaint_attachments(
        &self,
        complaint: i64,
    ) -> Result<Vec<AttachmentInfo>, BackendError> {
        Ok(sqlx::query_as(
            "SELECT id, file_name, content_type, size FROM attachments WHERE complaint_id = ? ORDER BY id",
        )
        .bind(complaint)
        .fetch_all(&self.pool)
        .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{account, fresh};

    #[tokio::test]
    async fn a_photo_is_kept_and_read_back_only_by_whoever_added_it() {
        let (_dir, backend) = fresh().await;
        let alex = account(&backend, "alex@example.com", None).await;
        let sam = account(&backend, "sam@example.com", None).await;
        let photo = b"\xFF\xD8\xFF\xE0 a photo".to_vec();
        let added = backend
            .add_draft_attachment(alex, "C:\\photos\\damp.jpg", &photo)
            .await
            .expect("runs")
            .expect("accepted");
        assert_eq!(added.file_name, "damp.jpg");
        assert_eq!(added.content_type, "image/jpeg");
        let read = backend
            .attachment(alex, false, added.id)
            .await
            .expect("runs")
            .expect("alex's");
        assert_eq!(read.content, photo);
        assert_eq!(
            backend
                .attachment(sam, false, added.id)
                .await
                .expect("runs"),
            None
        );
        assert!(!backend
            .remove_draft_attachment(sam, added.id)
            .await
            .expect("runs"));
        assert!(backend
            .remove_draft_attachment(alex, added.id)
            .await
            .expect("runs"));
        assert!(backend
            .draft_attachments(alex)
            .await
            .expect("runs")
            .is_empty());
    }

    #[tokio::test]
    async fn a_file_that_is_not_a_photo_or_pdf_is_refused_whatever_its_name() {
        let (_dir, backend) = fresh().await;
        let alex = account(&backend, "alex@example.com", None).await;
        let refused = backend
            .add_draft_attachment(alex, "photo.jpg", b"MZ\x90\x00 an executable")
            .await
            .expect("runs");
        assert_eq!(refused, Err(AttachmentError::WrongType));
        for n in 0..domain::attachments::MAX_FILES {
            backend
                .add_draft_attachment(alex, &format!("{n}.pdf"), b"%PDF-1.7")
                .await
                .expect("runs")
                .expect("accepted");
        }
        assert_eq!(
            backend
                .add_draft_attachment(alex, "one more.pdf", b"%PDF-1.7")
                .await
                .expect("runs"),
            Err(AttachmentError::TooMany)
        );
    }
}
