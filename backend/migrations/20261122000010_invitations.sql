-- Someone the resident has invited, from their own account, to act for them on all their
-- complaints. The invitation is the resident's own consent, so nothing waits for staff. The
-- person accepts by the link mailed to them, signed in with the address it went to; the
-- resident can withdraw it at any time.

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    resident_account INTEGER NOT NULL REFERENCES accounts (id),
    resident_reference TEXT NOT NULL,          -- the tenancy it is for
    email TEXT NOT NULL,                       -- where the invitation went
    details TEXT NOT NULL,                     -- domain::representation::Invitation as JSON
    expires_on TEXT,                           -- YYYY-MM-DD, the last day it lasts, if it ends
    token_hash BLOB NOT NULL UNIQUE,           -- the link's secret; only its hash is kept
    link_expires_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'withdrawn')),
    representative_account INTEGER REFERENCES accounts (id),   -- who accepted it
    created_at TEXT NOT NULL,
    decided_at TEXT
) STRICT;
CREATE INDEX invitations_by_resident ON invitations (resident_reference);
CREATE INDEX invitations_by_representative ON invitations (representative_account);
