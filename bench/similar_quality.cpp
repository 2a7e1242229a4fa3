// similar_quality INDEX [SHARED_DIR]: how well `similar` finds the other
// version of a provision, over an index of ../shared/corpus-sample and
// corpus-dev (bench/corpus_index.sh builds one):
//  - every article left unchanged between two consecutive versions of an act
//    (same text but for white space and punctuation), in both directions:
//    is the other version's article similar's best hit outside the query's act?
//  - every changed (modified, split, merged) pair of the 反间谍法 2014 → 2023
//    reference: is the new article among the query's top 5?
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/error.hpp"
#include "corpus/catalogue.hpp"
#include "corpus/index.hpp"
#include "corpus/similar.hpp"
#include "statute/library.hpp"
#include "statute/loader.hpp"
#include "statute/version.hpp"
#include "text/utf8.hpp"

using namespace lawdiff;

namespace {

/// The text without white space and punctuation: what "unchanged" compares.
std::string bare(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = text::next_code_point(s, i);
    const bool word = (c >= 0x3400 && c <= 0x9FFF) || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                      (c >= 'A' && c <= 'Z') || (c >= 0xFF10 && c <= 0xFF5A);
    if (word) out.append(s.substr(start, i - start));
  }
  return out;
}

statute::Act load(corpus::IndexSource& source, const std::string& key) {
  statute::StoredAct stored = *source.find(key, 0);
  return {stored.info, statute::parse_bytes(stored.text, stored.info.file)};
}

struct Count {
  int total = 0, found = 0;
  std::vector<std::string> misses;
};

/// Queries every article of `from` that `to` has unchanged. The best hit is
/// right when it is that article of `to`'s version: of `to` or of another
/// copy of it (`copies`: the acts of the same title and version date).
void unchanged(corpus::Index& index, const statute::Act& from, const statute::Act& to,
               const std::set<std::string>& copies, Count& c) {
  std::map<std::string, int> in_to;
  for (const auto& a : to.doc.articles) in_to.emplace(bare(statute::article_text(a)), 0);
  for (const auto& a : from.doc.articles) {
    const std::string text = statute::article_text(a);
    const std::string key = bare(text);
    if (key.empty() || !in_to.count(key)) continue;
    ++c.total;
    corpus::SimilarQuery q;
    q.text = text;
    q.exclude = {from.info.id};
    q.work = statute::work_key(from.info.title);
    q.top = 1;
    const auto hits = corpus::similar(index, q);
    if (!hits.empty() && copies.count(hits[0].act) && bare(hits[0].text) == key) {
      ++c.found;
    } else if (c.misses.size() < 15) {
      c.misses.push_back(fmt::format("{}:{} → {}", from.info.id, statute::article_key(a),
                                     hits.empty() ? "nothing" : fmt::format("{}:{}", hits[0].act, hits[0].article + 1)));
    }
  }
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 2) {
    fmt::print(stderr, "usage: similar_quality INDEX [SHARED_DIR]\n");
    return 2;
  }
  auto index = corpus::Index::open(argv[1]);
  corpus::IndexSource source([&] { return index.get(); });
  // Consecutive versions of each act (versions of one date are copies or
  // parts, not versions).
  SQLite::Statement works(index->db(), "SELECT work FROM acts GROUP BY work HAVING count(DISTINCT version_date) > 1");
  Count same;
  int pairs = 0;
  while (works.executeStep()) {
    std::vector<corpus::VersionRow> v = corpus::versions_of(*index, works.getColumn(0).getString());
    for (std::size_t i = 0; i + 1 < v.size(); ++i) {
      if (v[i].version_date == v[i + 1].version_date || v[i + 1].version_date.empty()) continue;
      const statute::Act newer = load(source, v[i].key), older = load(source, v[i + 1].key);
      ++pairs;
      auto copies_of = [&](const corpus::VersionRow& r) {
        std::set<std::string> keys;
        for (const corpus::VersionRow& x : v) {
          if (x.version_date == r.version_date) keys.insert(x.embedded.empty() ? x.key : x.embedded);
        }
        return keys;
      };
      unchanged(*index, older, newer, copies_of(v[i]), same);
      unchanged(*index, newer, older, copies_of(v[i + 1]), same);
    }
  }
  fmt::print("unchanged articles over {} version pairs: {} / {} found as the best hit ({:.2f}%)\n", pairs, same.found,
             same.total, same.total ? 100.0 * same.found / same.total : 0.0);
  for (const std::string& m : same.misses) fmt::print("  miss {}\n", m);

  const std::string shared = argc > 2 ? argv[2] : "../shared";
  std::ifstream tsv(shared + "/eval/versions-fanjiandie-2014-2023.tsv");
  if (!tsv) return 0;
  const statute::Act old_act = load(source, "反间谍法(2014-11-01)");
  Count changed;
  std::string line;
  std::getline(tsv, line);
  while (std::getline(tsv, line)) {
    std::istringstream row(line);
    std::string a, b, relation;
    std::getline(row, a, '\t');
    std::getline(row, b, '\t');
    std::getline(row, relation, '\t');
    if (relation != "modified" && relation != "split" && relation != "merged") continue;
    ++changed.total;
    corpus::SimilarQuery q;
    q.text = statute::article_text(old_act.doc.articles.at(std::stoi(a) - 1));
    q.exclude = {old_act.info.id};
    q.work = statute::work_key(old_act.info.title);
    q.top = 5;
    bool found = false;
    for (const auto& h : corpus::similar(*index, q)) found |= h.act == "反间谍法(2023-04-26)" && h.article + 1 == std::stoi(b);
    if (found) ++changed.found;
    else changed.misses.push_back(fmt::format("{} → {} ({})", a, b, relation));
  }
  fmt::print("反间谍法 2014 → 2023, changed pairs: {} / {} with the new article in the top 5 ({:.1f}%)\n", changed.found,
             changed.total, 100.0 * changed.found / changed.total);
  for (const std::string& m : changed.misses) fmt::print("  miss {}\n", m);
  return 0;
} catch (const Error& e) {  // a missing or damaged index, an unreadable statute
  fmt::print(stderr, "similar_quality: {}\n", e.what());
  return 2;
}
