#pragma once
// Writing acts into the index: an act row, one provisions row per article
// and its text in the full-text table; removing acts no file refers to.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "statute/library.hpp"

namespace lawdiff::corpus {

/// XXH3-64 of `bytes`, as 16 hex digits.
std::string content_hash(std::string_view bytes);

class ActRows {
 public:
  explicit ActRows(SQLite::Database& db);

  /// Inserts `act` (read from `file`; `embedded`: the id of the embedded act
  /// it is, or empty) and returns its row id. The key is the act's id, made
  /// unique with "~2", "~3"… when another act holds it.
  std::int64_t insert(const statute::Act& act, const std::string& file, const std::string& embedded,
                      const std::string& text_hash);

  /// Deletes the act with row id `act`, its provisions and their text index.
  void remove(std::int64_t act);

  /// Deletes the acts that neither a file nor the embedded corpus refers to.
  /// Returns how many.
  int delete_orphans();

 private:
  std::string unique_key(const std::string& key);
  SQLite::Database& db_;
  SQLite::Statement act_, provision_, text_, key_taken_;
};

}  // namespace lawdiff::corpus
