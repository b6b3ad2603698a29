-- Each certification's place in the Bitstring Status Lists (issue 16): the same index in the revocation list and in
-- the suspension list of the same number. Drawn at random when the certification is first seen and never deleted,
-- so an index is never given to another certification; outside the view generations, so a rebuild keeps it.
CREATE TABLE credential_status_index (
    certification_id VARCHAR(64) PRIMARY KEY,
    list_id          INTEGER     NOT NULL,
    status_index     INTEGER     NOT NULL,
    allocated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (list_id, status_index)
);
