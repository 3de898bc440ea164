-- The next update agreed with a resident whose response is late (policy 2024 §9.5, §10.8):
-- its last day (YYYY-MM-DD), NULL when none is owed. The queue filters on it to list the
-- updates colleagues owe. Lines are rewritten at the next start (the queue's rules changed).

ALTER TABLE complaint_queue ADD COLUMN update_by TEXT;
CREATE INDEX complaint_queue_update ON complaint_queue (update_by);
