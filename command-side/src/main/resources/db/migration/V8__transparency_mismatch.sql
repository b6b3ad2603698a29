-- Stored events that no longer match their leaf in the transparency log (edited or deleted after they were logged),
-- as the store check last found them: reported in /actuator/health and to auditors until the store matches again.
CREATE TABLE transparency_mismatch (
    event_id   VARCHAR(255) PRIMARY KEY,
    leaf_index BIGINT       NOT NULL,
    problem    TEXT         NOT NULL,
    found_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
