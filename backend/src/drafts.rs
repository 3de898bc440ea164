//! Drafts saved together. Every page of the complaint journey saves the draft, so a resident
//! who files makes five writes before the one that files, and with `synchronous=FULL` each
//! write waits for the disk, one write at a time. Drafts saved while another draft is being
//! written wait for it, then go in one transaction together: one wait for the disk for all of
//! them (group commit). None is answered before its transaction is on disk, so a saved page is
//! as safe as it was; and one that cannot be stored (its account gone) is written again alone,
//! so that it fails alone.

use std::sync::Mutex;

use tokio::sync::oneshot;

use crate::{Backend, BackendError};

/// At most so many drafts in one transaction, so that the write lock is not held long.
const MOST_AT_ONCE: usize = 64;

/// One draft to store: the account, its answers as JSON and when.
#[derive(Debug)]
pub(crate) struct DraftSave {
    pub(crate) account: i64,
    pub(crate) answers: String,
    pub(crate) at: String,
}

type Answer = oneshot::Sender<Result<(), BackendError>>;

/// The drafts waiting to be written, and whether a writer is at work.
#[derive(Debug, Default)]
pub(crate) struct Waiting(Mutex<Queue>);

#[derive(Debug, Default)]
struct Queue {
    saves: Vec<(DraftSave, Answer)>,
    writing: bool,
}

impl Waiting {
    fn queue(&self) -> std::sync::MutexGuard<'_, Queue> {
        // Nothing is left half-done while the lock is held: a panic elsewhere leaves a usable
        // queue.
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Puts `save` in the queue; whether the caller must start a writer (none is at work).
    fn push(&self, save: DraftSave, answer: Answer) -> bool {
        let mut queue = self.queue();
        queue.saves.push((save, answer));
        !std::mem::replace(&mut queue.writing, true)
    }

    /// The next drafts to write; `None`, and the writer's work is over, when there are none.
    fn next(&self) -> Option<Vec<(DraftSave, Answer)>> {
        let mut queue = self.queue();
        if queue.saves.is_empty() {
            queue.writing = false;
            return None;
        }
        let at_once = queue.saves.len().min(MOST_AT_ONCE);
        let rest = queue.saves.split_off(at_once);
        Some(std::mem::replace(&mut queue.saves, rest))
    }
}

/// How writing waiting drafts together went.
#[derive(Clone, Copy)]
enum Together {
    Stored,
    /// The database was busy: every one of them is told so (try again in a moment).
    Busy,
    /// Not tried (one draft alone), or one of them could not be stored.
    Failed,
}

/// Ends a writer that stops before the queue is empty (its task cancelled as the runtime
/// stops, or a panic): the drafts still waiting are answered with an error rather than never,
/// and the next save starts a new writer.
struct Writer<'a> {
    waiting: &'a Waiting,
    done: bool,
}

impl Drop for Writer<'_> {
    fn drop(&mut self) {
        if !self.done {
            let mut queue = self.waiting.queue();
            queue.writing = false;
            queue.saves.clear();
        }
    }
}

impl Backend {
    /// Stores `save` with whatever other drafts are waiting; answers once it is on disk.
    pub(crate) async fn save_draft_grouped(&self, save: DraftSave) -> Result<(), BackendError> {
        let (answer, answered) = oneshot::channel();
        if self.drafts.push(save, answer) {
            tokio::spawn(self.clone().write_waiting_drafts());
        }
        answered
            .await
            .unwrap_or(Err(BackendError::Query(sqlx::Error::WorkerCrashed)))
    }

    /// Writes the waiting drafts, as many at once as are waiting, until none is.
    async fn write_waiting_drafts(self) {
        let mut writer = Writer {
            waiting: &self.drafts,
            done: false,
        };
        while let Some(saves) = self.drafts.next() {
            let together = if saves.len() > 1 {
                match self.store_drafts(saves.iter().map(|(save, _)| save)).await {
                    Ok(()) => Together::Stored,
                    // The database busy: each would wait as long again, one after another.
                    Err(error) if error.is_busy() => Together::Busy,
                    Err(error) => {
                        tracing::warn!(%error, drafts = saves.len(), "drafts written again one by one");
                        Together::Failed
                    }
                }
            } else {
                Together::Failed
            };
            for (save, answer) in saves {
                let stored = match together {
                    Together::Stored => Ok(()),
                    Together::Busy => Err(BackendError::Query(sqlx::Error::PoolTimedOut)),
                    // One draft that cannot be stored must not fail the others: each alone.
                    Together::Failed => self.store_drafts(std::iter::once(&save)).await,
                };
                let _ = answer.send(stored);
            }
        }
        writer.done = true;
    }

    /// Stores `saves` in one transaction.
    async fn store_drafts(
        &self,
        saves: impl Iterator<Item = &DraftSave>,
    ) -> Result<(), BackendError> {
        let mut tx = self.write_transaction().await?;
        for save in saves {
            crate::filing::store_draft(&mut *tx, save).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use domain::filing::Draft;

    use crate::tests::{accounts, fresh};

    /// Many residents saving at once each find their own draft, and one draft that cannot be
    /// stored (its account does not exist) fails alone.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn drafts_saved_at_once_are_each_stored_and_a_bad_one_fails_alone() {
        let (_dir, backend) = fresh().await;
        let accounts = accounts(&backend, "r", 40).await;
        let missing = accounts.iter().max().expect("accounts") + 1000;
        let mut saving = tokio::task::JoinSet::new();
        for (n, &id) in accounts.iter().chain(std::iter::once(&missing)).enumerate() {
            let backend = backend.clone();
            saving.spawn(async move {
                let draft = Draft {
                    what_happened: format!("Draft {n}: the boiler is broken."),
                    ..Draft::default()
                };
                (id, backend.save_draft(id, &draft).await.is_ok(), n)
            });
        }
        let mut stored = 0;
        while let Some(saved) = saving.join_next().await {
            let (id, ok, n) = saved.expect("joins");
            if id == missing {
                assert!(!ok, "a draft for an account that does not exist was stored");
                continue;
            }
            assert!(ok, "account {id}'s draft was refused");
            let (draft, _) = backend.draft(id).await.expect("reads").expect("stored");
            assert_eq!(
                draft.what_happened,
                format!("Draft {n}: the boiler is broken.")
            );
            stored += 1;
        }
        assert_eq!(stored, 40);
        // The queue is empty and its writer gone: a later draft starts a new one.
        let later = Draft {
            outcome: "Fix it".into(),
            ..Draft::default()
        };
        backend
            .save_draft(accounts[0], &later)
            .await
            .expect("saves");
        let (draft, _) = backend
            .draft(accounts[0])
            .await
            .expect("reads")
            .expect("some");
        assert_eq!(draft.outcome, "Fix it");
    }
}
