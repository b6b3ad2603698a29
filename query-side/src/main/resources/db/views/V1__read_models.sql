-- One generation of the read models. Every row is derived from events only (never from the clock), so replaying
-- the topic into a fresh generation yields the same rows.

-- Consumption bookkeeping, in the same transaction as the views: the next offset per partition, and the ids of
-- applied events (a re-published event arrives again at another offset).
CREATE TABLE consumer_offset (
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    PRIMARY KEY (topic, partition_no)
);

CREATE TABLE processed_event (
    event_id VARCHAR(255) PRIMARY KEY,
    position BIGINT       NOT NULL
);
CREATE INDEX processed_event_position ON processed_event (position);

-- Events that could not be read (unknown JSON shape): kept for an operator, skipped by the views.
CREATE TABLE unreadable_event (
    event_id     VARCHAR(255) PRIMARY KEY,
    event_type   VARCHAR(255),
    topic        VARCHAR(255) NOT NULL,
    partition_no INTEGER      NOT NULL,
    record_offset BIGINT      NOT NULL,
    problem      VARCHAR(2000) NOT NULL
);

-- Members, their people's credentials and the policy versions: what compliance is computed from.
CREATE TABLE member_view (
    member_id     VARCHAR(128) PRIMARY KEY,
    legal_name    VARCHAR(300) NOT NULL,
    size_band     VARCHAR(16)  NOT NULL,
    good_standing BOOLEAN      NOT NULL,
    contact_email VARCHAR(320),
    position      BIGINT       NOT NULL
);

CREATE TABLE member_credential (
    credential_id VARCHAR(255) PRIMARY KEY,
    member_id     VARCHAR(128) NOT NULL,
    person_id     VARCHAR(255) NOT NULL,
    type          VARCHAR(32)  NOT NULL,
    issued_on     DATE         NOT NULL,
    expires_on    DATE
);
CREATE INDEX member_credential_member ON member_credential (member_id);

CREATE TABLE policy_view (
    version        VARCHAR(64) PRIMARY KEY,
    effective_from TIMESTAMPTZ NOT NULL,
    document       TEXT        NOT NULL
);

-- Certification status, and its history for as-of queries.
CREATE TABLE certification_status (
    certification_id    VARCHAR(64)  PRIMARY KEY,
    member_id           VARCHAR(128) NOT NULL,
    type                VARCHAR(32)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    granted_on          TIMESTAMPTZ  NOT NULL,
    valid_until         TIMESTAMPTZ  NOT NULL,
    policy_version      VARCHAR(64),
    renewal_window_open BOOLEAN      NOT NULL,
    position            BIGINT       NOT NULL
);
CREATE INDEX certification_status_member ON certification_status (member_id);
CREATE INDEX certification_status_status ON certification_status (status, valid_until);

CREATE TABLE certification_history (
    certification_id    VARCHAR(64)  NOT NULL,
    position            BIGINT       NOT NULL,
    occurred_at         TIMESTAMPTZ  NOT NULL,
    event_type          VARCHAR(64)  NOT NULL,
    member_id           VARCHAR(128) NOT NULL,
    type                VARCHAR(32)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    granted_on          TIMESTAMPTZ  NOT NULL,
    valid_until         TIMESTAMPTZ  NOT NULL,
    policy_version      VARCHAR(64),
    renewal_window_open BOOLEAN      NOT NULL,
    PRIMARY KEY (certification_id, position)
);
CREATE INDEX certification_history_time ON certification_history (certification_id, occurred_at);

CREATE TABLE application_view (
    application_id     VARCHAR(64)  PRIMARY KEY,
    member_id          VARCHAR(128) NOT NULL,
    type               VARCHAR(32)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    submitted_at       TIMESTAMPTZ  NOT NULL,
    submitted_by       VARCHAR(255),
    renewal_of         VARCHAR(64),
    policy_version     VARCHAR(64),
    decided_at         TIMESTAMPTZ,
    decided_by         VARCHAR(255),
    decision_reason    VARCHAR(2000),
    decision_policy    VARCHAR(64),
    certification_id   VARCHAR(64),
    position           BIGINT       NOT NULL
);
CREATE INDEX application_view_member ON application_view (member_id);

-- Certifications in force, soonest expiry first; reminders sent are joined from their own table (issue 5).
CREATE TABLE renewal_due (
    certification_id VARCHAR(64)  PRIMARY KEY,
    member_id        VARCHAR(128) NOT NULL,
    legal_name       VARCHAR(300) NOT NULL,
    type             VARCHAR(32)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    valid_until      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX renewal_due_valid_until ON renewal_due (valid_until);

-- Every decision and refusal, in stream order.
CREATE TABLE audit_entry (
    position         BIGINT       NOT NULL,
    event_id         VARCHAR(255) PRIMARY KEY,
    event_type       VARCHAR(64)  NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    actor            VARCHAR(255),
    reason           VARCHAR(2000),
    policy_version   VARCHAR(64),
    member_id        VARCHAR(128),
    certification_id VARCHAR(64),
    application_id   VARCHAR(64),
    correlation_id   VARCHAR(128),
    details          TEXT         NOT NULL
);
CREATE INDEX audit_entry_position ON audit_entry (position);
CREATE INDEX audit_entry_member ON audit_entry (member_id, position);
CREATE INDEX audit_entry_certification ON audit_entry (certification_id, position);
CREATE INDEX audit_entry_actor ON audit_entry (actor, position);

-- The public directory: certified members by name and type only. No totals, no score, nothing to rank by.
CREATE TABLE directory_entry (
    certification_id VARCHAR(64)  PRIMARY KEY,
    member_id        VARCHAR(128) NOT NULL,
    name             VARCHAR(300) NOT NULL,
    type             VARCHAR(32)  NOT NULL,
    valid_until      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX directory_entry_name ON directory_entry (name, type);
