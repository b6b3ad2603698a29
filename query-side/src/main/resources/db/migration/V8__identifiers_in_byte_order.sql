-- Identifiers compare byte by byte, as in the views' generations (db/views V7, which says why); every identifier
-- a view's is joined with or compared to has the same collation, so each join keeps its index.
ALTER TABLE renewal_reminder
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE webhook_subscription
    ALTER COLUMN id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE webhook_delivery
    ALTER COLUMN subscription_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN event_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_key TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE webhook_attempt
    ALTER COLUMN subscription_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN event_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE credential_status_index ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE transparency_leaf_index ALTER COLUMN event_id TYPE VARCHAR(64) COLLATE "C";
