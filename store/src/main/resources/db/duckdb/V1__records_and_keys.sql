CREATE SEQUENCE record_seq START 1;
CREATE TABLE records (
    project        VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    id             VARCHAR NOT NULL,
    seq            BIGINT NOT NULL DEFAULT nextval('record_seq'),
    ts_us          BIGINT NOT NULL,
    day            INTEGER NOT NULL,
    session_id     VARCHAR,
    user_id        VARCHAR,
    interaction_id VARCHAR,
    type           VARCHAR,
    model_name     VARCHAR,
    model_version  VARCHAR,
    model_family   VARCHAR,
    actor_role     VARCHAR,
    actor_id       VARCHAR,
    body           VARCHAR NOT NULL,
    PRIMARY KEY (project, kind, id)
);
CREATE TABLE api_keys (
    key_id      VARCHAR PRIMARY KEY,
    project     VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    scopes      VARCHAR NOT NULL,
    secret_hash VARCHAR NOT NULL,
    created_us  BIGINT NOT NULL,
    revoked     BOOLEAN NOT NULL DEFAULT false
);
