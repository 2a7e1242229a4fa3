#include "corpus/similar.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <set>

#include "align/rank.hpp"
#include "corpus/articles.hpp"
#include "corpus/sql.hpp"
#include "text/utf8.hpp"

namespace lawdiff::corpus {

namespace {

constexpr std::size_t kTrigrams = 48;     // query terms sent to FTS5
constexpr std::size_t kCandidates = 200;  // articles ranked by similarity

bool is_word_char(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= '0' && c <= '9') ||
         (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// The distinct trigrams of `text` made of word characters only (the
/// trigram tokenizer folds ASCII case, so they are lower-cased here too).
std::set<std::string> trigrams(std::string_view text) {
  std::vector<std::string> cps;
  std::vector<bool> word;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    char32_t c = text::next_code_point(text, i);
    word.push_back(is_word_char(c));
    std::string cp(text.substr(start, i - start));
    if (cp.size() == 1) cp[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(cp[0])));
    cps.push_back(std::move(cp));
  }
  std::set<std::string> out;
  for (std::size_t i = 0; i + 2 < cps.size(); ++i) {
    if (word[i] && word[i + 1] && word[i + 2]) out.insert(cps[i] + cps[i + 1] + cps[i + 2]);
  }
  return out;
}

/// The query's trigrams with their document frequencies, rarest first.
std::vector<std::pair<std::int64_t, std::string>> rare_trigrams(Index& index, std::string_view text) {
  SQLite::Statement df(index.db(), "SELECT doc FROM provisions_vocab WHERE term = ?");
  std::vector<std::pair<std::int64_t, std::string>> terms;
  for (const std::string& t : trigrams(text)) {
    df.reset();
    df.bind(1, t);
    if (df.executeStep()) terms.emplace_back(df.getColumn(0).getInt64(), t);
  }
  std::sort(terms.begin(), terms.end());
  if (terms.size() > kTrigrams) terms.resize(kTrigrams);
  return terms;
}

/// Candidate articles: the query's rarest trigrams' posting lists, each
/// article weighted by the summed IDF of the trigrams it shares (FTS5's bm25
/// needs positions, which this index does not keep). Best `kCandidates`.
std::vector<std::int64_t> candidates(Index& index, std::string_view text, const std::string& filter,
                                     const SimilarQuery& query) {
  const double n = static_cast<double>(index.db().execAndGet("SELECT count(*) FROM provisions").getInt64());
  SQLite::Statement q(index.db(), "SELECT f.rowid, a.work = ? FROM provisions_fts f JOIN provisions p ON p.id = f.rowid "
                                  "JOIN acts a ON a.id = p.act WHERE provisions_fts MATCH ?" + filter);
  std::unordered_map<std::int64_t, double> weight;
  for (const auto& [df, term] : rare_trigrams(index, text)) {
    q.reset();
    q.clearBindings();
    int c = 1;
    q.bind(c++, query.work);
    q.bind(c++, "\"" + term + "\"");
    for (const std::string& k : query.exclude) q.bind(c++, k);
    for (const std::string& k : query.only) q.bind(c++, k);
    const double idf = std::log(1.0 + n / static_cast<double>(df));
    // Other versions of the query's act count double here: a short or
    // boilerplate article shares its trigrams with thousands of articles,
    // and its unchanged twin must not be cut before it is scored.
    while (q.executeStep()) weight[q.getColumn(0).getInt64()] += idf * (q.getColumn(1).getInt() ? 2 : 1);
  }
  std::vector<std::pair<double, std::int64_t>> ranked;
  for (const auto& [row, w] : weight) ranked.emplace_back(-w, row);
  const std::size_t keep = std::min(kCandidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end());
  std::vector<std::int64_t> rows;
  for (std::size_t i = 0; i < keep; ++i) rows.push_back(ranked[i].second);
  return rows;
}

/// One article whose paragraphs are the lines of `text`.
statute::Article article_of(std::string_view text, int number) {
  statute::Article a;
  a.number = number;
  a.label = statute::canonical_article_label(number, 0);
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = std::min(text.find('\n', start), text.size());
    if (nl > start) a.paragraphs.push_back({std::string(text.substr(start, nl - start)), {}, {}});
    start = nl + 1;
  }
  return a;
}

}  // namespace

std::vector<SimilarHit> similar(Index& index, const SimilarQuery& query) {
  std::string filter;
  if (!query.exclude.empty()) filter += fmt::format(" AND a.key NOT IN ({})", placeholders(query.exclude.size()));
  if (!query.only.empty()) filter += fmt::format(" AND a.key IN ({})", placeholders(query.only.size()));
  const std::vector<std::int64_t> rows = candidates(index, query.text, filter, query);
  if (rows.empty()) return {};
  std::set<std::int64_t> same_work;
  if (!query.work.empty()) {
    SQLite::Statement w(index.db(), "SELECT id FROM acts WHERE work = ?");
    w.bind(1, query.work);
    while (w.executeStep()) same_work.insert(w.getColumn(0).getInt64());
  }
  std::vector<SimilarHit> hits;
  statute::Act pool;
  for (PartialAct& p : load_articles(index, rows)) {
    for (std::size_t k = 0; k < p.act.doc.articles.size(); ++k) {
      statute::Article& a = p.act.doc.articles[k];
      hits.push_back({0, p.row.key, p.article_index[k], statute::article_text(a), same_work.count(p.row.row) > 0});
      pool.doc.articles.push_back(std::move(a));
    }
  }
  statute::Act probe;
  probe.doc.articles.push_back(article_of(query.text, 1));
  const std::vector<double> scores = align::similarity_to(probe, pool);
  for (std::size_t i = 0; i < hits.size(); ++i) hits[i].score = scores[i];
  std::erase_if(hits, [&](const SimilarHit& h) { return h.score < query.min_score || h.score <= 0; });
  std::sort(hits.begin(), hits.end(), [](const SimilarHit& x, const SimilarHit& y) {
    if (std::abs(x.score - y.score) > 1e-9) return x.score > y.score;
    if (x.same_work != y.same_work) return x.same_work;
    return x.act != y.act ? x.act < y.act : x.article < y.article;
  });
  if (hits.size() > query.top) hits.resize(query.top);
  return hits;
}

}  // namespace lawdiff::corpus
