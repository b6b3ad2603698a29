-- Identifiers compare byte by byte (COLLATE "C"). Under any libc locale but C itself (en_US.UTF-8, and C.UTF-8
-- too) every comparison of a text key goes through strcoll, and sorts go without abbreviated keys: the B-tree work
-- on these keys led the rebuild's profile, and an index over 1,000,000 UUIDs as text builds in half the time in
-- byte order (docs/operations.md). Equality is unchanged (both collations are deterministic); an order by
-- identifier is now the bytes', which for UTF-8 is the code points' (as C.UTF-8 had it). Names keep the database's
-- collation: people read them sorted.
ALTER TABLE processed_event ALTER COLUMN event_id TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE unreadable_event ALTER COLUMN event_id TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE member_view ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE member_credential
    ALTER COLUMN credential_id TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C",
    ALTER COLUMN person_id TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE certification_status
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE certification_history
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE application_view
    ALTER COLUMN application_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C",
    ALTER COLUMN renewal_of TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE renewal_due
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE audit_entry
    ALTER COLUMN event_id TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN actor TYPE VARCHAR(255) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C",
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN application_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN correlation_id TYPE VARCHAR(128) COLLATE "C";
ALTER TABLE directory_entry
    ALTER COLUMN certification_id TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN member_id TYPE VARCHAR(128) COLLATE "C";
