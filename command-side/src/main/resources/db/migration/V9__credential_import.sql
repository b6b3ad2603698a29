-- Bulk imports of individual certifications: a file's rows as validated, and what became of each. A row's outcome
-- turns RECORDED in the same transaction as its event, so an import resumed after a crash never records a row twice.
CREATE TABLE credential_import (
    import_id   VARCHAR(36)  PRIMARY KEY,
    member_id   VARCHAR(128) NOT NULL,
    -- who uploaded the file, then who had it run: the actor and roles its events are recorded with
    actor       VARCHAR(255) NOT NULL,
    roles       VARCHAR(255) NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    row_count   INTEGER      NOT NULL,
    file_sha256 CHAR(64)     NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    -- the instance working through a RUNNING import, until when; another takes over once the lease has passed
    runner      VARCHAR(64),
    lease_until TIMESTAMPTZ
);
CREATE INDEX credential_import_running ON credential_import (created_at) WHERE state = 'RUNNING';
CREATE INDEX credential_import_member ON credential_import (member_id, created_at);

CREATE TABLE credential_import_row (
    import_id     VARCHAR(36) NOT NULL REFERENCES credential_import ON DELETE CASCADE,
    -- the file's line number, the header being line 1
    line          INTEGER     NOT NULL,
    -- the cells as the file gave them; the parsed ones only where the row is valid
    credential_id TEXT        NOT NULL,
    person_id     TEXT        NOT NULL,
    type          VARCHAR(32),
    issued_on     DATE,
    expires_on    DATE,
    outcome       VARCHAR(16) NOT NULL,
    problems      TEXT        NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, line)
);
CREATE INDEX credential_import_row_to_record ON credential_import_row (import_id, line) WHERE outcome = 'VALID';
