-- A label's interaction_id is the first interaction its subject names (a pair's first side, or the
-- item), so the session scan can put labels in the session of what they judge. Earlier rows are
-- backfilled from the stored body.
UPDATE records SET interaction_id = coalesce(body::jsonb #>> '{subject,pair,0}', body::jsonb #>> '{subject,item}')
WHERE kind = 'label' AND interaction_id IS NULL;
