// Reference scoring (tests/eval/README.md): precision over every predicted
// pair of the reference's A articles, recall over the strong pairs.
#include "align/evaluate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "base/error.hpp"
#include "text/utf8.hpp"

namespace lawdiff::align {

namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0;;) {
    const auto tab = line.find('\t', start);
    out.push_back(text::trim(line.substr(start, tab - start)));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool has_article(const statute::Act& act, const std::string& key) {
  return std::any_of(act.doc.articles.begin(), act.doc.articles.end(),
                     [&](const statute::Article& x) { return statute::article_key(x) == key; });
}

double ratio(int num, int den) { return den > 0 ? static_cast<double>(num) / den : 0.0; }

}  // namespace

std::vector<GoldPair> parse_gold(std::string_view text, std::string_view source) {
  std::vector<GoldPair> out;
  int line_no = 0;
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (++line_no == 1 || text::trim(line).empty()) continue;  // header
    const auto cells = split_tabs(line);
    const std::string where = std::string(source) + ":" + std::to_string(line_no);
    if (cells.size() < 3 || cells[0].empty())
      throw Error(where, "expected a<TAB>b<TAB>strength");
    if (!cells[1].empty() && cells[2] != "strong" && cells[2] != "partial")
      throw Error(where, "strength must be 'strong' or 'partial'");
    out.push_back({std::string(cells[0]), std::string(cells[1]), std::string(cells[2])});
  }
  return out;
}

Evaluation evaluate(const Alignment& alignment, const statute::Act& a, const statute::Act& b,
                    const std::vector<GoldPair>& gold) {
  std::set<std::string> gold_a;
  std::set<std::pair<std::string, std::string>> any, strong;
  for (const GoldPair& g : gold) {
    if (!has_article(a, g.a)) throw Error("reference", "no article " + g.a + " in " + a.info.id);
    if (!g.b.empty() && !has_article(b, g.b)) throw Error("reference", "no article " + g.b + " in " + b.info.id);
    gold_a.insert(g.a);
    if (g.b.empty()) continue;
    any.emplace(g.a, g.b);
    if (g.strength == "strong") strong.emplace(g.a, g.b);
  }
  // Article-level pairs, strong when any of their paragraph-level pairs is.
  std::map<std::pair<std::string, std::string>, bool> predicted;
  for (const Pair& p : alignment.pairs) {
    std::string ka = statute::article_key(a.doc.articles[p.a.article]);
    if (!gold_a.count(ka)) continue;
    bool& is_strong = predicted[{std::move(ka), statute::article_key(b.doc.articles[p.b.article])}];
    is_strong = is_strong || p.strength == Strength::strong;
  }
  Evaluation e;
  e.predicted = static_cast<int>(predicted.size());
  for (const auto& [p, is_strong] : predicted) {
    if (!any.count(p)) {
      e.false_positives.push_back(p.first + "=" + p.second);
      continue;
    }
    ++e.correct;
    if (is_strong == (strong.count(p) > 0)) ++e.labels_agree;
  }
  e.strong = static_cast<int>(strong.size());
  for (const auto& p : strong) {
    if (predicted.count(p) != 0) ++e.strong_found;
    else e.misses.push_back(p.first + "=" + p.second);
  }
  std::set<std::string> predicted_a;
  for (const auto& [p, is_strong] : predicted) predicted_a.insert(p.first);
  for (const std::string& k : gold_a) {
    if (any.end() != std::find_if(any.begin(), any.end(), [&](const auto& p) { return p.first == k; })) continue;
    ++e.no_counterpart;
    if (!predicted_a.count(k)) ++e.no_counterpart_ok;
  }
  e.precision = ratio(e.correct, e.predicted);
  e.recall = ratio(e.strong_found, e.strong);
  e.f1 = e.precision + e.recall > 0 ? 2 * e.precision * e.recall / (e.precision + e.recall) : 0.0;
  e.no_counterpart_accuracy = ratio(e.no_counterpart_ok, e.no_counterpart);
  e.label_agreement = ratio(e.labels_agree, e.correct);
  return e;
}

}  // namespace lawdiff::align
