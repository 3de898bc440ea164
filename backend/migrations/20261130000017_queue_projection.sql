-- The work queue's stored projection: each complaint's state and deadlines as the domain's
-- fold of its events gives them, written in the same transaction as each event, so that the
-- queue is filtered, ordered and paged by the database rather than by folding every
-- complaint on every request. `server rebuild-queue` writes it again from the events; so does
-- the server at start when it is missing rows or was written by other rules.

CREATE TABLE complaint_queue (
    complaint_id INTEGER PRIMARY KEY REFERENCES complaints (id),
    upto_event INTEGER NOT NULL,        -- the newest event folded into it
    kind TEXT NOT NULL,                 -- complaint, concern or compliment
    state TEXT NOT NULL,                -- domain::State::code
    stage INTEGER,                      -- 1 or 2; NULL when closed
    next_by TEXT,                       -- the next deadline's last day (YYYY-MM-DD), if any
    next_owed BOOLEAN NOT NULL,         -- whether the landlord owes that deadline
    sort_group INTEGER NOT NULL,        -- domain::handling::queue_key, part by part
    sort_risk INTEGER NOT NULL,
    sort_due TEXT NOT NULL,             -- next_by, or 9999-12-31 when there is none
    sort_received TEXT NOT NULL,
    line TEXT NOT NULL                  -- the rest of the queue's line, as JSON
);
CREATE INDEX complaint_queue_order
    ON complaint_queue (sort_group, sort_risk, sort_due, sort_received, complaint_id);
CREATE INDEX complaint_queue_state ON complaint_queue (state);

-- What each stored projection was written by: a digest of its rules and the working-day
-- calendar it used.
CREATE TABLE projections (
    name TEXT PRIMARY KEY,
    rules TEXT NOT NULL
);
