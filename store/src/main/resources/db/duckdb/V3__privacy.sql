CREATE TABLE erasure_log (
    erasure_id   VARCHAR PRIMARY KEY,
    project      VARCHAR NOT NULL,
    subject_hash VARCHAR NOT NULL,
    requested_by VARCHAR NOT NULL,
    erased_us    BIGINT NOT NULL,
    interactions BIGINT NOT NULL,
    feedback     BIGINT NOT NULL,
    labels       BIGINT NOT NULL
);
CREATE SEQUENCE admin_audit_seq START 1;
CREATE TABLE admin_audit_log (
    seq     BIGINT PRIMARY KEY DEFAULT nextval('admin_audit_seq'),
    ts_us   BIGINT NOT NULL,
    project VARCHAR NOT NULL,
    actor   VARCHAR NOT NULL,
    action  VARCHAR NOT NULL,
    detail  VARCHAR NOT NULL
);
