#include "corpus/index.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "base/error.hpp"
#include "corpus/schema.hpp"

namespace lawdiff::corpus {

Location index_location(std::string_view option) {
  if (!option.empty()) return {std::string(option), true};
  if (const char* env = std::getenv("LAWDIFF_INDEX"); env != nullptr && *env != '\0') return {env, true};
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/') {
    return {std::string(xdg) + "/lawdiff/index.sqlite", false};
  }
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') return {};
  return {std::string(home) + "/.local/share/lawdiff/index.sqlite", false};
}

void check_index(SQLite::Database& db, const std::string& path) {
  int app = 0, version = 0;
  try {
    app = db.execAndGet("PRAGMA application_id").getInt();
    version = db.execAndGet("PRAGMA user_version").getInt();
  } catch (const SQLite::Exception& e) {
    throw FatalError(path, fmt::format("not a lawdiff index ({})", e.what()));
  }
  if (app != kApplicationId) throw FatalError(path, "not a lawdiff index (an SQLite database of another program)");
  if (version != kSchemaVersion) {
    throw FatalError(path, fmt::format("index schema version {}; this lawdiff reads version {}: rebuild it with "
                                  "'lawdiff index build'",
                                  version, kSchemaVersion));
  }
}

std::unique_ptr<Index> Index::open(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw FatalError(path, "no such index (build one with 'lawdiff index build DIR')");
  if (std::filesystem::is_directory(path, ec)) throw FatalError(path, "not a lawdiff index (a directory)");
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    db.setBusyTimeout(5000);
    check_index(db, path);
    return std::unique_ptr<Index>(new Index(path, std::move(db)));
  } catch (const SQLite::Exception& e) {
    throw FatalError(path, fmt::format("not a lawdiff index ({})", e.what()));
  }
}

std::string Index::meta(std::string_view key) {
  SQLite::Statement q(db_, "SELECT value FROM meta WHERE key = ?");
  q.bind(1, std::string(key));
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

}  // namespace lawdiff::corpus
