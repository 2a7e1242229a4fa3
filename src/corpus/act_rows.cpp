#include "corpus/act_rows.hpp"

#include <xxhash.h>
#include <fmt/format.h>

#include "statute/version.hpp"

namespace lawdiff::corpus {

std::string content_hash(std::string_view bytes) {
  return fmt::format("{:016x}", XXH3_64bits(bytes.data(), bytes.size()));
}

ActRows::ActRows(SQLite::Database& db)
    : db_(db),
      act_(db, "INSERT INTO acts(key, work, title, draft_marker, status, version_date, version_kind, adopted, "
               "promulgated, effective, file, embedded, text_hash, chapters, articles, text) "
               "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      provision_(db, "INSERT INTO provisions(act, article, key, label, title, begin, end) VALUES(?,?,?,?,?,?,?)"),
      text_(db, "INSERT INTO provisions_fts(rowid, text) VALUES(?,?)"),
      key_taken_(db, "SELECT 1 FROM acts WHERE key = ?") {}

std::string ActRows::unique_key(const std::string& key) {
  for (int n = 1;; ++n) {
    std::string candidate = n == 1 ? key : fmt::format("{}~{}", key, n);
    key_taken_.reset();
    key_taken_.bind(1, candidate);
    if (!key_taken_.executeStep()) return candidate;
  }
}

std::int64_t ActRows::insert(const statute::Act& act, const std::string& file, const std::string& embedded,
                             const std::string& text_hash) {
  const statute::ActInfo& info = act.info;
  const statute::Document& doc = act.doc;
  int chapters = 0;
  for (const statute::Division& d : doc.divisions) chapters += d.level == statute::DivisionLevel::chapter;
  act_.reset();
  act_.clearBindings();
  int c = 1;
  act_.bind(c++, unique_key(info.id));
  act_.bind(c++, statute::work_key(info.title));
  act_.bind(c++, info.title);
  act_.bind(c++, info.draft_marker);
  act_.bind(c++, std::string(statute::status_name(info.status)));
  act_.bind(c++, info.version_date);
  act_.bind(c++, info.version_kind);
  act_.bind(c++, info.adopted);
  act_.bind(c++, info.promulgated);
  act_.bind(c++, info.effective);
  act_.bind(c++, file);
  if (embedded.empty()) act_.bind(c++); else act_.bind(c++, embedded);
  act_.bind(c++, text_hash);
  act_.bind(c++, chapters);
  act_.bind(c++, static_cast<int>(doc.articles.size()));
  act_.bind(c++, doc.text);
  act_.exec();
  const std::int64_t id = db_.getLastInsertRowid();
  for (std::size_t k = 0; k < doc.articles.size(); ++k) {
    const statute::Article& a = doc.articles[k];
    provision_.reset();
    provision_.bind(1, id);
    provision_.bind(2, static_cast<int>(k));
    provision_.bind(3, statute::article_key(a));
    provision_.bind(4, a.label);
    provision_.bind(5, a.title);
    provision_.bind(6, static_cast<std::int64_t>(a.span.begin));
    provision_.bind(7, static_cast<std::int64_t>(a.span.end));
    provision_.exec();
    text_.reset();
    text_.bind(1, db_.getLastInsertRowid());
    text_.bind(2, doc.text.substr(a.span.begin, a.span.size()));
    text_.exec();
  }
  return id;
}

void ActRows::remove(std::int64_t act) {
  // A contentless FTS5 table forgets a row only when told its exact text.
  SQLite::Statement spans(db_, "SELECT p.id, substr(CAST(a.text AS BLOB), p.begin + 1, p.end - p.begin) "
                               "FROM provisions p JOIN acts a ON a.id = p.act WHERE p.act = ?");
  spans.bind(1, act);
  SQLite::Statement forget(db_, "INSERT INTO provisions_fts(provisions_fts, rowid, text) VALUES('delete', ?, ?)");
  while (spans.executeStep()) {
    forget.reset();
    forget.bind(1, spans.getColumn(0).getInt64());
    const SQLite::Column text = spans.getColumn(1);
    forget.bind(2, std::string(static_cast<const char*>(text.getBlob()), static_cast<std::size_t>(text.getBytes())));
    forget.exec();
  }
  SQLite::Statement drop(db_, "DELETE FROM acts WHERE id = ?");
  drop.bind(1, act);
  drop.exec();
}

int ActRows::delete_orphans() {
  SQLite::Statement q(db_, "SELECT id FROM acts WHERE embedded IS NULL AND "
                           "id NOT IN (SELECT act FROM files WHERE act IS NOT NULL)");
  std::vector<std::int64_t> orphans;
  while (q.executeStep()) orphans.push_back(q.getColumn(0).getInt64());
  for (std::int64_t act : orphans) remove(act);
  return static_cast<int>(orphans.size());
}

}  // namespace lawdiff::corpus
