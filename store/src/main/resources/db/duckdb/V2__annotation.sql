CREATE TABLE annotation_queues (
    project       VARCHAR NOT NULL,
    queue_id      VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    overlap       INTEGER NOT NULL,
    lease_ms      BIGINT NOT NULL,
    guideline     VARCHAR NOT NULL,
    guideline_url VARCHAR,
    assisted      BOOLEAN NOT NULL,
    gold_rate     DOUBLE NOT NULL,
    seed          BIGINT NOT NULL,
    created_us    BIGINT NOT NULL,
    PRIMARY KEY (project, queue_id)
);
CREATE SEQUENCE annotation_item_seq START 1;
CREATE TABLE annotation_items (
    project     VARCHAR NOT NULL,
    queue_id    VARCHAR NOT NULL,
    item_id     VARCHAR NOT NULL,
    seq         BIGINT NOT NULL DEFAULT nextval('annotation_item_seq'),
    first_id    VARCHAR NOT NULL,
    second_id   VARCHAR,
    payload     VARCHAR NOT NULL,
    policy      VARCHAR NOT NULL,
    gold        VARCHAR,
    enqueued_us BIGINT NOT NULL,
    labels      INTEGER NOT NULL DEFAULT 0,
    closed      BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (project, queue_id, item_id)
);
CREATE TABLE annotation_claims (
    project   VARCHAR NOT NULL,
    queue_id  VARCHAR NOT NULL,
    item_id   VARCHAR NOT NULL,
    slot      INTEGER NOT NULL,
    annotator VARCHAR NOT NULL,
    lease_id  VARCHAR NOT NULL,
    taken_us  BIGINT NOT NULL,
    expires_us BIGINT NOT NULL,
    done_us   BIGINT,
    value     VARCHAR,
    PRIMARY KEY (project, queue_id, item_id, slot),
    UNIQUE (project, queue_id, item_id, annotator),
    UNIQUE (lease_id)
);
CREATE TABLE annotation_skips (
    project    VARCHAR NOT NULL,
    queue_id   VARCHAR NOT NULL,
    item_id    VARCHAR NOT NULL,
    annotator  VARCHAR NOT NULL,
    skipped_us BIGINT NOT NULL,
    PRIMARY KEY (project, queue_id, item_id, annotator)
);
CREATE TABLE annotation_accounts (
    username      VARCHAR PRIMARY KEY,
    project       VARCHAR NOT NULL,
    role          VARCHAR NOT NULL,
    password_hash VARCHAR NOT NULL,
    created_us    BIGINT NOT NULL
);
CREATE TABLE annotation_members (
    project  VARCHAR NOT NULL,
    queue_id VARCHAR NOT NULL,
    username VARCHAR NOT NULL,
    PRIMARY KEY (project, queue_id, username)
)
