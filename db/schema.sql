-- vnpolicy catalog schema, version 7 (meta.schema_version). Applied to a new catalog;
-- an older one is migrated by pipeline/catalog/migrate.cpp when it is opened.
-- Every item keeps its document, line and source text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- A document is its content (sha256): the same bytes at several paths are one document
-- with several paths (document_paths), and a file moved or renamed keeps its document and
-- id. AUTOINCREMENT: the id of a removed document is never given to another one.
CREATE TABLE IF NOT EXISTS documents (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  path        TEXT NOT NULL,            -- canonical path (resolved, absolute) it was last seen at
  sha256      TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  doc_type    TEXT,
  number      TEXT,                     -- own số/ký hiệu as written
  number_key  TEXT,                     -- core/keys catalog_number_key: what numbers are matched by
  year        INTEGER,                  -- from the number's symbol, the header date, else the latest date it cites
  issuer      TEXT,
  issued_date TEXT,
  place       TEXT,
  title       TEXT,
  error       TEXT,                     -- set when the file could not be read
  format      TEXT NOT NULL DEFAULT 'text',  -- how the bytes were read: text | pdf | docx | doc | html | rtf
  encoding    TEXT,                     -- utf-8 | utf-16le | tcvn3 | vni | ... (text formats)
  ocr         INTEGER NOT NULL DEFAULT 0,    -- some page's text came from OCR
  ingested_at TEXT NOT NULL,
  record_version INTEGER NOT NULL DEFAULT 0  -- kRecordVersion of the record its items came from
);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_key, year);
CREATE UNIQUE INDEX IF NOT EXISTS documents_content ON documents(sha256);
-- The search filters (--year, --type, --issuer) read these: the distinct types and
-- issuers one seek each, and the ids of the documents that pass, without a table scan.
CREATE INDEX IF NOT EXISTS documents_year ON documents(year);
CREATE INDEX IF NOT EXISTS documents_type ON documents(doc_type);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer);

-- Every live path of a document (canonical: resolved and absolute), with its file name
-- and stem for handles ("002_3835c3cb13c1955a.txt", "002_3835c3cb13c1955a").
CREATE TABLE IF NOT EXISTS document_paths (
  path        TEXT PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  stem        TEXT NOT NULL,
  seen_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_paths_document ON document_paths(document_id);
CREATE INDEX IF NOT EXISTS document_paths_name ON document_paths(name);
CREATE INDEX IF NOT EXISTS document_paths_stem ON document_paths(stem);

-- The text the items' lines count in (as read: UTF-8, LF line ends), so an item can be
-- shown in its context without the original file. NULL when the document came from an
-- `ingest --jsonl` record whose file is not at hand.
CREATE TABLE IF NOT EXISTS document_texts (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  text        TEXT,
  warnings    TEXT                      -- JSON array of read warnings, NULL when none
);

-- Where each page of the source starts in the text (PDF, scans): a line's page is the
-- last row at or before it. No rows for formats without pages.
CREATE TABLE IF NOT EXISTS document_pages (
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  first_line     INTEGER NOT NULL,
  page           INTEGER NOT NULL,
  ocr_confidence REAL,                  -- mean word confidence 0-100 of an OCR'd page
  PRIMARY KEY (document_id, first_line)
) WITHOUT ROWID;

-- Earlier contents of a document's path, kept when a changed file replaces its document.
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
  cited_doc_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  -- A law cited by its name and resolved to its number (named_refs below): the row that
  -- links it like a numbered reference. NULL for a number written in the text.
  named_ref_id INTEGER REFERENCES named_refs(id) ON DELETE CASCADE,
  resolved_by  TEXT                     -- with named_ref_id: name+date | name+year | in-force | written
);
-- (doc_id, number_key): a document's references, and the year-less mentions of one
-- number within it (refs_dated below), without scanning every document's mentions.
CREATE INDEX IF NOT EXISTS refs_doc_number ON refs(doc_id, number_key);
CREATE INDEX IF NOT EXISTS refs_number ON refs(number_key, year);
CREATE INDEX IF NOT EXISTS refs_cited ON refs(cited_doc_id);

CREATE INDEX IF NOT EXISTS refs_named ON refs(named_ref_id);

-- Laws, codes and ordinances cited by their names (record.named_references), resolved or
-- not. A resolved one also has its row in refs. resolved_from: text | lexicon | catalog
-- (an ingested law, or a citation elsewhere writing number and date, of the same name
-- and date: resolved at ingest, and again when that evidence comes or goes).
CREATE TABLE IF NOT EXISTS named_refs (
  id            INTEGER PRIMARY KEY,
  doc_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  name          TEXT NOT NULL,          -- as written
  name_key      TEXT NOT NULL,          -- resolve/law_lexicon law_name_key
  kind          TEXT NOT NULL,
  date          TEXT,                   -- adoption date written with the name
  year          INTEGER,
  number        TEXT,                   -- written or resolved; NULL when unresolved
  resolved_by   TEXT,
  resolved_from TEXT,
  note          TEXT,                   -- why it is unresolved
  relation      TEXT NOT NULL,
  line          INTEGER NOT NULL,
  text          TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS named_refs_doc ON named_refs(doc_id);
CREATE INDEX IF NOT EXISTS named_refs_name ON named_refs(name_key, date);

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
  text          TEXT NOT NULL,
  indicator_code TEXT,                  -- official statistical code (rules/indicators.tsv), or NULL
  -- activity: 1 when the figure counts meetings, classes, inspections (not an indicator);
  -- place: its document's place, copied at ingest, so series reads it with the figure.
  -- (No comment between the last two columns: SQLite's DROP COLUMN cannot then parse the table.)
  activity      INTEGER NOT NULL DEFAULT 0,
  place         TEXT
);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(doc_id);
CREATE INDEX IF NOT EXISTS targets_key ON targets(indicator_key, year);
-- What files each figure under a `series` cell (key, place, year, kind; and what picks the
-- cell's figure: document, position), so that `series` reads the figures of an indicator
-- key from this index alone (in catalog order) and the table rows of the few it shows.
-- The place is the figure's own copy of its document's (a seek into documents per figure
-- cost series ~20 ms on 100k documents). The query names it (INDEXED BY): by rowid the
-- planner would read the table.
CREATE INDEX IF NOT EXISTS targets_key_head ON targets(indicator_key, doc_id, seq, id, kind, year, activity, indicator_code, indicator, place);
-- The figures of one figure_groups row, in id order: what its triggers recompute a group's
-- first and latest figures from when figures go.
CREATE INDEX IF NOT EXISTS targets_group ON targets(indicator_key, indicator, place, year, kind, activity, indicator_code);
-- Words of each target's indicator and key, for `targets --indicator` and `series`:
-- rowid = targets.id (a document's targets are one id range). The words are matched
-- here; the phrase they must form is checked on the few rows found.
CREATE VIRTUAL TABLE IF NOT EXISTS target_index USING fts5(
  words, tokenize = 'vnpolicy_fold', detail = none);

-- The figures with a key, grouped by everything `series` files and names them by: the
-- indicator as written (what the query's words are matched with), key, place, year,
-- kind, activity flag and code. `series` reads the groups whose words hold the query
-- (hundreds to a few thousand of 20,000 on 100k documents) instead of every figure (tens
-- of thousands). Per group: its count, its first figure (lowest id: the cell's name and
-- code come from the first figure) and the latest document's first figure (a document's
-- figures are one id range: last_doc holds the group's highest id). Kept by the triggers
-- below at every insert and delete of a figure (ingest, replace, remove, prune).
CREATE TABLE IF NOT EXISTS figure_groups (
  id            INTEGER PRIMARY KEY,
  indicator     TEXT,
  indicator_key TEXT NOT NULL,
  place         TEXT,
  year          INTEGER,
  kind          TEXT NOT NULL,
  activity      INTEGER NOT NULL,
  indicator_code TEXT,
  figures       INTEGER NOT NULL,
  first_id      INTEGER NOT NULL,
  last_id       INTEGER NOT NULL,
  last_doc      INTEGER NOT NULL,
  last_doc_first_id INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS figure_groups_of ON figure_groups(indicator_key, indicator, place, year, kind, activity, indicator_code);
-- Words of each group's indicator and key, as target_index has them: rowid = figure_groups.id.
CREATE VIRTUAL TABLE IF NOT EXISTS figure_group_index USING fts5(
  words, tokenize = 'vnpolicy_fold', detail = none);

-- A figure joins its group (one seek), else starts one with its words (changes(): of the
-- trigger's last statement; last_insert_rowid(): the group just inserted).
CREATE TRIGGER IF NOT EXISTS figure_groups_add AFTER INSERT ON targets WHEN new.indicator_key IS NOT NULL BEGIN
  -- (Every right-hand side reads the row as it was.)
  UPDATE figure_groups SET figures = figures + 1, first_id = min(first_id, new.id), last_id = max(last_id, new.id),
    last_doc = CASE WHEN new.id > last_id THEN new.doc_id ELSE last_doc END,
    last_doc_first_id = CASE WHEN new.doc_id = last_doc THEN min(last_doc_first_id, new.id)
                             WHEN new.id > last_id THEN new.id ELSE last_doc_first_id END
  WHERE indicator_key = new.indicator_key AND indicator IS new.indicator AND place IS new.place AND year IS new.year AND kind = new.kind AND activity = new.activity AND indicator_code IS new.indicator_code;
  INSERT INTO figure_groups(indicator, indicator_key, place, year, kind, activity, indicator_code, figures,
                            first_id, last_id, last_doc, last_doc_first_id)
  SELECT new.indicator, new.indicator_key, new.place, new.year, new.kind, new.activity, new.indicator_code, 1,
         new.id, new.id, new.doc_id, new.id
  WHERE changes() = 0;
  INSERT INTO figure_group_index(rowid, words)
  SELECT last_insert_rowid(), coalesce(new.indicator, '') || ' ' || new.indicator_key WHERE changes() = 1;
END;

CREATE TRIGGER IF NOT EXISTS figure_groups_drop AFTER DELETE ON targets WHEN old.indicator_key IS NOT NULL BEGIN
  UPDATE figure_groups SET figures = figures - 1 WHERE indicator_key = old.indicator_key AND indicator IS old.indicator AND place IS old.place AND year IS old.year AND kind = old.kind AND activity = old.activity AND indicator_code IS old.indicator_code;
  DELETE FROM figure_group_index WHERE rowid IN (SELECT id FROM figure_groups WHERE indicator_key = old.indicator_key AND indicator IS old.indicator AND place IS old.place AND year IS old.year AND kind = old.kind AND activity = old.activity AND indicator_code IS old.indicator_code AND figures = 0);
  DELETE FROM figure_groups WHERE indicator_key = old.indicator_key AND indicator IS old.indicator AND place IS old.place AND year IS old.year AND kind = old.kind AND activity = old.activity AND indicator_code IS old.indicator_code AND figures = 0;
  -- The first or the latest document's figures went: read them again from targets_group.
  UPDATE figure_groups SET first_id = (SELECT min(t.id) FROM targets t INDEXED BY targets_group WHERE t.indicator_key = old.indicator_key AND t.indicator IS old.indicator AND t.place IS old.place AND t.year IS old.year AND t.kind = old.kind AND t.activity = old.activity AND t.indicator_code IS old.indicator_code)
  WHERE indicator_key = old.indicator_key AND indicator IS old.indicator AND place IS old.place AND year IS old.year AND kind = old.kind AND activity = old.activity AND indicator_code IS old.indicator_code AND first_id = old.id;
  UPDATE figure_groups SET last_id = (SELECT max(t.id) FROM targets t INDEXED BY targets_group WHERE t.indicator_key = old.indicator_key AND t.indicator IS old.indicator AND t.place IS old.place AND t.year IS old.year AND t.kind = old.kind AND t.activity = old.activity AND t.indicator_code IS old.indicator_code),
    last_doc = (SELECT doc_id FROM targets WHERE id = (SELECT max(t.id) FROM targets t INDEXED BY targets_group WHERE t.indicator_key = old.indicator_key AND t.indicator IS old.indicator AND t.place IS old.place AND t.year IS old.year AND t.kind = old.kind AND t.activity = old.activity AND t.indicator_code IS old.indicator_code)),
    last_doc_first_id = (SELECT min(t.id) FROM targets t INDEXED BY targets_group WHERE t.indicator_key = old.indicator_key AND t.indicator IS old.indicator AND t.place IS old.place AND t.year IS old.year AND t.kind = old.kind AND t.activity = old.activity AND t.indicator_code IS old.indicator_code
      AND t.id >= (SELECT min(id) FROM targets WHERE doc_id = (SELECT doc_id FROM targets WHERE id = (SELECT max(t.id) FROM targets t INDEXED BY targets_group WHERE t.indicator_key = old.indicator_key AND t.indicator IS old.indicator AND t.place IS old.place AND t.year IS old.year AND t.kind = old.kind AND t.activity = old.activity AND t.indicator_code IS old.indicator_code))))
  WHERE indicator_key = old.indicator_key AND indicator IS old.indicator AND place IS old.place AND year IS old.year AND kind = old.kind AND activity = old.activity AND indicator_code IS old.indicator_code AND last_doc = old.doc_id;
END;

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
CREATE INDEX IF NOT EXISTS deadlines_end ON deadlines(end);

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
CREATE INDEX IF NOT EXISTS tasks_due ON tasks(deadline_end);

-- One row per unit named on a task; `canonical` comes from the agency lexicon.
CREATE TABLE IF NOT EXISTS task_agencies (
  task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  position  INTEGER NOT NULL,
  name      TEXT NOT NULL,              -- as written
  canonical TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS task_agencies_task ON task_agencies(task_id);
-- The agency indexes carry task_id: `tasks --agency` reads the ids of a unit's tasks (tens
-- of thousands in a large catalog) from the index alone, without a seek into the table each.
CREATE INDEX IF NOT EXISTS task_agencies_canonical_task ON task_agencies(canonical, role, task_id);
CREATE INDEX IF NOT EXISTS task_agencies_name_task ON task_agencies(name, role, task_id);

-- Each (name as written, canonical name) pair seen on a task: the few thousand names a
-- `tasks --agency` query compares its words with, before reading tasks by index.
CREATE TABLE IF NOT EXISTS agency_names (
  name      TEXT NOT NULL,
  canonical TEXT NOT NULL,
  PRIMARY KEY (name, canonical)
) WITHOUT ROWID;

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
