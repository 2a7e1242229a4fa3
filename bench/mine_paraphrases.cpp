// mine_paraphrases [MIN_ACTS] > data/paraphrases.tsv: builds the paraphrase
// model the aligner folds in (align/paraphrases.hpp) from the real version
// pairs under ../shared (LAWDIFF_SHARED overrides): files named
// TITLE(YYYY-MM-DD).md in corpus-sample and corpus-dev are versions of one
// act. Each pair of consecutive versions is aligned with the project's own
// aligner; every strong pair that is not `same` (reworded, split or merged)
// is diffed word by word, and its short substitutions (diff::replacements)
// are counted. A substitution is kept when it occurs in at least MIN_ACTS
// (default 1) distinct acts; the acts column lets a reader of the model ask
// for more (Paraphrases::parse): what one revision of one act renamed may be
// that act's business, what several acts' revisions renamed is the language
// changing. (52 version pairs give only ~350 substitutions, 11 of them in
// two or more acts: docs/alignment.md.) The rate column says how often the
// revisions replaced `from` by `to` where the old texts had `from`: a
// renamed term (帐簿 → 账簿) is replaced nearly everywhere, a common word
// swapped inside a rewritten sentence (应当 → 依法) almost nowhere.
//
// The acts behind the dev references are left out, so their evaluation is
// not contaminated: 反间谍法 (both versions; the 2014→2023 reference), and
// the Beijing/Zhejiang digital-economy and Shenzhen/Guangdong AI acts (no
// versions in the corpus, excluded by name all the same). It only reads;
// run it from the build directory:
//   nice -n 15 build/release/mine_paraphrases > data/paraphrases.tsv
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <string_view>

#include "align/align.hpp"
#include "base/error.hpp"
#include "diff/replacements.hpp"
#include "diff/text_diff.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;
namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 5> kExcluded = {"反间谍法", "北京市数字经济促进条例", "浙江省数字经济促进条例",
                                                       "深圳经济特区人工智能产业促进条例", "广东省人工智能发展促进条例"};

bool excluded(const std::string& title) {
  return std::any_of(kExcluded.begin(), kExcluded.end(), [&](std::string_view x) { return title.find(x) != std::string::npos; });
}

struct Seen {
  std::set<std::string> acts;
  int count = 0;
};
using Counts = std::map<std::pair<std::string, std::string>, Seen>;

// Adds the substitutions of every reworded strong pair of a → b to
// `counts`, and the old side's text to `old_text`.
void mine(const std::string& title, const statute::Act& a, const statute::Act& b, Counts& counts, std::string& old_text) {
  for (const align::Pair& p : align::align(a, b).pairs) {
    if (p.strength != align::Strength::strong || p.relation == align::Relation::same) continue;
    const std::string old_article = statute::article_text(a.doc.articles[p.a.article]);
    old_text.append(old_article).push_back('\n');
    const auto edits = diff::diff_text(old_article, statute::article_text(b.doc.articles[p.b.article]));
    for (const diff::Replacement& r : diff::replacements(edits)) {
      Seen& s = counts[{r.from, r.to}];
      s.acts.insert(title);
      ++s.count;
    }
  }
}

// Occurrences of `phrase` in `text` (not overlapping).
int occurrences(std::string_view text, std::string_view phrase) {
  int n = 0;
  for (std::size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + phrase.size())) ++n;
  return n;
}

}  // namespace

int main(int argc, char** argv) try {
  const int min_acts = argc > 1 ? std::stoi(argv[1]) : 1;
  const auto shared = statute::testing::shared_dir();
  if (!shared) {
    std::cerr << "mine_paraphrases: ../shared is absent\n";
    return 2;
  }
  statute::Library lib({});
  Counts counts;
  std::string old_text;
  int pairs = 0;
  for (const auto& [title, by_date] : statute::testing::version_files(*shared)) {
    if (excluded(title)) continue;
    for (auto it = by_date.begin(); std::next(it) != by_date.end(); ++it) {
      try {
        mine(title, lib.get(it->second), lib.get(std::next(it)->second), counts, old_text);
        ++pairs;
      } catch (const Error& e) {
        std::cerr << title << ": skipped: " << e.what() << "\n";
      }
    }
  }
  std::vector<std::pair<const Counts::key_type*, const Seen*>> kept;
  for (const auto& [k, s] : counts)
    if (static_cast<int>(s.acts.size()) >= min_acts) kept.emplace_back(&k, &s);
  std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
    return std::pair(x.second->acts.size(), x.second->count) > std::pair(y.second->acts.size(), y.second->count);
  });
  fmt::print("# Paraphrase model: word substitutions of the version pairs under ../shared\n");
  fmt::print("# ({} pairs; 反间谍法 and the dev acts left out), seen in >= {} acts.\n", pairs, min_acts);
  fmt::print("# Built by bench/mine_paraphrases.cpp. Columns: from, to, acts, occurrences, rate\n");
  fmt::print("# (occurrences / occurrences of `from` in the old side of the pairs diffed).\n");
  for (const auto& [k, s] : kept)
    fmt::print("{}\t{}\t{}\t{}\t{:.3f}\n", k->first, k->second, s->acts.size(), s->count,
               static_cast<double>(s->count) / std::max(1, occurrences(old_text, k->first)));
  std::cerr << fmt::format("{} version pairs, {} distinct substitutions, {} kept\n", pairs, counts.size(), kept.size());
  return 0;
} catch (const Error& e) {
  std::cerr << "mine_paraphrases: " << e.what() << "\n";
  return 2;
}
