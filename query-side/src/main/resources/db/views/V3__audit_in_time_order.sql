-- The trail is read in time order, whole or filtered, a page at a time from a cursor (occurred_at, position): each
-- index below answers a page by reading only its rows, however long the trail has grown.
CREATE INDEX audit_entry_time ON audit_entry (occurred_at, position);
CREATE INDEX audit_entry_member_time ON audit_entry (member_id, occurred_at, position);
CREATE INDEX audit_entry_certification_time ON audit_entry (certification_id, occurred_at, position);
CREATE INDEX audit_entry_actor_time ON audit_entry (actor, occurred_at, position);
-- superseded by the three above, which serve the same lookups by member, certification or actor
DROP INDEX audit_entry_member;
DROP INDEX audit_entry_certification;
DROP INDEX audit_entry_actor;
