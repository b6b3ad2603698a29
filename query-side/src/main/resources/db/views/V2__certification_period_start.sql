-- Where the current validity period began: the grant, or the start of the last renewal. Reminders are owed only
-- for moments inside the period, so a certification imported or renewed late is not sent stale reminders.
ALTER TABLE certification_status ADD COLUMN period_start TIMESTAMPTZ;
UPDATE certification_status SET period_start = granted_on WHERE period_start IS NULL;
