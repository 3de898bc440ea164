-- Photos and documents sent with a complaint, kept in the database with everything else
-- (so a backup has them, and only a query that checks who is asking can read them).
-- complaint_id is NULL while the file belongs to the account's draft.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    complaint_id INTEGER REFERENCES complaints (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,                -- from the file's first bytes, not its name
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_of_drafts ON attachments (account_id) WHERE complaint_id IS NULL;
CREATE INDEX attachments_of_complaints ON attachments (complaint_id);
