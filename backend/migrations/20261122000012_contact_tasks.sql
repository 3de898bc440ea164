-- What colleagues do so that a letter reaches a resident who does not get it by email: post it,
-- or phone them (domain::letters::sending, by the resident's preferred contact method). Done
-- once, by whom and when; never deleted.
CREATE TABLE contact_tasks (
    id INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letters (id),
    task TEXT NOT NULL CHECK (task IN ('post', 'phone')),
    created_at TEXT NOT NULL,
    done_at TEXT,
    done_by TEXT,
    UNIQUE (letter_id, task)
) STRICT;
CREATE INDEX contact_tasks_open ON contact_tasks (done_at, id);
CREATE TRIGGER contact_tasks_are_never_deleted BEFORE DELETE ON contact_tasks
BEGIN SELECT RAISE(ABORT, 'contact tasks are never deleted'); END;
