#pragma once
// The corpus index's schema: an SQLite database users may open with sqlite3
// or Datasette (documented in README.md and lawdiff(1), "The corpus index").
// The version lives in PRAGMA user_version and in meta('schema'); any change
// to the tables bumps it, and an index of another version must be rebuilt.
#include <SQLiteCpp/Database.h>

namespace lawdiff::corpus {

inline constexpr int kSchemaVersion = 1;

/// The application id in the database header ("LDIX"): tells a lawdiff index
/// from any other SQLite file.
inline constexpr int kApplicationId = 0x4C444958;

/// Creates every table of an empty database, in the caller's transaction.
void create_schema(SQLite::Database& db);

}  // namespace lawdiff::corpus
