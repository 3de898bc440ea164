-- What complaints are about, as categories each response is filed under (for the landlord's
-- reports and learning). Administrators add to them and retire them; a category is never
-- deleted, so every past response keeps its meaning. `code` is made from the name when it is
-- added (`domain::outcomes::category_code`).

CREATE TABLE categories (
    code TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 1 AND 60),
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    retired_at TEXT   -- when it stopped being offered for new responses; NULL while offered
);

-- Who added, retired or offered again each category, and when.
CREATE TABLE category_changes (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL REFERENCES categories (code),
    change TEXT NOT NULL CHECK (change IN ('added', 'retired', 'restored')),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);

INSERT INTO categories (code, name) VALUES
    ('repairs', 'Repairs'),
    ('damp_and_mould', 'Damp and mould'),
    ('anti_social_behaviour', 'Anti-social behaviour'),
    ('staff_conduct', 'Staff conduct'),
    ('communication', 'Communication'),
    ('neighbourhood_and_estate', 'Neighbourhood and estate'),
    ('rent_and_service_charges', 'Rent and service charges'),
    ('lettings_and_moving_home', 'Lettings and moving home'),
    ('safety_and_compliance', 'Safety and compliance'),
    ('other', 'Other');

INSERT INTO category_changes (code, change, changed_at, changed_by)
    SELECT code, 'added', '2026-12-01T00:00:00Z', 'the starting list' FROM categories;
