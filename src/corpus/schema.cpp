#include "corpus/schema.hpp"

#include <string>

namespace lawdiff::corpus {

namespace {

// acts.key is the id used in references; acts.work is what the versions of
// one act share (statute::work_key); acts.text is the decoded text, the only
// copy of it. provisions is one row per article, [begin, end) its bytes in
// acts.text. provisions_fts indexes those bytes as trigrams (so a Chinese
// substring of three or more characters finds its articles) without storing
// them again (contentless, no positions: the index is a candidate filter;
// matches are confirmed on the text). provisions_vocab gives each trigram's
// document frequency.
constexpr const char* kSchema = R"sql(
CREATE TABLE meta(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE acts(
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  work TEXT NOT NULL,
  title TEXT NOT NULL,
  draft_marker TEXT NOT NULL,
  status TEXT NOT NULL,
  version_date TEXT NOT NULL,
  version_kind TEXT NOT NULL,
  adopted TEXT NOT NULL,
  promulgated TEXT NOT NULL,
  effective TEXT NOT NULL,
  file TEXT NOT NULL,
  embedded TEXT,
  text_hash TEXT NOT NULL,
  chapters INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX acts_work ON acts(work, version_date);
CREATE TABLE files(
  path TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  act INTEGER REFERENCES acts(id) ON DELETE SET NULL,
  skipped TEXT
) WITHOUT ROWID;
CREATE TABLE provisions(
  id INTEGER PRIMARY KEY,
  act INTEGER NOT NULL REFERENCES acts(id) ON DELETE CASCADE,
  article INTEGER NOT NULL,
  key TEXT NOT NULL,
  label TEXT NOT NULL,
  title TEXT NOT NULL,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX provisions_act ON provisions(act, article);
CREATE VIRTUAL TABLE provisions_fts USING fts5(text, content = '', tokenize = 'trigram', detail = 'none');
CREATE VIRTUAL TABLE provisions_vocab USING fts5vocab(provisions_fts, 'row');
)sql";

}  // namespace

void create_schema(SQLite::Database& db) {
  db.exec(kSchema);
  db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

}  // namespace lawdiff::corpus
