-- Someone acting for a resident, with the consent they say they have. Nothing about the
-- resident or their complaint is shown to the representative until the consent is verified
-- (by staff, or by the resident in their own account) [DOMAIN "Who may act"].

CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),   -- the complaint it came with
    representative_account INTEGER NOT NULL REFERENCES accounts (id),
    resident_reference TEXT,                   -- the rent reference given, if any
    details TEXT NOT NULL,                     -- domain::representation::Representation as JSON
    scope TEXT NOT NULL CHECK (scope IN ('this_complaint', 'all_complaints')),
    expires_on TEXT,                           -- YYYY-MM-DD, the last day, if it ends
    status TEXT NOT NULL DEFAULT 'unverified'
        CHECK (status IN ('unverified', 'verified', 'refused', 'withdrawn')),
    created_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT                            -- "the resident" or a colleague's name
) STRICT;
CREATE INDEX consents_by_resident ON consents (resident_reference);
CREATE INDEX consents_by_representative ON consents (representative_account);
