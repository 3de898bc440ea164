-- What administrators manage about when the landlord is open (besides `closure_days`): the
-- out-of-hours number for emergency repairs, and a revision counted up by every change to it
-- or to the closure days. Each server process keeps the calendar and the number in memory and
-- reads the revision in its one shared look at the database a second, so that a change made
-- by another process (the command line, a second server) reaches every page within a second.
CREATE TABLE opening (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    out_of_hours_phone TEXT NOT NULL CHECK (length(out_of_hours_phone) BETWEEN 10 AND 11),
    revision INTEGER NOT NULL
) STRICT;

-- The landlord's published number (seeds: "call us on 01282 686300") until an administrator
-- sets the out-of-hours line.
INSERT INTO opening (id, out_of_hours_phone, revision) VALUES (1, '01282686300', 1);

-- Who changed the closure days or the number, when, and what they did: a closure day moves
-- deadlines, so each change is kept.
CREATE TABLE opening_changes (
    id INTEGER PRIMARY KEY,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    change TEXT NOT NULL
) STRICT;
