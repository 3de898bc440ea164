-- A resident's name as they want it written, how they want to be contacted, and the support
-- they need [policy 2024 §4, §11]. The codes are domain::preferences' `code()` values.

ALTER TABLE accounts ADD COLUMN name TEXT;
ALTER TABLE accounts ADD COLUMN contact_method TEXT NOT NULL DEFAULT 'email'
    CHECK (contact_method IN ('email', 'phone', 'letter'));
ALTER TABLE accounts ADD COLUMN phone TEXT;
ALTER TABLE accounts ADD COLUMN call_times TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN formats TEXT NOT NULL DEFAULT '';      -- codes, comma-separated
ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN interpreter INTEGER NOT NULL DEFAULT 0 CHECK (interpreter IN (0, 1));
ALTER TABLE accounts ADD COLUMN adjustments TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN preferences_updated_at TEXT;
