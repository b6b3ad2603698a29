-- An event is applied once by its first sight: processed_event's key, in the same transaction as its audit entry.
-- The trail's own key on event_id repeated that rule at the cost of a B-tree insert at a random place for every
-- event (and of the largest key a rebuild builds); nothing looks an entry up by its event id. Nor does anything read
-- the trail by position alone: its pages go by time, then position (V3).
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_pkey;
DROP INDEX audit_entry_position;
