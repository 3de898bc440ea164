-- A letter in Braille, as audio, or translated into the resident's language is a task for a
-- colleague too (domain::letters::sending), with the letter it copies. SQLite cannot change a
-- CHECK, so the table is made again with the wider list and the same rows; PostgreSQL would
-- drop and add the constraint instead.
CREATE TABLE contact_tasks_new (
    id INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letters (id),
    task TEXT NOT NULL CHECK (task IN ('post', 'phone', 'braille', 'audio', 'translation')),
    created_at TEXT NOT NULL,
    done_at TEXT,
    done_by TEXT,
    UNIQUE (letter_id, task)
) STRICT;
INSERT INTO contact_tasks_new (id, letter_id, task, created_at, done_at, done_by)
    SELECT id, letter_id, task, created_at, done_at, done_by FROM contact_tasks;
DROP TRIGGER contact_tasks_are_never_deleted;
DROP INDEX contact_tasks_open;
DROP TABLE contact_tasks;
ALTER TABLE contact_tasks_new RENAME TO contact_tasks;
CREATE INDEX contact_tasks_open ON contact_tasks (done_at, id);
CREATE TRIGGER contact_tasks_are_never_deleted BEFORE DELETE ON contact_tasks
BEGIN SELECT RAISE(ABORT, 'contact tasks are never deleted'); END;
