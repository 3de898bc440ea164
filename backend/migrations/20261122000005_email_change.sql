-- Single-use links may now also confirm a change of email address: the new address waits on
-- the link until it is followed. (SQLite cannot alter a CHECK, so the table is rebuilt.)

CREATE TABLE email_tokens_new (
    token_hash BLOB PRIMARY KEY NOT NULL,      -- SHA-256 of the token in the link
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset', 'change_email')),
    expires_at TEXT NOT NULL,
    used_at TEXT,
    new_email TEXT CHECK ((purpose = 'change_email') = (new_email IS NOT NULL))
) STRICT;
INSERT INTO email_tokens_new (token_hash, account_id, purpose, expires_at, used_at)
    SELECT token_hash, account_id, purpose, expires_at, used_at FROM email_tokens;
DROP TABLE email_tokens;
ALTER TABLE email_tokens_new RENAME TO email_tokens;
