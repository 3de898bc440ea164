-- Linking an account to a tenancy needs proof a stranger cannot have (domain::linking).
-- accounts.rent_reference is now only ever a proven link; what an account asked for, and how
-- it was settled, is a link request.

-- What the housing system holds for the lead tenant, from the register import (all optional).
ALTER TABLE tenancies ADD COLUMN date_of_birth TEXT;   -- YYYY-MM-DD
ALTER TABLE tenancies ADD COLUMN email TEXT;           -- as held; compared case-insensitively
ALTER TABLE tenancies ADD COLUMN phone TEXT;           -- domain::values::PhoneNumber digits

-- Accounts made to act for residents never link to a tenancy.
ALTER TABLE accounts ADD COLUMN representative INTEGER NOT NULL DEFAULT 0
    CHECK (representative IN (0, 1));
UPDATE accounts SET representative = 1 WHERE rent_reference IS NULL AND role IS NULL;

CREATE TABLE link_requests (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    rent_reference TEXT NOT NULL,               -- as given (normalised); may match no tenancy
    postcode TEXT NOT NULL,
    date_of_birth TEXT,                         -- as given, YYYY-MM-DD
    phone TEXT,
    tenancy TEXT REFERENCES tenancies (rent_reference),  -- set when reference and postcode match
    -- Codes asked for and wrong tries are counted here, not on the codes, so that a request
    -- for a home that matched nothing (and so has no code) answers exactly like one that did.
    codes_sent INTEGER NOT NULL DEFAULT 0,
    code_sent_at TEXT,
    wrong_codes INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    settled_at TEXT,
    outcome TEXT CHECK (outcome IN ('matched', 'code', 'approved', 'replaced')),
    settled_by INTEGER REFERENCES accounts (id) -- the linked account that approved or declined
) STRICT;
CREATE INDEX link_requests_by_account ON link_requests (account_id, settled_at);
CREATE INDEX link_requests_by_tenancy ON link_requests (tenancy, settled_at);

-- Activation codes posted to the home. Only the code's hash is checked; the letter with the
-- code is kept only until a colleague has posted it.
CREATE TABLE activation_codes (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES link_requests (id),
    code_hash BLOB NOT NULL,
    letter TEXT,                                -- the letter's text, with the code; NULL once posted
    addressee TEXT NOT NULL,
    address TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,                               -- used, or replaced by a newer code
    created_at TEXT NOT NULL,
    posted_at TEXT,
    posted_by TEXT
) STRICT;
CREATE INDEX activation_codes_by_request ON activation_codes (request_id);
CREATE INDEX activation_codes_to_post ON activation_codes (posted_at, id);

-- Links made before proof was needed become requests to prove: the account keeps what it
-- filed, and sees the tenancy's other complaints, letters and consents once it is linked again.
-- Colleagues and accounts that act for residents are never linked.
INSERT INTO link_requests (account_id, rent_reference, postcode, tenancy, created_at)
    SELECT a.id, a.rent_reference, t.postcode, t.rent_reference, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM accounts a JOIN tenancies t ON t.rent_reference = a.rent_reference
    WHERE a.role IS NULL AND a.representative = 0;
UPDATE accounts SET rent_reference = NULL;
-- Invitations given under those links end with them: a resident invites again once linked.
UPDATE invitations SET status = 'withdrawn', decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE status IN ('invited', 'accepted');

-- A household's "decline" is never told to the account asking (it would say the home matched):
-- the request only stops being shown to the household.
ALTER TABLE link_requests ADD COLUMN declined_at TEXT;
ALTER TABLE link_requests ADD COLUMN declined_by INTEGER REFERENCES accounts (id);
