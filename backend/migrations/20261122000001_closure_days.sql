-- Days the landlord's offices are closed on top of the England and Wales bank holidays
-- (for example a staff training day). They are not working days for any complaint deadline.
CREATE TABLE closure_days (
    day TEXT PRIMARY KEY NOT NULL CHECK (day = date(day)), -- YYYY-MM-DD, local to Europe/London
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
