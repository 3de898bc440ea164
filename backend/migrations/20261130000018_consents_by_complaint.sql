-- A complaint's consent is looked up on every page that shows the complaint, and for every
-- complaint an account follows: by the complaint, not by reading every consent.
CREATE INDEX consents_by_complaint ON consents (complaint_id);
