CREATE TABLE erasure_log (
    erasure_id   TEXT PRIMARY KEY,
    project      TEXT NOT NULL,
    subject_hash TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    erased_us    BIGINT NOT NULL,
    interactions BIGINT NOT NULL,
    feedback     BIGINT NOT NULL,
    labels       BIGINT NOT NULL
);
CREATE SEQUENCE admin_audit_seq START 1;
CREATE TABLE admin_audit_log (
    seq     BIGINT PRIMARY KEY DEFAULT nextval('admin_audit_seq'),
    ts_us   BIGINT NOT NULL,
    project TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    detail  TEXT NOT NULL
);
CREATE RULE admin_audit_log_no_update AS ON UPDATE TO admin_audit_log DO INSTEAD NOTHING;
CREATE RULE admin_audit_log_no_delete AS ON DELETE TO admin_audit_log DO INSTEAD NOTHING;
CREATE RULE erasure_log_no_update AS ON UPDATE TO erasure_log DO INSTEAD NOTHING;
CREATE RULE erasure_log_no_delete AS ON DELETE TO erasure_log DO INSTEAD NOTHING
