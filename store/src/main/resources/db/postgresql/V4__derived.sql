-- Derived facts (pairs, signals, datasets, probe runs): append-only by (project, kind, id). The body
-- is the capability's JSON, and the sources are kept as rows so that erasure can find what a record fed.
CREATE TABLE derived (
    project        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    id             TEXT NOT NULL,
    created_us     BIGINT NOT NULL,
    user_id        TEXT,
    body           TEXT NOT NULL,
    invalidated_by TEXT,
    PRIMARY KEY (project, kind, id)
);
CREATE TABLE derived_sources (
    project   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    id        TEXT NOT NULL,
    source_id TEXT NOT NULL,
    position  INTEGER NOT NULL
);
-- No primary key: the rows are unique because a fact's sources are written once, with the fact.
CREATE INDEX derived_sources_by_fact ON derived_sources (project, kind, id);
CREATE INDEX derived_sources_by_source ON derived_sources (project, source_id);
ALTER TABLE erasure_log ADD COLUMN derived BIGINT NOT NULL DEFAULT 0
