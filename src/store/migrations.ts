/**
 * Schema migrations: numbered, append-only. Never edit a migration that has shipped; add a new one.
 * Never rename one either: a database's migrations are known by name too (store/open.ts).
 * Number ranges are reserved per area so parallel work never collides:
 *   1–9 core (documents, segments, renderings), 10–19 segmentation, 20–29 glossary,
 *   30–39 translation workflow / TM, 40–49 checks and audit, 50–59 formats / import, 60–69 alignment.
 * The list must stay sorted by id (test/store/migrations.test.ts checks it). A new migration takes a
 * number above every other (an older program names the highest number it does not know: a lower one
 * reads as nonsense). Databases made by earlier versions of this list, and how they are upgraded:
 * test/store/old-databases.test.ts.
 */
export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
  /**
   * A query: when it returns a row, `sql` is not run (the migration is recorded all the same). For a
   * repair that only some databases need (one made while a shipped migration said less: 62).
   */
  readonly unless?: string;
}

export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: "core",
    sql: `
CREATE TABLE document (
  id            INTEGER PRIMARY KEY,
  slug          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  source_path   TEXT,
  content_hash  TEXT NOT NULL,
  meta_json     TEXT NOT NULL DEFAULT '{}',
  ingested_at   TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

-- A segment is one stored source sentence. Its id is stable across re-ingests while its text is
-- unchanged (or changed in place, see app/ingest.ts). A removed segment keeps its row with
-- ordinal NULL and removed_at set when renderings still point at it (orphaned renderings).
CREATE TABLE segment (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  ordinal       INTEGER,
  paragraph     INTEGER NOT NULL,
  text          TEXT NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  suspect       TEXT,
  norm_hash     TEXT NOT NULL,
  removed_at    TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX segment_doc_ordinal ON segment(document_id, ordinal) WHERE ordinal IS NOT NULL;
CREATE INDEX segment_norm_hash ON segment(norm_hash);

-- A rendering pairs one or more segments (rendering_segment, in order) with an English text.
-- source_text is the joined source as it was when the rendering was last saved: a rendering is
-- stale when it differs from the current text of its segments.
CREATE TABLE rendering (
  id            INTEGER PRIMARY KEY,
  text          TEXT NOT NULL,
  source_text   TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('draft','translated','reviewed','aligned')),
  origin        TEXT NOT NULL DEFAULT 'manual',
  author        TEXT NOT NULL,
  score         REAL,
  note          TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE TABLE rendering_segment (
  rendering_id  INTEGER NOT NULL REFERENCES rendering(id) ON DELETE CASCADE,
  segment_id    INTEGER NOT NULL REFERENCES segment(id),
  position      INTEGER NOT NULL,
  PRIMARY KEY (rendering_id, position),
  UNIQUE (segment_id)
);
-- Every save keeps the previous text: one row per saved version, newest has the highest id.
-- (Since migration 2: one row per REPLACED version; the current one is the rendering row.)
CREATE TABLE revision (
  id            INTEGER PRIMARY KEY,
  rendering_id  INTEGER NOT NULL REFERENCES rendering(id) ON DELETE CASCADE,
  text          TEXT NOT NULL,
  source_text   TEXT NOT NULL,
  status        TEXT NOT NULL,
  author        TEXT NOT NULL,
  note          TEXT,
  created_at    TEXT NOT NULL
);
CREATE INDEX revision_rendering ON revision(rendering_id);
`,
  },
  {
    id: 2,
    name: "revision-keeps-previous-versions",
    sql: `
-- The current version of a rendering is its own row; revision keeps only the versions it replaced
-- (it used to hold the current one too). Drops each rendering's newest revision where it is exactly
-- the rendering's current version; anything else stays.
DELETE FROM revision WHERE id IN (
  SELECT v.id FROM rendering r JOIN revision v ON v.id = (SELECT MAX(x.id) FROM revision x WHERE x.rendering_id = r.id)
  WHERE v.text = r.text AND v.source_text = r.source_text AND v.status = r.status AND v.author = r.author AND v.note IS r.note);
`,
  },
  {
    id: 9,
    name: "segment-document-index",
    sql: `
-- Every segment of a document, current or removed, by one index read: the only index on
-- segment(document_id) was partial (current segments), so "all segments of a document" (status,
-- translations export, a document's renderings, re-ingest) scanned the whole table per document.
CREATE INDEX IF NOT EXISTS segment_document ON segment(document_id);
-- Removed segments (kept while renderings point at them) by document: status counts orphans per
-- document without reading the current ones.
CREATE INDEX IF NOT EXISTS segment_removed_document ON segment(document_id) WHERE removed_at IS NOT NULL;
-- Words in the segment's text (countWords, written by ingest) so status sums them in SQL instead of
-- reading every text. NULL = not counted: status counts those itself. Any writer that changes the
-- text without giving the new count leaves NULL behind (trigger), so a count is never stale.
ALTER TABLE segment ADD COLUMN words INTEGER;
CREATE TRIGGER segment_words_follow_text AFTER UPDATE OF text ON segment
WHEN old.text IS NOT new.text AND new.words IS old.words BEGIN
  UPDATE segment SET words = NULL WHERE id = new.id;
END;
`,
  },
  {
    id: 20,
    name: "glossary",
    sql: `
-- The glossary as last synced from glossary/ (the files are the source of truth). One row per
-- concept; its Indonesian source forms (lang 'id') and English renderings (lang 'en') in glossary_term.
CREATE TABLE glossary_concept (
  id            TEXT PRIMARY KEY,
  position      INTEGER NOT NULL,
  dnt           INTEGER NOT NULL DEFAULT 0,
  pos           TEXT,
  domain        TEXT,
  note          TEXT,
  example       TEXT,
  file          TEXT,
  line          INTEGER,
  fingerprint   TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE TABLE glossary_term (
  concept_id     TEXT NOT NULL REFERENCES glossary_concept(id) ON DELETE CASCADE,
  lang           TEXT NOT NULL CHECK (lang IN ('id','en')),
  position       INTEGER NOT NULL,
  text           TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('preferred','admitted','forbidden')),
  case_sensitive INTEGER NOT NULL,
  kind           TEXT,
  replacement    TEXT,
  PRIMARY KEY (concept_id, lang, position)
);
CREATE INDEX glossary_term_text ON glossary_term(text);
`,
  },
  {
    id: 30,
    name: "translation-workflow",
    sql: `
-- Joins: segment_id is rendered together with next_id (its successor). Chains form join groups.
-- Rows follow segment identity, which survives re-ingest of unchanged sentences.
CREATE TABLE segment_join (
  segment_id    INTEGER PRIMARY KEY REFERENCES segment(id) ON DELETE CASCADE,
  next_id       INTEGER NOT NULL UNIQUE REFERENCES segment(id) ON DELETE CASCADE,
  author        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
-- Splits: a sentence (by its normalised text) the translator cut at a character offset. Re-applied
-- to the segmenter's output on every ingest, so a split survives re-ingest.
CREATE TABLE segment_split (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  norm_hash     TEXT NOT NULL,
  text          TEXT NOT NULL,
  split_at      INTEGER NOT NULL,
  author        TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  UNIQUE (document_id, norm_hash, split_at)
);
-- Translation memory: a full-text index over the saved source text of every rendering
-- (external content: the rendering table), kept in step by triggers so every writer is covered.
CREATE VIRTUAL TABLE tm_index USING fts5(source_text, content='rendering', content_rowid='id', tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE tm_vocab USING fts5vocab(tm_index, 'row');
CREATE TRIGGER tm_index_ai AFTER INSERT ON rendering BEGIN
  INSERT INTO tm_index(rowid, source_text) VALUES (new.id, new.source_text);
END;
CREATE TRIGGER tm_index_ad AFTER DELETE ON rendering BEGIN
  INSERT INTO tm_index(tm_index, rowid, source_text) VALUES ('delete', old.id, old.source_text);
END;
CREATE TRIGGER tm_index_au AFTER UPDATE OF source_text ON rendering BEGIN
  INSERT INTO tm_index(tm_index, rowid, source_text) VALUES ('delete', old.id, old.source_text);
  INSERT INTO tm_index(rowid, source_text) VALUES (new.id, new.source_text);
END;
INSERT INTO tm_index(tm_index) VALUES ('rebuild');
CREATE INDEX rendering_origin ON rendering(origin);
`,
  },
  {
    id: 31,
    name: "tm-word-index",
    sql: `
-- The translation-memory index becomes a word → rendering-ids index with packed posting lists
-- (src/store/tm.ts): reading a posting list is a few blob reads instead of one row per rendering.
DROP TRIGGER IF EXISTS tm_index_ai;
DROP TRIGGER IF EXISTS tm_index_ad;
DROP TRIGGER IF EXISTS tm_index_au;
DROP TABLE IF EXISTS tm_vocab;
DROP TABLE IF EXISTS tm_index;
-- Every change of a rendering's source text, in order; folded into tm_word by TmRepo.sync().
CREATE TABLE tm_log (
  seq           INTEGER PRIMARY KEY,
  rendering_id  INTEGER NOT NULL,
  old_source    TEXT,
  new_source    TEXT
);
CREATE TABLE tm_word (
  word          TEXT NOT NULL,
  chunk         INTEGER NOT NULL,
  ids           BLOB NOT NULL,
  PRIMARY KEY (word, chunk)
) WITHOUT ROWID;
CREATE TABLE tm_df (
  word          TEXT PRIMARY KEY,
  df            INTEGER NOT NULL,
  chunks        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER tm_log_ai AFTER INSERT ON rendering BEGIN
  INSERT INTO tm_log (rendering_id, old_source, new_source) VALUES (new.id, NULL, new.source_text);
END;
CREATE TRIGGER tm_log_ad AFTER DELETE ON rendering BEGIN
  INSERT INTO tm_log (rendering_id, old_source, new_source) VALUES (old.id, old.source_text, NULL);
END;
CREATE TRIGGER tm_log_au AFTER UPDATE OF source_text ON rendering WHEN old.source_text IS NOT new.source_text BEGIN
  INSERT INTO tm_log (rendering_id, old_source, new_source) VALUES (new.id, old.source_text, new.source_text);
END;
INSERT INTO tm_log (rendering_id, old_source, new_source) SELECT id, NULL, source_text FROM rendering ORDER BY id;
`,
  },
  {
    id: 36,
    name: "unit-events",
    sql: `
-- Joins and unjoins as they happen (segment_join keeps only the joins in force): one row per member
-- segment, so the history of any member shows them. kind: join | unjoin; ref: the unit it made or undid.
CREATE TABLE unit_event (
  id            INTEGER PRIMARY KEY,
  segment_id    INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('join','unjoin')),
  ref           TEXT NOT NULL,
  author        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX unit_event_segment ON unit_event(segment_id);
`,
  },
  {
    id: 37,
    name: "project-files",
    sql: `
-- The hash of each document's translations/ file as the database last read or wrote it (store/project-files.ts).
CREATE TABLE project_file (
  document      TEXT PRIMARY KEY,
  hash          TEXT NOT NULL
);
`,
  },
  {
    id: 38,
    name: "unit-event-split",
    sql: `
-- A person's split of a sentence is an event of its own (kind 'split'; ref: the sentence cut), not
-- an 'unjoin': the table is rebuilt with the wider CHECK. Splits recorded before (an 'unjoin' of the
-- two parts, made in the same instant by the same person as the document's segment_split row) are
-- relabelled.
CREATE TABLE unit_event_new (
  id            INTEGER PRIMARY KEY,
  segment_id    INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('join','unjoin','split')),
  ref           TEXT NOT NULL,
  author        TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
INSERT INTO unit_event_new (id, segment_id, kind, ref, author, created_at)
  SELECT e.id, e.segment_id,
    CASE WHEN e.kind = 'unjoin' AND EXISTS (SELECT 1 FROM segment s JOIN segment_split p ON p.document_id = s.document_id
      WHERE s.id = e.segment_id AND p.author = e.author AND p.created_at = e.created_at) THEN 'split' ELSE e.kind END,
    e.ref, e.author, e.created_at
  FROM unit_event e ORDER BY e.id;
DROP TABLE unit_event;
ALTER TABLE unit_event_new RENAME TO unit_event;
CREATE INDEX unit_event_segment ON unit_event(segment_id);
`,
  },
  {
    id: 40,
    name: "check-suppressions",
    sql: `
-- A suppressed finding: one check silenced on one pair (document + hash of source and target text).
-- It lapses when either text changes (the hash no longer matches). origin: cli | file.
CREATE TABLE check_suppression (
  id             INTEGER PRIMARY KEY,
  document_slug  TEXT NOT NULL,
  check_id       TEXT NOT NULL,
  pair_hash      TEXT NOT NULL,
  ref            TEXT NOT NULL,
  reason         TEXT NOT NULL,
  author         TEXT NOT NULL,
  origin         TEXT NOT NULL CHECK (origin IN ('cli','file')),
  source_text    TEXT NOT NULL,
  target_text    TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  UNIQUE (document_slug, check_id, pair_hash)
);
`,
  },
  {
    id: 50,
    name: "exchange",
    sql: `
-- Translation memory kept from imports: units of a TMX/XLIFF/TSV/Moses/JSONL file whose source
-- matched no stored segment (selaras import --keep-tm). One row per (normalised source, target).
CREATE TABLE tm_unit (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,
  target        TEXT NOT NULL,
  norm_hash     TEXT NOT NULL,
  status        TEXT NOT NULL,
  author        TEXT NOT NULL,
  document      TEXT NOT NULL,
  origin_file   TEXT NOT NULL,
  changed       TEXT,
  imported_at   TEXT NOT NULL,
  UNIQUE (norm_hash, target)
);
`,
  },
  {
    id: 51,
    name: "kept-tm-in-word-index",
    sql: `
-- Units kept by import --keep-tm join the translation-memory word index (store/tm.ts): their
-- changes are logged like the renderings', with the NEGATED tm_unit id, and indexed under the word
-- prefixed with U+0001 (a namespace of their own in tm_word / tm_df).
CREATE TRIGGER tm_unit_log_ai AFTER INSERT ON tm_unit BEGIN
  INSERT INTO tm_log (rendering_id, old_source, new_source) VALUES (-new.id, NULL, new.source);
END;
CREATE TRIGGER tm_unit_log_ad AFTER DELETE ON tm_unit BEGIN
  INSERT INTO tm_log (rendering_id, old_source, new_source) VALUES (-old.id, old.source, NULL);
END;
INSERT INTO tm_log (rendering_id, old_source, new_source) SELECT -id, NULL, source FROM tm_unit ORDER BY id;
`,
  },
  {
    id: 52,
    name: "glossary-enforcement-level",
    sql: `
-- A concept's enforcement level (error | warning | hint; NULL = error) and whether it is unverified
-- (never enforced): glossary/*.tsv flags, kept by glossary sync for the checks.
ALTER TABLE glossary_concept ADD COLUMN enforce TEXT CHECK (enforce IN ('error','warning','hint'));
ALTER TABLE glossary_concept ADD COLUMN unverified INTEGER NOT NULL DEFAULT 0;
`,
  },
  {
    id: 53,
    name: "workbench-users",
    sql: `
-- People who log in to the workbench (selaras users add): a role per person and the SHA-256 of
-- their login token (the token itself is printed once and never stored).
CREATE TABLE app_user (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  role        TEXT NOT NULL CHECK (role IN ('translator', 'reviewer', 'admin')),
  token_hash  TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL
);
`,
  },
  {
    id: 60,
    name: "workbench-secrets",
    sql: `
-- Per-deployment secrets of the workbench, made once and kept with the database (never in the
-- project folder): 'session' is the HMAC key that signs login cookies, so sessions survive a
-- restart of selaras serve (and every server process on this database accepts them).
CREATE TABLE app_secret (
  name        TEXT PRIMARY KEY,
  value       TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
`,
  },
  {
    id: 61,
    name: "rendering-inline-codes",
    sql: `
-- The inline codes of an imported unit (TMX, XLIFF): its source and target as written, codes and
-- all (src/formats/markup.ts), and the plain texts they were read as. An export in the same dialect
-- writes them back while the rendering's source and English are still those texts.
CREATE TABLE rendering_code (
  rendering_id  INTEGER PRIMARY KEY REFERENCES rendering(id) ON DELETE CASCADE,
  dialect       TEXT NOT NULL CHECK (dialect IN ('tmx', 'xliff12', 'xliff20')),
  source        TEXT NOT NULL,
  target        TEXT NOT NULL,
  data          TEXT,
  plain_source  TEXT NOT NULL,
  plain_target  TEXT NOT NULL
);
`,
  },
  {
    id: 62,
    name: "segment-words-completed",
    unless: "SELECT 1 FROM pragma_table_info('segment') WHERE name = 'words'",
    sql: `
-- Migration 9 was changed after it had shipped (3 Dec 2026): databases made in between recorded it
-- without the segment words column and its trigger (and the first of them without the removed
-- segments' index), and every command then failed on "no column named words". Those get them here;
-- the others (the column is there) skip this. NULL words: status counts those segments itself.
ALTER TABLE segment ADD COLUMN words INTEGER;
CREATE TRIGGER IF NOT EXISTS segment_words_follow_text AFTER UPDATE OF text ON segment
WHEN old.text IS NOT new.text AND new.words IS old.words BEGIN
  UPDATE segment SET words = NULL WHERE id = new.id;
END;
CREATE INDEX IF NOT EXISTS segment_removed_document ON segment(document_id) WHERE removed_at IS NOT NULL;
`,
  },
  {
    id: 63,
    name: "change-clock",
    sql: changeClockSql(
      ["document", "segment", "rendering", "rendering_segment", "revision", "segment_join", "segment_split",
        "unit_event", "project_file", "check_suppression", "tm_unit", "rendering_code"],
      ["glossary_concept", "glossary_term"],
    ),
  },
  {
    id: 64,
    name: "note-only-versions",
    sql: `
-- A version that only changed the note (the workbench's note, the session's :note) says so: 1. Any
-- other save writes 0; NULL is a version saved before this column (the second-person rule then
-- guesses, as it did: the same text and state and another note). A re-confirmation that also
-- changed the note is a confirmation (0), which the guess read as a note.
ALTER TABLE rendering ADD COLUMN note_only INTEGER CHECK (note_only IN (0, 1));
ALTER TABLE revision ADD COLUMN note_only INTEGER CHECK (note_only IN (0, 1));
`,
  },
  {
    id: 65,
    name: "import-refusals",
    sql: `
-- A confirmed record of a translations/ file the checks refused (translations import, a workbench
-- loading a pulled file): stored as a draft, and noted here so that a workbench running beside the
-- command tells the pages which records asked for what (store/import-refusals.ts). findings: JSON.
-- Only the newest rows are kept (the store prunes older ones).
CREATE TABLE import_refusal (
  id            INTEGER PRIMARY KEY,
  document      TEXT NOT NULL,
  ref           TEXT NOT NULL,
  requested     TEXT NOT NULL,
  author        TEXT,
  findings      TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
${clockTriggers("import_refusal", "content = content + 1")}
`,
  },
  {
    id: 66,
    name: "import-refusal-file",
    sql: `
-- The file the refused record was read from, as the page names it (translations/<doc>.translations.txt
-- inside the project, else the whole path): a record imported from elsewhere is not said to come from
-- translations/. NULL for a refusal noted before this column.
ALTER TABLE import_refusal ADD COLUMN file TEXT;
`,
  },
  {
    id: 67,
    name: "audit-cache",
    sql: `
-- selaras audit --cache (store/audit-cache.ts): each pair's audit effect (JSON) by a key digesting
-- its texts and tags, the glossary, the check configuration and the code (src/app/audit-cache.ts).
-- Derived data: the rows of one generation (audit_cache_state) at a time, dropped and rebuilt freely.
CREATE TABLE audit_cache (
  key           BLOB PRIMARY KEY,
  effect        TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit_cache_state (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  generation    TEXT NOT NULL
);
`,
  },
];

/**
 * Migration 63 (its tables are frozen there: a later table adds its own triggers in its own
 * migration, CHANGE_CLOCK_QUIET names the tables that have none; test/store/change-clock.test.ts
 * checks every table is one or the other).
 *
 * change_clock's one row counts the rows written to what the program reads back as the corpus: the
 * documents and their segments, renderings and their history, joins and splits, suppressions, the
 * translation memory's units, the glossary (which also counts `glossary`). A trigger on each of
 * those tables counts every row inserted, updated or deleted, by any connection, any process, any
 * program. The caches of what the database says (a server's shared audit run, its dashboard counts
 * and document views, its glossary) are keyed on it (store.changeKey): a write to a table it does
 * not count (a user added, a token changed, the session secret, the translation memory's word
 * index folded) leaves them valid.
 */
/** The change clock's triggers of one table (a table added after migration 63 makes its own). */
function clockTriggers(table: string, set: string): string {
  return (["INSERT", "UPDATE", "DELETE"] as const).map((op) =>
    `CREATE TRIGGER change_clock_${table}_${op.toLowerCase()} AFTER ${op} ON ${table} BEGIN UPDATE change_clock SET ${set}; END;`).join("\n");
}
function changeClockSql(content: readonly string[], glossary: readonly string[]): string {
  const triggers = clockTriggers;
  return `
CREATE TABLE change_clock (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  content   INTEGER NOT NULL,
  glossary  INTEGER NOT NULL
);
INSERT INTO change_clock (id, content, glossary) VALUES (1, 0, 0);
${content.map((t) => triggers(t, "content = content + 1")).join("\n")}
${glossary.map((t) => triggers(t, "content = content + 1, glossary = glossary + 1")).join("\n")}
`;
}

/**
 * The tables whose writes change nothing the program reads back as the corpus, so change_clock does
 * not count them: the audit's cache (derived data), users and their tokens, the server's secrets, the migrations' record, the
 * translation memory's change log and word index (an index of what the renderings already say), and
 * the change clock itself.
 */
export const CHANGE_CLOCK_QUIET: readonly string[] = ["app_secret", "app_user", "audit_cache", "audit_cache_state", "change_clock", "schema_migration", "tm_df", "tm_log", "tm_word"];
