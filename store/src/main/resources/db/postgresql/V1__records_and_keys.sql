CREATE SEQUENCE record_seq START 1;
CREATE TABLE records (
    project        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    id             TEXT NOT NULL,
    seq            BIGINT NOT NULL DEFAULT nextval('record_seq'),
    ts_us          BIGINT NOT NULL,
    day            INTEGER NOT NULL,
    session_id     TEXT,
    user_id        TEXT,
    interaction_id TEXT,
    type           TEXT,
    model_name     TEXT,
    model_version  TEXT,
    model_family   TEXT,
    actor_role     TEXT,
    actor_id       TEXT,
    body           TEXT NOT NULL,
    PRIMARY KEY (project, kind, id)
);
CREATE TABLE api_keys (
    key_id      TEXT PRIMARY KEY,
    project     TEXT NOT NULL,
    name        TEXT NOT NULL,
    scopes      TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_us  BIGINT NOT NULL,
    revoked     BOOLEAN NOT NULL DEFAULT false
);
