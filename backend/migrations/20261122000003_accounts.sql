-- Resident accounts, their emailed single-use links, sessions, and the mail outbox.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,               -- argon2id, PHC string
    rent_reference TEXT REFERENCES tenancies (rent_reference),
    verified_at TEXT,                          -- NULL until the emailed link is followed
    created_at TEXT NOT NULL
) STRICT;

-- Single-use, time-limited links (email verification, password reset). Only a hash is kept.
CREATE TABLE email_tokens (
    token_hash BLOB PRIMARY KEY NOT NULL,      -- SHA-256 of the token in the link
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('verify', 'reset')),
    expires_at TEXT NOT NULL,
    used_at TEXT
) STRICT;

CREATE TABLE sessions (
    id_hash BLOB PRIMARY KEY NOT NULL,         -- SHA-256 of the cookie value
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Mail waiting to go, written in the same transaction as what caused it.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT
) STRICT;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;
