-- What one page of the complaint journey sent after the session had ended (an idle hour), kept
-- against a random cookie until the resident signs in again, then joined to their draft. Only
-- the cookie's hash is stored.

CREATE TABLE kept_answers (
    token_hash BLOB PRIMARY KEY,
    page TEXT NOT NULL,          -- the journey page to return to, e.g. /complaint/new/details
    answers TEXT NOT NULL,       -- the page's answers as a domain::filing::Draft, as JSON
    created_at TEXT NOT NULL
) STRICT;
