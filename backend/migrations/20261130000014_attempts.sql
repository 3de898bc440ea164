-- Attempts counted against the rate limits of domain::limits (signing in, registering,
-- resetting a password), kept in the database so that a limit holds across a restart and
-- across several server processes. The key names an account or a client address, so only
-- its hash is stored.

CREATE TABLE attempts (
    key_hash BLOB NOT NULL,
    at TEXT NOT NULL
) STRICT;
CREATE INDEX attempts_by_key ON attempts (key_hash, at);
CREATE INDEX attempts_by_age ON attempts (at);
