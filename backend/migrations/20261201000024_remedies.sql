-- The earliest day a remedy agreed with a resident is due by, while any is open (YYYY-MM-DD;
-- NULL when none is owed). The queue filters on it to list the remedies colleagues owe,
-- closed complaints included. Lines are rewritten at the next start (the queue's rules changed).

ALTER TABLE complaint_queue ADD COLUMN remedy_by TEXT;
CREATE INDEX complaint_queue_remedy ON complaint_queue (remedy_by);
