-- The words of each event's actor names and keys (normalized as Dyads.normalizeName does), so
-- that "events with this actor" is an index lookup per word instead of a substring scan of every
-- report. Rewritten with its event; filled for existing events by EventWords.backfill when this
-- migration is applied.
CREATE TABLE event_word (
  word       TEXT NOT NULL,
  cluster_id TEXT NOT NULL
);
CREATE INDEX event_word_word ON event_word (word, cluster_id);
CREATE INDEX event_word_cluster ON event_word (cluster_id);
