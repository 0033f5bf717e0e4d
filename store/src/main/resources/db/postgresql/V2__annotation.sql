CREATE TABLE annotation_queues (
    project       TEXT NOT NULL,
    queue_id      TEXT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    overlap       INTEGER NOT NULL,
    lease_ms      BIGINT NOT NULL,
    guideline     TEXT NOT NULL,
    guideline_url TEXT,
    assisted      BOOLEAN NOT NULL,
    gold_rate     DOUBLE PRECISION NOT NULL,
    seed          BIGINT NOT NULL,
    created_us    BIGINT NOT NULL,
    PRIMARY KEY (project, queue_id)
);
CREATE SEQUENCE annotation_item_seq START 1;
CREATE TABLE annotation_items (
    project     TEXT NOT NULL,
    queue_id    TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    seq         BIGINT NOT NULL DEFAULT nextval('annotation_item_seq'),
    first_id    TEXT NOT NULL,
    second_id   TEXT,
    payload     TEXT NOT NULL,
    policy      TEXT NOT NULL,
    gold        TEXT,
    enqueued_us BIGINT NOT NULL,
    labels      INTEGER NOT NULL DEFAULT 0,
    closed      BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (project, queue_id, item_id)
);
CREATE TABLE annotation_claims (
    project   TEXT NOT NULL,
    queue_id  TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    slot      INTEGER NOT NULL,
    annotator TEXT NOT NULL,
    lease_id  TEXT NOT NULL,
    taken_us  BIGINT NOT NULL,
    expires_us BIGINT NOT NULL,
    done_us   BIGINT,
    value     TEXT,
    PRIMARY KEY (project, queue_id, item_id, slot),
    UNIQUE (project, queue_id, item_id, annotator),
    UNIQUE (lease_id)
);
CREATE TABLE annotation_skips (
    project    TEXT NOT NULL,
    queue_id   TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    annotator  TEXT NOT NULL,
    skipped_us BIGINT NOT NULL,
    PRIMARY KEY (project, queue_id, item_id, annotator)
);
CREATE TABLE annotation_accounts (
    username      TEXT PRIMARY KEY,
    project       TEXT NOT NULL,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_us    BIGINT NOT NULL
);
CREATE TABLE annotation_members (
    project  TEXT NOT NULL,
    queue_id TEXT NOT NULL,
    username TEXT NOT NULL,
    PRIMARY KEY (project, queue_id, username)
)
;
CREATE INDEX annotation_items_open ON annotation_items (project, queue_id, seq) WHERE NOT closed;
CREATE INDEX annotation_claims_leased ON annotation_claims (project, queue_id, expires_us) WHERE done_us IS NULL
