-- Colleagues' second factor (domain::second_factor): an authenticator app's secret, and
-- one-time recovery codes. A session of a colleague reaches the console only once it has
-- passed the second factor.

CREATE TABLE second_factors (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id),
    secret BLOB NOT NULL,                      -- the shared secret (RFC 6238, SHA-1)
    confirmed_at TEXT,                         -- NULL while it is being set up
    last_step INTEGER NOT NULL DEFAULT 0       -- the newest time step used: each code works once
) STRICT;

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    code_hash BLOB NOT NULL,                   -- SHA-256 of the code
    used_at TEXT
) STRICT;
CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);

ALTER TABLE sessions ADD COLUMN second_factor_at TEXT;  -- when this session passed it
