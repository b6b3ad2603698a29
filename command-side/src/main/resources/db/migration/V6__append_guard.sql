-- The guard every append passes before it inserts (GuardedEventStorageEngine): it waits for any other transaction
-- appending to the same aggregate to end, then answers the aggregate's last sequence number as committed now. An
-- append that would lose (a creation race, a concurrent change) is refused before it draws a global_index value, so
-- conflicts leave no gaps for the tracking readers to keep. plpgsql: the SELECT after the lock takes a new snapshot.
CREATE FUNCTION append_guard(aggregate varchar) RETURNS bigint
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    -- 4242 keeps these locks apart from any other use of advisory locks
    PERFORM pg_advisory_xact_lock(4242, hashtext(aggregate));
    RETURN (SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = aggregate);
END
$$;
