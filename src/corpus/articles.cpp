#include "corpus/articles.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

#include "statute/loader.hpp"

namespace lawdiff::corpus {

namespace {

struct Span {
  std::int64_t act;
  int article;
  std::string bytes;
};

// Parsing a fragment cannot fail on text that parsed as part of its act;
// should it, the article is left out rather than the whole answer lost.
std::optional<statute::Article> parse_article(const std::string& bytes, const std::string& file) {
  try {
    statute::Document doc = statute::parse_bytes(bytes, file);
    if (doc.articles.empty()) return std::nullopt;
    return std::move(doc.articles.front());
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

std::vector<PartialAct> load_articles(Index& index, const std::vector<std::int64_t>& rows) {
  SQLite::Statement q(index.db(),
                      "SELECT p.act, p.article, substr(CAST(a.text AS BLOB), p.begin + 1, p.end - p.begin) "
                      "FROM provisions p JOIN acts a ON a.id = p.act WHERE p.id = ?");
  std::vector<PartialAct> out;
  std::map<std::int64_t, std::size_t> slot;  // act row → index in out
  std::vector<std::vector<Span>> spans;
  for (std::int64_t row : rows) {
    q.reset();
    q.bind(1, row);
    if (!q.executeStep()) continue;
    const SQLite::Column blob = q.getColumn(2);
    Span s{q.getColumn(0).getInt64(), q.getColumn(1).getInt(),
           std::string(static_cast<const char*>(blob.getBlob()), static_cast<std::size_t>(blob.getBytes()))};
    auto [it, added] = slot.emplace(s.act, out.size());
    if (added) {
      std::optional<VersionRow> act = act_row(index, s.act);
      if (!act) continue;
      PartialAct p;
      p.row = *act;
      p.act.info = act_info(index, *act);
      out.push_back(std::move(p));
      spans.emplace_back();
    }
    spans[it->second].push_back(std::move(s));
  }
  for (std::size_t k = 0; k < out.size(); ++k) {
    std::sort(spans[k].begin(), spans[k].end(), [](const Span& x, const Span& y) { return x.article < y.article; });
    for (const Span& s : spans[k]) {
      if (std::optional<statute::Article> a = parse_article(s.bytes, out[k].row.file)) {
        out[k].act.doc.articles.push_back(std::move(*a));
        out[k].article_index.push_back(s.article);
      }
    }
  }
  return out;
}

}  // namespace lawdiff::corpus
