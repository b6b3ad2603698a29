-- Which generation of the read models answers queries. Each generation is a schema of its own (views_1, views_2,
-- ...) built by replaying the topic; a rebuild fills a fresh one and then switches this pointer.
CREATE TABLE view_generation (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    active_schema VARCHAR(63) NOT NULL,
    switched_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
