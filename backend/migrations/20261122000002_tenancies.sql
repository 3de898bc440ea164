-- The landlord's tenancy register, loaded from its housing system with `server import-tenancies`.
-- A resident registers by giving a rent reference and the postcode of the same tenancy.
CREATE TABLE tenancies (
    rent_reference TEXT PRIMARY KEY NOT NULL,   -- normalised: upper case, no spaces or dashes
    postcode TEXT NOT NULL,                     -- normalised: "BB11 2ED"
    address TEXT NOT NULL CHECK (length(trim(address)) > 0),
    lead_tenant_name TEXT NOT NULL CHECK (length(trim(lead_tenant_name)) > 0),
    homes INTEGER NOT NULL DEFAULT 1 CHECK (homes >= 1),  -- homes this tenancy counts for in reporting
    imported_at TEXT NOT NULL
) STRICT;
