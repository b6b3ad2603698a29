-- A search by any part of a name finds its few listings through trigrams of the folded names instead of reading the
-- whole directory; built only where pg_trgm is installed (db/migration V6), in whichever schema holds it.
DO
$$
DECLARE
    trigrams TEXT;
BEGIN
    SELECT n.nspname INTO trigrams
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trigrams IS NOT NULL THEN
        EXECUTE format('CREATE INDEX directory_entry_search ON directory_entry USING gin (search_name %I.gin_trgm_ops)',
                       trigrams);
    END IF;
END
$$;
