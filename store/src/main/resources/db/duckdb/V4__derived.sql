-- Derived facts (pairs, signals, datasets, probe runs): append-only by (project, kind, id). The body
-- is the capability's JSON, and the sources are kept as rows so that erasure can find what a record fed.
CREATE TABLE derived (
    project        VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    id             VARCHAR NOT NULL,
    created_us     BIGINT NOT NULL,
    user_id        VARCHAR,
    body           VARCHAR NOT NULL,
    invalidated_by VARCHAR,
    PRIMARY KEY (project, kind, id)
);
CREATE TABLE derived_sources (
    project   VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    id        VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    position  INTEGER NOT NULL
);
-- No index on derived_sources: DuckDB scans a column faster than it maintains an ART index, and the
-- rows are unique because a fact's sources are written once, with the fact.
ALTER TABLE erasure_log ADD COLUMN derived BIGINT DEFAULT 0
