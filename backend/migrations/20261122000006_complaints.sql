-- Complaints, safety concerns and compliments, the events that move them on, and the draft a
-- resident is part-way through.

-- One draft per account: everything typed so far, exactly as typed (domain::filing::Draft as
-- JSON), saved after every page so a reload, a lost connection or a timed-out session loses
-- nothing. The key is sent with "Send": sending twice files once.
CREATE TABLE drafts (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    answers TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,            -- CMP-2026-000123, what the resident quotes
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'concern', 'compliment')),
    filed_by INTEGER NOT NULL REFERENCES accounts (id),
    details TEXT NOT NULL,                     -- domain::filing::Submission as JSON
    idempotency_key TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    UNIQUE (year, number)
) STRICT;
CREATE INDEX complaints_by_filer ON complaints (filed_by);

-- Append-only: every change is a new event; nothing is edited or deleted.
CREATE TABLE complaint_events (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    event TEXT NOT NULL,                       -- domain::Event as JSON (what, when, by whom)
    occurred_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL
) STRICT;
CREATE INDEX complaint_events_in_order ON complaint_events (complaint_id, id);
CREATE TRIGGER complaint_events_are_never_changed BEFORE UPDATE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint events are never changed: record a correcting event'); END;
CREATE TRIGGER complaint_events_are_never_deleted BEFORE DELETE ON complaint_events
BEGIN SELECT RAISE(ABORT, 'complaint events are never deleted'); END;
