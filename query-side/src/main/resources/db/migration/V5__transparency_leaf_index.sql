-- Where each event's leaf is in the command side's transparency log, from the compacted leaves topic. Not a view of
-- the events topic: it lives outside the view generations, and a rebuild of the read models leaves it as it is.
CREATE TABLE transparency_leaf_index (
    event_id    VARCHAR(64) PRIMARY KEY,
    leaf_index  BIGINT      NOT NULL
);
