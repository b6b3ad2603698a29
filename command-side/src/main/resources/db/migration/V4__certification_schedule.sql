-- When each certification in force next needs a time-driven decision: its renewal window opening and its
-- expiry. Kept by a subscribing handler in the transaction of the certification's events, polled by every
-- instance with FOR UPDATE SKIP LOCKED; the aggregate re-checks the time, so a late or repeated poll is harmless.
CREATE TABLE certification_schedule (
    certification_id VARCHAR(64)  PRIMARY KEY,
    member_id        VARCHAR(128) NOT NULL,
    window_opens_at  TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    window_opened    BOOLEAN      NOT NULL DEFAULT false
);
CREATE INDEX certification_schedule_window ON certification_schedule (window_opens_at) WHERE NOT window_opened;
CREATE INDEX certification_schedule_expiry ON certification_schedule (expires_at);
