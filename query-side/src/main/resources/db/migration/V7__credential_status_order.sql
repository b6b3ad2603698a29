-- The list a certification's status index is drawn in follows the order certifications are first seen: the n-th
-- takes a place in list 1 + (n - 1) / 65,536 (half of a list's 131,072 places, so a random draw still finds a free
-- one at the first or second try). It replaces counting the newest list's entries for every batch that saw a new
-- certification, a read of up to 65,536 index entries each time (docs/operations.md). A number drawn by a batch that
-- rolled back, or by a draw that clashed, is not given again: a list may end a few entries short of its half.
CREATE SEQUENCE credential_status_order;

-- continue where the lists stand: after the newest list's entries, or in a new list if it has its half already
SELECT setval('credential_status_order', coalesce(
        (SELECT (newest.list_id - 1)::bigint * 65536 + count(*) + 1
         FROM credential_status_index s
                  JOIN (SELECT max(list_id) AS list_id FROM credential_status_index) newest
                       ON s.list_id = newest.list_id
         GROUP BY newest.list_id), 1), false);
