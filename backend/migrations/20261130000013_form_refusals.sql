-- What a form post was refused for (the messages, and what was typed, which may be sensitive),
-- kept for the page that shows it again instead of being put in that page's address. Found by
-- a random cookie (only its hash is stored), read once, and kept at most a minute.

CREATE TABLE form_refusals (
    token_hash BLOB PRIMARY KEY NOT NULL,
    form TEXT NOT NULL,          -- the address of the server function the form posts to
    refusal TEXT NOT NULL,       -- what it was refused for, as the server function encodes it
    expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX form_refusals_by_expiry ON form_refusals (expires_at);
