-- Trigrams index the public directory's search by any part of a name (db/views V5). pg_trgm ships with PostgreSQL's
-- contrib and is a trusted extension (a database owner may create it); where it is missing or may not be created, the
-- service runs without that index and a search reads the directory through its order instead (slower, same answers).
DO
$$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE WARNING 'pg_trgm could not be created: the directory''s search runs without its index';
END
$$;
