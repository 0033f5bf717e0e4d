-- Submitted labels, one row per lease, as in the embedded store (where submits insert only). Here
-- a submit also keeps setting the claim's done_us and the item's labels and closed: done_us is what
-- a concurrent reclaim or skip re-checks on the claim's row lock, and the partial indexes on done_us
-- and closed keep reclaiming and choosing the next item from scanning finished work.
CREATE TABLE annotation_labels (
    lease_id  TEXT PRIMARY KEY,
    project   TEXT NOT NULL,
    queue_id  TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    slot      INTEGER NOT NULL,
    annotator TEXT NOT NULL,
    value     TEXT NOT NULL,
    done_us   BIGINT NOT NULL
);
CREATE INDEX annotation_labels_queue ON annotation_labels (project, queue_id, item_id);
INSERT INTO annotation_labels (lease_id, project, queue_id, item_id, slot, annotator, value, done_us)
SELECT lease_id, project, queue_id, item_id, slot, annotator, value, done_us
FROM annotation_claims WHERE done_us IS NOT NULL;
ALTER TABLE annotation_claims DROP COLUMN value
