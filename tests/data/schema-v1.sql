-- vnpolicy catalog schema. Applied by `vnpolicy ingest` to a new catalog
-- (statements are idempotent). Every item keeps its document, line and source text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS documents (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,     -- as given to ingest
  sha256      TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  doc_type    TEXT,
  number      TEXT,                     -- own số/ký hiệu as written
  number_key  TEXT,                     -- normalised (upper case, no spaces, no "số")
  year        INTEGER,                  -- from the number's symbol, else the issue date
  issuer      TEXT,
  issued_date TEXT,
  place       TEXT,
  title       TEXT,
  error       TEXT,                     -- set when the file could not be read
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_key, year);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
-- The search filters (--year, --type, --issuer) read these: the distinct types and
-- issuers one seek each, and the ids of the documents that pass, without a table scan.
CREATE INDEX IF NOT EXISTS documents_year ON documents(year);
CREATE INDEX IF NOT EXISTS documents_type ON documents(doc_type);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer);

-- Earlier versions of a path, kept when a changed file replaces its document.
CREATE TABLE IF NOT EXISTS document_versions (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sha256       TEXT NOT NULL,
  bytes        INTEGER NOT NULL,
  ingested_at  TEXT NOT NULL,
  replaced_at  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS refs (
  id           INTEGER PRIMARY KEY,
  doc_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,        -- order in the record
  number       TEXT NOT NULL,
  number_key   TEXT NOT NULL,
  year         INTEGER,
  doc_type     TEXT,
  date         TEXT,
  issuer       TEXT,
  relation     TEXT NOT NULL,
  line         INTEGER NOT NULL,
  text         TEXT NOT NULL,
  sentence     TEXT,                    -- the citing sentence
  cited_doc_id INTEGER REFERENCES documents(id) ON DELETE SET NULL
);
-- (doc_id, number_key): a document's references, and the year-less mentions of one
-- number within it (refs_dated below), without scanning every document's mentions.
DROP INDEX IF EXISTS refs_doc;
CREATE INDEX IF NOT EXISTS refs_doc_number ON refs(doc_id, number_key);
CREATE INDEX IF NOT EXISTS refs_number ON refs(number_key, year);
CREATE INDEX IF NOT EXISTS refs_cited ON refs(cited_doc_id);

-- Every reference with the year of the document it cites: its own year, else the one
-- year its document gives the same number elsewhere (a 2023 plan's bare title mention
-- "Nghị quyết 01/NQ-CP" cites the 2023 resolution), else NULL. Numbers that restart
-- every year are told apart by this year only.
CREATE VIEW IF NOT EXISTS refs_dated AS
SELECT refs.*,
       COALESCE(refs.year, (SELECT CASE WHEN COUNT(DISTINCT x.year) = 1 THEN MIN(x.year) END FROM refs x
                            WHERE x.doc_id = refs.doc_id AND x.number_key = refs.number_key)) AS cited_year
FROM refs;

CREATE TABLE IF NOT EXISTS targets (
  id            INTEGER PRIMARY KEY,
  doc_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  indicator     TEXT,
  indicator_key TEXT,
  value         REAL NOT NULL,
  value_max     REAL,
  unit          TEXT,
  value_base    REAL,                   -- value in the base unit (tỷ đồng -> đồng x 1e9)
  unit_base     TEXT,
  comparator    TEXT NOT NULL,
  kind          TEXT NOT NULL,
  year          INTEGER,
  line          INTEGER NOT NULL,
  text          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(doc_id);
CREATE INDEX IF NOT EXISTS targets_key ON targets(indicator_key, year);

CREATE TABLE IF NOT EXISTS deadlines (
  id      INTEGER PRIMARY KEY,
  doc_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq     INTEGER NOT NULL,
  text    TEXT NOT NULL,
  start   TEXT,
  end     TEXT,
  kind    TEXT NOT NULL,
  line    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS deadlines_doc ON deadlines(doc_id);

CREATE TABLE IF NOT EXISTS tasks (
  id             INTEGER PRIMARY KEY,
  doc_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  description    TEXT,
  deadline_text  TEXT,
  deadline_start TEXT,
  deadline_end   TEXT,
  deadline_kind  TEXT,
  line           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_doc ON tasks(doc_id);

-- One row per unit named on a task; `canonical` comes from the agency lexicon.
CREATE TABLE IF NOT EXISTS task_agencies (
  task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,              -- as written
  canonical TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS task_agencies_task ON task_agencies(task_id);
CREATE INDEX IF NOT EXISTS task_agencies_canonical ON task_agencies(canonical, role);

-- Full-text index of every sentence, for `vnpolicy search` (FTS5, bm25).
-- rowid = document id * 2^24 + sentence number, so one document's sentences are one
-- rowid range: replacing a document deletes that range (no contentless_delete needed).
-- `text`  the sentence as matched (tone marks in one convention);
-- `line`  its first line in the original file (0 = the document's title, from an
--         `ingest --jsonl` record whose file is not at hand).
-- The tokenizer vnpolicy_fold (pipeline/catalog/fts_tokenizer.h, registered by the
-- program on each connection) indexes each word folded ("dau tu" finds "đầu tư") and
-- as written, so a query typed with accents can rank exact-accent sentences first.
-- detail=none: queries are ANDs of single words, so positions are not stored.
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_index USING fts5(
  text, line UNINDEXED, tokenize = 'vnpolicy_fold', detail = none);
