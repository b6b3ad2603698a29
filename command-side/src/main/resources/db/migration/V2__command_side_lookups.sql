-- Written by subscribing handlers in the transaction of the events they follow, so they are never behind.

-- Which member an application or a certification belongs to: commands name them by their own id.
CREATE TABLE application_owner (
    application_id VARCHAR(64)  PRIMARY KEY,
    member_id      VARCHAR(128) NOT NULL
);

CREATE TABLE certification_owner (
    certification_id VARCHAR(64)  PRIMARY KEY,
    member_id        VARCHAR(128) NOT NULL
);

-- A credential id is recorded for one member at a time, across all members.
CREATE TABLE credential_claim (
    credential_id VARCHAR(255) PRIMARY KEY,
    member_id     VARCHAR(128) NOT NULL
);

-- The published policy versions, as the aggregates consult them.
CREATE TABLE policy_version (
    version        VARCHAR(64) PRIMARY KEY,
    effective_from TIMESTAMPTZ NOT NULL,
    document       BYTEA       NOT NULL
);
CREATE INDEX policy_version_effective_from ON policy_version (effective_from);

-- The first answer to each Idempotency-Key, kept with the effect it produced (same transaction).
CREATE TABLE idempotency_record (
    actor         VARCHAR(255) NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER      NOT NULL,
    content_type  VARCHAR(255),
    event_position BIGINT,
    location      VARCHAR(1024),
    body          BYTEA,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idem_key)
);
