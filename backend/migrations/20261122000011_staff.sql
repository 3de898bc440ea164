-- The landlord's side: colleagues (accounts with a role; they sign in through the same page),
-- the integrations' API tokens, who recorded each event, and the letters events send.

ALTER TABLE accounts ADD COLUMN role TEXT
    CHECK (role IN ('handler', 'complaints_officer', 'administrator'));  -- NULL: not staff

-- Per-integration bearer tokens for /api/v1. Only a SHA-256 of the token is kept.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),   -- the integration, e.g. "Housing system"
    token_hash BLOB NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) STRICT;

-- Who recorded an event (a colleague's name, or "API: <integration>"); NULL for events the
-- resident's own actions recorded. The event itself says who acted (`by`).
ALTER TABLE complaint_events ADD COLUMN recorded_by TEXT;

-- The letter an event sent the resident, kept with the event; never changed or deleted.
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    event_id INTEGER NOT NULL UNIQUE REFERENCES complaint_events (id),
    letter TEXT NOT NULL,                      -- domain::letters::Letter as JSON
    delivery TEXT NOT NULL CHECK (delivery IN ('email', 'post')),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX letters_by_complaint ON letters (complaint_id, id);
CREATE TRIGGER letters_are_never_changed BEFORE UPDATE ON letters
BEGIN SELECT RAISE(ABORT, 'letters are never changed'); END;
CREATE TRIGGER letters_are_never_deleted BEFORE DELETE ON letters
BEGIN SELECT RAISE(ABORT, 'letters are never deleted'); END;
