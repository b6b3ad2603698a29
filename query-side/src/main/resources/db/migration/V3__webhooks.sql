-- Webhook subscriptions and their deliveries. Like the reminders, they are the query side's own acts, not views:
-- they live outside the view generations, and a rebuild replaying the topic finds each delivery already queued.
CREATE TABLE webhook_subscription (
    id                     VARCHAR(64)   PRIMARY KEY,
    url                    VARCHAR(2048) NOT NULL,
    event_types            TEXT,          -- comma-separated CloudEvents types; NULL: every type
    member_id              VARCHAR(128),
    description            VARCHAR(500),
    enabled                BOOLEAN       NOT NULL,
    disabled_reason        VARCHAR(1000),
    secret                 VARCHAR(200)  NOT NULL,
    previous_secret        VARCHAR(200),
    previous_secret_until  TIMESTAMPTZ,
    created_at             TIMESTAMPTZ   NOT NULL,
    created_by             VARCHAR(255)  NOT NULL,
    -- only events after this position are delivered (the read models' position when it was created)
    from_position          BIGINT        NOT NULL
);

CREATE TABLE webhook_delivery (
    subscription_id  VARCHAR(64)  NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         VARCHAR(64)  NOT NULL,
    position         BIGINT       NOT NULL,
    member_key       VARCHAR(128) NOT NULL, -- the member, or '' for events of no member: deliveries go in order per key
    event_type       VARCHAR(200) NOT NULL,
    payload          TEXT         NOT NULL, -- the structured CloudEvent, sent byte for byte on every attempt
    occurred_at      TIMESTAMPTZ  NOT NULL,
    state            VARCHAR(16)  NOT NULL, -- PENDING, DELIVERED
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    first_failure_at TIMESTAMPTZ,
    claimed_by       VARCHAR(128),
    claimed_at       TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ,
    PRIMARY KEY (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, member_key, position) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';

CREATE TABLE webhook_attempt (
    subscription_id VARCHAR(64)  NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id        VARCHAR(64)  NOT NULL,
    attempted_at    TIMESTAMPTZ  NOT NULL,
    status_code     INTEGER,
    duration_ms     BIGINT       NOT NULL,
    error           VARCHAR(1000)
);
CREATE INDEX webhook_attempt_subscription ON webhook_attempt (subscription_id, attempted_at);
