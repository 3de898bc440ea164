-- no-transaction
-- Complaints from every channel (policy 2024 §4.1, §4.3): a colleague logs a complaint,
-- safety concern or compliment a resident made by phone, in person, by letter, by email or
-- through social media. The resident may have no account: then the complaint names the
-- tenancy it is about and the resident's name (and email, when they gave one), and whoever
-- links an account to that tenancy later sees it. `received_at` stays when the landlord
-- received it (the clock runs from then); who logged it and when is its received event's
-- `recorded_by` and `recorded_at`.
--
-- `filed_by` becomes optional. SQLite cannot drop a NOT NULL, so the table is rebuilt (its
-- documented way: foreign keys off, a new table, copy, drop, rename, check). This runs outside
-- sqlx's transaction because `PRAGMA foreign_keys` cannot change inside one; its own
-- transaction makes it all or nothing. On PostgreSQL this file is instead:
--   ALTER TABLE complaints ALTER COLUMN filed_by DROP NOT NULL;
--   ALTER TABLE complaints ADD COLUMN channel ..., ADD COLUMN resident_reference ..., ...
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE complaints_new (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'concern', 'compliment')),
    filed_by INTEGER REFERENCES accounts (id),  -- the account that filed it, or whom it was logged for
    details TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    -- How the landlord received it.
    channel TEXT NOT NULL DEFAULT 'online'
        CHECK (channel IN ('online', 'phone', 'in_person', 'letter', 'email', 'social_media')),
    -- Logged for a resident without an account: their tenancy, name and email (if given).
    resident_reference TEXT REFERENCES tenancies (rent_reference),
    resident_name TEXT,
    resident_email TEXT,
    CHECK ((filed_by IS NULL) = (resident_reference IS NOT NULL AND resident_name IS NOT NULL)),
    CHECK (channel <> 'online' OR filed_by IS NOT NULL),
    UNIQUE (year, number)
) STRICT;
INSERT INTO complaints_new (id, reference, year, number, kind, filed_by, details, idempotency_key, received_at)
    SELECT id, reference, year, number, kind, filed_by, details, idempotency_key, received_at FROM complaints;
DROP TABLE complaints;
ALTER TABLE complaints_new RENAME TO complaints;
CREATE INDEX complaints_by_filer ON complaints (filed_by);
CREATE INDEX complaints_by_tenancy ON complaints (resident_reference) WHERE resident_reference IS NOT NULL;
COMMIT;
PRAGMA foreign_keys = ON;
