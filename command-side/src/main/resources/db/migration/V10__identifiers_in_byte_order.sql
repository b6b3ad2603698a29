-- Identifiers compare byte by byte (COLLATE "C"). Under any libc locale but C itself (en_US.UTF-8, and C.UTF-8
-- too) every comparison of a text key goes through strcoll: each append descends the store's keys on the
-- member's id and the event's id, each command's lookups their own (docs/operations.md). Equality is unchanged
-- (both collations are deterministic); nothing here is ordered by an identifier for a reader.
ALTER TABLE domain_event_entry
    ALTER COLUMN aggregate_identifier TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN event_identifier TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE snapshot_event_entry
    ALTER COLUMN aggregate_identifier TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN event_identifier TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE application_owner
    ALTER COLUMN application_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE certification_owner
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE credential_claim
    ALTER COLUMN credential_id TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE idempotency_record
    ALTER COLUMN actor TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN idem_key TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE parked_publication
    ALTER COLUMN event_identifier TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE certification_schedule
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE reminder_schedule
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE transparency_leaf ALTER COLUMN event_id TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE transparency_mismatch ALTER COLUMN event_id TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE credential_import
    ALTER COLUMN import_id TYPE VARCHAR(36) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C",
    ALTER COLUMN actor TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE credential_import_row
    ALTER COLUMN import_id TYPE VARCHAR(36) COLLATE "C",
    ALTER COLUMN credential_id TYPE TEXT COLLATE "C",
    ALTER COLUMN person_id TYPE TEXT COLLATE "C";
