-- The directory is searched, ordered and paged here, not in the service's memory (which held every listing for
-- each request). A name is folded once, by one function, for the rows and for the search alike: without case or
-- the accents of the Latin, Greek and Cyrillic scripts, so "societe" finds "Société".
CREATE FUNCTION directory_fold(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT btrim(lower(regexp_replace(normalize(name, NFKD),
        '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')))
$$;

ALTER TABLE directory_entry ADD COLUMN search_name TEXT GENERATED ALWAYS AS (directory_fold(name)) STORED;

-- the directory's order, read page by page from a cursor; the last column makes every position unique
CREATE INDEX directory_entry_order ON directory_entry (lower(name), name, type, certification_id);
DROP INDEX directory_entry_name;
