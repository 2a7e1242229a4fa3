#pragma once
// The corpus index on disk: where it lives and opening it for reading.
// Every command reads it through this; `index build` writes it (build.hpp).
#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>
#include <string_view>

namespace lawdiff::corpus {

/// Where the index is: `option` (--index) if given, else LAWDIFF_INDEX, else
/// $XDG_DATA_HOME/lawdiff/index.sqlite, else ~/.local/share/lawdiff/index.sqlite.
/// `named` is true when the user named it (--index or LAWDIFF_INDEX): then a
/// missing file is an error, not just "no index".
struct Location {
  std::string path;
  bool named = false;
};
Location index_location(std::string_view option);

class Index {
 public:
  /// Opens the index at `path` for reading. Throws lawdiff::Error (exit 2):
  /// "FILE: not a lawdiff index (…)" for a file that is not SQLite or not an
  /// index, "FILE: index schema version N; this lawdiff reads M: rebuild it
  /// with 'lawdiff index build'" for another version, "FILE: no such index"
  /// when it does not exist.
  static std::unique_ptr<Index> open(const std::string& path);

  SQLite::Database& db() { return db_; }
  const std::string& path() const { return path_; }

  /// A value of the meta table, empty when absent.
  std::string meta(std::string_view key);

 private:
  Index(const std::string& path, SQLite::Database db) : path_(path), db_(std::move(db)) {}
  std::string path_;
  SQLite::Database db_;
};

/// Throws the errors of Index::open() for `db` when it is not an index of
/// this schema version (shared with the builder, which rebuilds instead).
void check_index(SQLite::Database& db, const std::string& path);

}  // namespace lawdiff::corpus
