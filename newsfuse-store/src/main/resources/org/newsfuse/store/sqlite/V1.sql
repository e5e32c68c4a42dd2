-- newsfuse store, schema version 1 (docs/store.md explains every table)
CREATE TABLE counters (
  name  TEXT PRIMARY KEY,            -- 'article' or 'story': the last number handed out
  value INTEGER NOT NULL
);
INSERT INTO counters VALUES ('article', 0), ('story', 0);

CREATE TABLE stories (
  seq          INTEGER PRIMARY KEY,  -- creation order; the id is 's' || seq
  id           TEXT NOT NULL UNIQUE,
  headline     TEXT,
  topic_id     TEXT,                 -- 't' || seq of the oldest story of its topic
  articles     INTEGER NOT NULL DEFAULT 0,   -- inputs it stands for: articles and their copies
  first_date   TEXT,                 -- earliest publication date (YYYY-MM-DD) of its articles and copies
  last_date    TEXT,                 -- latest one: what "newest activity" sorts by
  summary_lead TEXT,                 -- the first summary sentence
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX stories_by_activity ON stories (coalesce(last_date, ''), seq);
CREATE INDEX stories_by_topic ON stories (topic_id);

CREATE TABLE story_merges (
  old_id    TEXT PRIMARY KEY,        -- a story id that no longer has a row of its own
  into_id   TEXT NOT NULL REFERENCES stories (id),   -- the story it was merged into (chains are kept flat)
  merged_at TEXT NOT NULL
);
CREATE INDEX story_merges_by_into ON story_merges (into_id);

CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,  -- the id is 'a' || seq
  id           TEXT NOT NULL UNIQUE,
  story_id     TEXT NOT NULL REFERENCES stories (id),
  input        TEXT NOT NULL,        -- the file (file.jsonl:LINE, stdin:N) it came from
  url          TEXT,
  outlet       TEXT,
  title        TEXT,
  byline       TEXT,
  published    TEXT,                 -- YYYY-MM-DD
  dateline     TEXT,
  language     TEXT,
  text         TEXT NOT NULL,        -- the clean text, paragraphs separated by a blank line
  content_hash TEXT NOT NULL,        -- SHA-256 of the clean text
  raw_hash     TEXT NOT NULL,        -- SHA-256 of the input's raw content (what re-ingesting compares)
  annotations  TEXT NOT NULL,        -- paragraphs, sentences, tokens with POS and stems (compact JSON)
  minhash      BLOB,                 -- 128 x 8-byte MinHash signature of its 5-word shingles (null when short)
  ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_by_story ON articles (story_id, seq);
CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_by_content_hash ON articles (content_hash);
CREATE INDEX articles_by_input ON articles (input, raw_hash);
CREATE INDEX articles_by_published ON articles (published);

CREATE TABLE article_copies (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,  -- the id the copy was given; it resolves to article_id
  article_id  TEXT NOT NULL REFERENCES articles (id),
  input       TEXT NOT NULL,
  outlet      TEXT,
  url         TEXT,
  published   TEXT,
  similarity  REAL NOT NULL,         -- estimated Jaccard similarity of the word shingles (1 for url / content hash)
  reason      TEXT NOT NULL,         -- 'url', 'content hash' or 'near-duplicate'
  raw_hash    TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX article_copies_by_article ON article_copies (article_id, seq);
CREATE INDEX article_copies_by_input ON article_copies (input, raw_hash);

CREATE TABLE article_minhash_bands (
  band        INTEGER NOT NULL,      -- 0..31
  key         INTEGER NOT NULL,      -- hash of the band's 4 signature values
  article_seq INTEGER NOT NULL REFERENCES articles (seq),
  PRIMARY KEY (band, key, article_seq)
) WITHOUT ROWID;

CREATE TABLE story_outlets (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  outlet   TEXT NOT NULL,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX story_outlets_by_outlet ON story_outlets (outlet);

CREATE TABLE summary_sentences (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (story_id, position)
);

CREATE TABLE summary_citations (
  story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,       -- the summary sentence
  source     INTEGER NOT NULL,       -- 0 = the sentence's own source, then the others that report it
  article_id TEXT NOT NULL,
  sentence   INTEGER,                -- sentence index in the article
  start      INTEGER,                -- offsets into the article's text
  end        INTEGER,
  PRIMARY KEY (story_id, position, source)
);

CREATE TABLE quotes (
  story_id    TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  speaker     TEXT,
  text        TEXT NOT NULL,
  kind        TEXT NOT NULL,         -- direct, partial, indirect
  article_id  TEXT,
  quote_group TEXT,                  -- shared by every wording of one statement
  start       INTEGER,
  end         INTEGER,
  PRIMARY KEY (story_id, position)
);
CREATE INDEX quotes_by_speaker ON quotes (speaker);

CREATE TABLE entities (
  seq      INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  name     TEXT NOT NULL,
  type     TEXT NOT NULL,            -- person, organisation, place, other
  mentions INTEGER NOT NULL
);
CREATE INDEX entities_by_name ON entities (name COLLATE NOCASE);
CREATE INDEX entities_by_story ON entities (story_id);

CREATE TABLE entity_aliases (
  entity_seq INTEGER NOT NULL REFERENCES entities (seq) ON DELETE CASCADE,
  alias      TEXT NOT NULL,
  PRIMARY KEY (entity_seq, alias)
);
CREATE INDEX entity_aliases_by_alias ON entity_aliases (alias COLLATE NOCASE);

CREATE TABLE comparisons (
  story_id      TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  facts         TEXT NOT NULL,       -- JSON arrays, the fields of story.json
  exclusives    TEXT NOT NULL,
  omissions     TEXT NOT NULL,
  discrepancies TEXT NOT NULL
);

CREATE TABLE timeline (
  story_id  TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  date      TEXT,
  precision TEXT,
  when_text TEXT,
  text      TEXT,
  sources   TEXT,                    -- JSON array of article ids
  PRIMARY KEY (story_id, position)
);

CREATE TABLE story_reports (
  story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
  json     TEXT NOT NULL,            -- story.json
  markdown TEXT NOT NULL,            -- story.md
  html     TEXT NOT NULL             -- story.html
);

CREATE TABLE ingest_log (
  seq             INTEGER PRIMARY KEY,
  at              TEXT NOT NULL,
  inputs          TEXT NOT NULL,     -- the inputs stored, one a line
  new_articles    INTEGER NOT NULL,
  copies          INTEGER NOT NULL,
  stories_created INTEGER NOT NULL,
  stories_updated INTEGER NOT NULL
);

CREATE VIEW topics AS
  SELECT topic_id AS id, count(*) AS stories, sum(articles) AS articles FROM stories
  WHERE topic_id IS NOT NULL GROUP BY topic_id;

-- full text: article titles and texts (external content: the text lives once, in articles) ...
CREATE VIRTUAL TABLE article_search USING fts5 (title, text, content = 'articles', content_rowid = 'seq');
-- ... and story headlines and summaries (rowid = stories.seq)
CREATE VIRTUAL TABLE story_search USING fts5 (headline, summary);
