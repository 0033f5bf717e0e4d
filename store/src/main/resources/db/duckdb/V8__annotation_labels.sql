-- Submitted labels, one row per lease. A submit inserts its row here instead of updating the claim
-- and the item's label count: in a profile of 20 annotators those two UPDATEs (DuckDB finds the rows
-- by a scan, then versions the changed columns) took more of a group commit's time than its commit.
-- The embedded store derives a claim's submission and an item's label count from this table: in
-- its slot index when it opens a queue, and in snapshots. The claim's columns for them are dropped.
-- annotation_items keeps labels and closed, no longer written nor read here: DuckDB
-- 1.5.6 cannot replay from its WAL an ALTER of a table with a nextval default (seq), so a crash
-- before the next checkpoint would leave a store that no longer opens.
CREATE TABLE annotation_labels (
    lease_id  VARCHAR PRIMARY KEY,
    project   VARCHAR NOT NULL,
    queue_id  VARCHAR NOT NULL,
    item_id   VARCHAR NOT NULL,
    slot      INTEGER NOT NULL,
    annotator VARCHAR NOT NULL,
    value     VARCHAR NOT NULL,
    done_us   BIGINT NOT NULL
);
INSERT INTO annotation_labels (lease_id, project, queue_id, item_id, slot, annotator, value, done_us)
SELECT lease_id, project, queue_id, item_id, slot, annotator, value, done_us
FROM annotation_claims WHERE done_us IS NOT NULL;
ALTER TABLE annotation_claims DROP COLUMN value;
ALTER TABLE annotation_claims DROP COLUMN done_us
