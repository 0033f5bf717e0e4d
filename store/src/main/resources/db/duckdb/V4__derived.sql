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
    position  INTEGER NOT NULL,
    PRIMARY KEY (project, kind, id, source_id)
);
CREATE INDEX derived_sources_by_source ON derived_sources (project, source_id);
ALTER TABLE erasure_log ADD COLUMN derived BIGINT DEFAULT 0
