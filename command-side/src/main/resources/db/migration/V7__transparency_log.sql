-- The transparency log (docs/transparency.md): every stored event as a leaf, gapless from 0 in the order the log's
-- single writer read them, known by its event id (a late-committed event's tracking token carries the highest index
-- seen, not its own, so the store's global_index is not kept here); the complete subtrees of its Merkle tree (RFC 9162), so that any root and proof is a few
-- lookups; and every signed checkpoint. Rows are only ever inserted.
CREATE TABLE transparency_leaf (
    leaf_index BIGINT       PRIMARY KEY,
    event_id   VARCHAR(255) NOT NULL UNIQUE,
    leaf       BYTEA        NOT NULL
);

CREATE TABLE transparency_node (
    level      INTEGER NOT NULL,
    node_index BIGINT  NOT NULL,
    hash       BYTEA   NOT NULL,
    PRIMARY KEY (level, node_index)
);

CREATE TABLE transparency_checkpoint (
    tree_size BIGINT      PRIMARY KEY,
    root_hash BYTEA       NOT NULL,
    note      TEXT        NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
