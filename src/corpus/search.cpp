#include "corpus/search.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <optional>

#include "corpus/sql.hpp"
#include "text/utf8.hpp"

namespace lawdiff::corpus {

namespace {

// Latest versions first: an act is "latest" when no act of its work is newer.
constexpr const char* kLatestFirst =
    "(SELECT count(*) FROM acts n WHERE n.work = a.work AND (n.version_date > a.version_date OR "
    "(n.version_date = a.version_date AND n.key < a.key))) > 0, a.key";

/// Every trigram of `literal` as one FTS5 query: all must occur. The
/// trigram tokenizer folds ASCII case; a quote inside a term is doubled.
std::string all_trigrams(std::string_view literal) {
  const std::vector<std::string_view> cps = text::code_points(literal);
  std::string expr;
  for (std::size_t i = 0; i + 2 < cps.size(); ++i) {
    std::string term = std::string(cps[i]) + std::string(cps[i + 1]) + std::string(cps[i + 2]);
    std::string quoted;
    for (char c : term) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    expr += fmt::format("{}\"{}\"", expr.empty() ? "" : " AND ", quoted);
  }
  return expr;
}

}  // namespace

std::optional<std::vector<std::int64_t>> candidate_articles(Index& index, std::string_view literal,
                                                            const std::vector<std::string>& only) {
  const std::string expr = all_trigrams(literal);
  if (expr.empty()) return std::nullopt;
  std::string sql =
      "SELECT p.id FROM provisions_fts f JOIN provisions p ON p.id = f.rowid JOIN acts a ON a.id = p.act "
      "WHERE provisions_fts MATCH ?";
  if (!only.empty()) sql += fmt::format(" AND a.key IN ({})", placeholders(only.size()));
  sql += fmt::format(" ORDER BY {}, p.article", kLatestFirst);
  SQLite::Statement q(index.db(), sql);
  q.bind(1, expr);
  for (std::size_t i = 0; i < only.size(); ++i) q.bind(static_cast<int>(i) + 2, only[i]);
  std::vector<std::int64_t> rows;
  while (q.executeStep()) rows.push_back(q.getColumn(0).getInt64());
  return rows;
}

std::vector<std::string> all_act_keys(Index& index, const std::vector<std::string>& only, std::string_view literal) {
  std::string sql = "SELECT a.key FROM acts a WHERE instr(a.text, ?) > 0";
  if (!only.empty()) sql += fmt::format(" AND a.key IN ({})", placeholders(only.size()));
  sql += fmt::format(" ORDER BY {}", kLatestFirst);
  SQLite::Statement q(index.db(), sql);
  q.bind(1, std::string(literal));
  for (std::size_t i = 0; i < only.size(); ++i) q.bind(static_cast<int>(i) + 2, only[i]);
  std::vector<std::string> keys;
  while (q.executeStep()) keys.push_back(q.getColumn(0).getString());
  return keys;
}

}  // namespace lawdiff::corpus
