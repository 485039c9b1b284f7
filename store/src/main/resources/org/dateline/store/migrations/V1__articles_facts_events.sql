-- Articles with their versions, the facts extracted from the current version, and events
-- deduplicated over articles. Dates are ISO text (YYYY-MM-DD), which sorts and compares the
-- same way in every engine. Written in the SQL that SQLite, PostgreSQL, H2 and DuckDB share.

-- One row per story; article_key is its URL, or "id:" + its id when it has no URL.
CREATE TABLE article (
  article_key    TEXT PRIMARY KEY,
  ext_id         TEXT,
  url            TEXT,
  title          TEXT,
  source         TEXT,
  published      TEXT,
  version        INTEGER NOT NULL,
  content_hash   TEXT NOT NULL,
  first_ingested TEXT NOT NULL,
  last_ingested  TEXT NOT NULL
);

-- Every version of a story as it was read; the facts below belong to the latest one.
CREATE TABLE article_version (
  article_key  TEXT NOT NULL,
  version      INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  title        TEXT,
  published    TEXT,
  text         TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,
  PRIMARY KEY (article_key, version)
);

CREATE TABLE actor (
  article_key TEXT NOT NULL,
  actor_id    TEXT NOT NULL,
  name        TEXT NOT NULL,
  norm_name   TEXT NOT NULL,
  kind        TEXT,
  country     TEXT,
  sector      TEXT,
  role        TEXT,
  mentions    INTEGER NOT NULL,
  PRIMARY KEY (article_key, actor_id)
);
-- covers the actors query (per name: articles and mentions) without reading the table
CREATE INDEX actor_norm_name ON actor (norm_name, article_key, mentions);

CREATE TABLE mention (
  article_key  TEXT NOT NULL,
  actor_id     TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX mention_article ON mention (article_key, actor_id);

CREATE TABLE timex (
  article_key  TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  type         TEXT,
  timex_value  TEXT,
  timex_mod    TEXT
);
CREATE INDEX timex_article ON timex (article_key);

CREATE TABLE quote (
  article_key  TEXT NOT NULL,
  quote_no     INTEGER NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL,
  speaker_id   TEXT,
  speaker_name TEXT,
  channel      TEXT,
  PRIMARY KEY (article_key, quote_no)
);
CREATE INDEX quote_speaker ON quote (speaker_name);

-- An event as one article reports it, with its evidence span. block_key groups reports that
-- may be the same event (type, modality, dyad); cluster_id names the event they were merged into.
CREATE TABLE report (
  article_key    TEXT NOT NULL,
  event_id       TEXT NOT NULL,
  type           TEXT NOT NULL,
  mode           TEXT,
  cameo          TEXT,
  source_ids     TEXT,
  target_ids     TEXT,
  source_key     TEXT NOT NULL,
  target_key     TEXT NOT NULL,
  source_name    TEXT,
  target_name    TEXT,
  location       TEXT,
  date_value     TEXT,
  date_start     TEXT NOT NULL,
  date_end       TEXT NOT NULL,
  modality       TEXT,
  confidence     DOUBLE PRECISION,
  evidence_start INTEGER,
  evidence_end   INTEGER,
  evidence_text  TEXT,
  block_key      TEXT NOT NULL,
  cluster_id     TEXT NOT NULL,
  PRIMARY KEY (article_key, event_id)
);
CREATE INDEX report_cluster ON report (cluster_id);

-- One real-world event: the reports of one cluster, with representative values and counts.
CREATE TABLE event (
  cluster_id     TEXT PRIMARY KEY,
  block_key      TEXT NOT NULL,
  type           TEXT NOT NULL,
  mode           TEXT,
  cameo          TEXT,
  source_key     TEXT NOT NULL,
  target_key     TEXT NOT NULL,
  source_name    TEXT,
  target_name    TEXT,
  location       TEXT,
  date_value     TEXT,
  date_start     TEXT NOT NULL,
  date_end       TEXT NOT NULL,
  modality       TEXT,
  report_count   INTEGER NOT NULL,
  article_count  INTEGER NOT NULL
);
CREATE INDEX event_block ON event (block_key, date_start);
CREATE INDEX event_date ON event (date_start);
CREATE INDEX event_type ON event (type);
