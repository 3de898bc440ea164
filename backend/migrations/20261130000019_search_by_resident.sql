-- The console finds a complaint by the name and address of the resident a representative
-- filed for, as well as by the filer's own name and home: kept beside the consent, as given.
-- (On PostgreSQL the backfill reads `details::json ->> 'resident_name'`.)
ALTER TABLE consents ADD COLUMN resident_name TEXT;
ALTER TABLE consents ADD COLUMN resident_address TEXT;
UPDATE consents
   SET resident_name = json_extract(details, '$.resident_name'),
       resident_address = json_extract(details, '$.resident_address');
