-- The landlord's self-assessment against the Housing Ombudsman's Complaint Handling Code, a
-- reporting year at a time (`domain::selfassessment`). Each save adds a row: the newest for a
-- year and provision is its assessment, and the earlier ones stay as its history.

CREATE TABLE code_assessments (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),  -- the year it starts in
    provision TEXT NOT NULL CHECK (length(provision) BETWEEN 3 AND 5),  -- the Code's "6.2"
    verdict TEXT CHECK (verdict IN ('met', 'not_met')),  -- NULL where the records decide
    evidence TEXT NOT NULL,
    plan TEXT,
    comply_by TEXT,  -- a day, YYYY-MM-DD
    assessed_at TEXT NOT NULL,
    assessed_by TEXT NOT NULL
);

CREATE INDEX code_assessments_by_year ON code_assessments (year, provision, id);
