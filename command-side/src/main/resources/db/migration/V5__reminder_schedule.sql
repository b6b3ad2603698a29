-- The reminder moments of each certification's current period, one row per reminder offset of its policy. A row
-- is taken once its moment came (the aggregate decides whether the reminder is still owed) and replanned when
-- the certification is renewed.
CREATE TABLE reminder_schedule (
    certification_id VARCHAR(64)  NOT NULL,
    reminder_offset  VARCHAR(32)  NOT NULL,
    member_id        VARCHAR(128) NOT NULL,
    due_at           TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (certification_id, reminder_offset)
);
CREATE INDEX reminder_schedule_due ON reminder_schedule (due_at);
