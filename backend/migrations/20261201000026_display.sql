-- How the account's holder wants the pages shown (`domain::display`): `larger.high`, or empty
-- for the standard text size and colours. Copied to the device's cookie when they sign in.
ALTER TABLE accounts ADD COLUMN display TEXT NOT NULL DEFAULT '';
