-- Events that Kafka refused for good (too large, unserialisable): kept here, loudly reported, and the later events
-- of the same member parked behind them so that no subscriber ever sees that member's events out of order.
CREATE TABLE parked_publication (
    event_identifier VARCHAR(255) PRIMARY KEY,
    member_id        VARCHAR(255) NOT NULL,
    global_index     BIGINT       NOT NULL,
    payload_type     VARCHAR(255) NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    parked_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX parked_publication_member ON parked_publication (member_id, global_index);
