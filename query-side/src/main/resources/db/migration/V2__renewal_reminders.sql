-- Reminders to send: queued from RenewalReminderDue events (the command side decided them, once), sent by any
-- instance. They are the query side's own acts, not a view, so they live outside the view generations: a rebuild
-- replays the events into the same queue, where they are already known, and nothing is sent twice.
CREATE TABLE renewal_reminder (
    certification_id   VARCHAR(64)  NOT NULL,
    valid_until        TIMESTAMPTZ  NOT NULL,
    reminder_offset    VARCHAR(32)  NOT NULL,
    member_id          VARCHAR(128) NOT NULL,
    legal_name         VARCHAR(300) NOT NULL,
    certification_type VARCHAR(32)  NOT NULL,
    recipient          VARCHAR(320),
    due_at             TIMESTAMPTZ  NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    claimed_by         VARCHAR(128),
    claimed_at         TIMESTAMPTZ,
    sent_at            TIMESTAMPTZ,
    PRIMARY KEY (certification_id, valid_until, reminder_offset)
);
CREATE INDEX renewal_reminder_pending ON renewal_reminder (state, claimed_at);
