// Reference scoring (tests/eval/README.md): precision over every predicted
// pair of the reference's A articles, recall over the strong pairs, and how
// many articles the reference leaves without a counterpart stay unmatched.
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

// A row of the a/b/strength format.
GoldPair strength_row(const std::vector<std::string_view>& cells, const std::string& where) {
  if (cells.size() < 3 || (cells[0].empty() && cells[1].empty()))
    throw Error(where, "expected a<TAB>b<TAB>strength");
  const bool pair = !cells[0].empty() && !cells[1].empty();
  if (pair && cells[2] != "strong" && cells[2] != "partial")
    throw Error(where, "strength must be 'strong' or 'partial'");
  return {std::string(cells[0]), std::string(cells[1]), pair ? std::string(cells[2]) : std::string(), {}};
}

// A row of the old_article/new_article/relation format (新旧对照): the
// relations that must be found count as strong, `partial` as partial.
GoldPair relation_row(const std::vector<std::string_view>& cells, const std::string& where) {
  if (cells.size() < 3) throw Error(where, "expected old_article<TAB>new_article<TAB>relation");
  const std::string_view rel = cells[2];
  const bool must = rel == "same" || rel == "modified" || rel == "split" || rel == "merged";
  const bool pair = must || rel == "partial";
  if (!pair && rel != "deleted" && rel != "added")
    throw Error(where, "relation must be same, modified, split, merged, partial, deleted or added");
  if (pair && (cells[0].empty() || cells[1].empty())) throw Error(where, "a '" + std::string(rel) + "' row names both articles");
  if (rel == "deleted" && (cells[0].empty() || !cells[1].empty())) throw Error(where, "a 'deleted' row names only the old article");
  if (rel == "added" && (!cells[0].empty() || cells[1].empty())) throw Error(where, "an 'added' row names only the new article");
  return {std::string(cells[0]), std::string(cells[1]), pair ? (must ? "strong" : "partial") : "", std::string(rel)};
}

}  // namespace

std::vector<GoldPair> parse_gold(std::string_view text, std::string_view source) {
  std::vector<GoldPair> out;
  bool versions = false;
  int line_no = 0;
  for (std::size_t start = 0; start < text.size();) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const auto cells = split_tabs(line);
    const std::string where = std::string(source) + ":" + std::to_string(++line_no);
    if (line_no == 1) {
      versions = cells.size() >= 3 && cells[2] == "relation";
      if (!versions && (cells.size() < 3 || cells[2] != "strength"))
        throw Error(where, "expected a header a<TAB>b<TAB>strength or old_article<TAB>new_article<TAB>relation");
      continue;
    }
    if (text::trim(line).empty()) continue;
    out.push_back(versions ? relation_row(cells, where) : strength_row(cells, where));
  }
  return out;
}

namespace {

using KeyPair = std::pair<std::string, std::string>;

// The reference, indexed: which A articles it judges, its pairs, its strong
// pairs, and the B articles it says have no counterpart.
struct GoldIndex {
  std::set<std::string> a, a_with_pair, b_only;
  std::set<KeyPair> any, strong;
  std::map<KeyPair, std::string> relation;  // version references only
};

// What was predicted for one article pair: strong when any of its
// paragraph-level pairs is, with the relation of its strongest pair.
struct Predicted {
  bool strong = false;
  Relation relation = Relation::partial;
  double score = -1;
};

GoldIndex index_gold(const statute::Act& a, const statute::Act& b, const std::vector<GoldPair>& gold) {
  GoldIndex g;
  for (const GoldPair& p : gold) {
    if (!p.a.empty() && !has_article(a, p.a)) throw Error("reference", "no article " + p.a + " in " + a.info.id);
    if (!p.b.empty() && !has_article(b, p.b)) throw Error("reference", "no article " + p.b + " in " + b.info.id);
    if (p.a.empty()) {
      g.b_only.insert(p.b);
      continue;
    }
    g.a.insert(p.a);
    if (p.b.empty()) continue;
    g.a_with_pair.insert(p.a);
    g.any.emplace(p.a, p.b);
    if (p.strength == "strong") g.strong.emplace(p.a, p.b);
    if (!p.relation.empty()) g.relation[{p.a, p.b}] = p.relation;
  }
  return g;
}

// Article-level predicted pairs of the reference's A articles.
std::map<KeyPair, Predicted> predicted_pairs(const Alignment& al, const statute::Act& a, const statute::Act& b,
                                             const GoldIndex& g) {
  std::map<KeyPair, Predicted> predicted;
  for (const Pair& p : al.pairs) {
    std::string ka = statute::article_key(a.doc.articles[p.a.article]);
    if (!g.a.count(ka)) continue;
    Predicted& x = predicted[{std::move(ka), statute::article_key(b.doc.articles[p.b.article])}];
    x.strong = x.strong || p.strength == Strength::strong;
    if (p.score > x.score) x.score = p.score, x.relation = p.relation;
  }
  return predicted;
}

void score_relation(const KeyPair& p, const Predicted& x, const GoldIndex& g, Evaluation& e) {
  const auto it = g.relation.find(p);
  if (it == g.relation.end()) return;
  ++e.relations;
  const std::string_view predicted = to_string(x.relation);
  if (predicted == it->second) ++e.relations_agree;
  else e.wrong_relations.push_back(p.first + "=" + p.second + " " + it->second + "→" + std::string(predicted));
}

void score_unmatched(const std::map<KeyPair, Predicted>& predicted, const GoldIndex& g, Evaluation& e) {
  std::set<std::string> predicted_a, predicted_b;
  for (const auto& [p, x] : predicted) predicted_a.insert(p.first), predicted_b.insert(p.second);
  for (const std::string& k : g.a) {
    if (g.a_with_pair.count(k)) continue;
    ++e.no_counterpart;
    if (!predicted_a.count(k)) ++e.no_counterpart_ok;
  }
  for (const std::string& k : g.b_only) {
    ++e.only_b;
    if (!predicted_b.count(k)) ++e.only_b_ok;
  }
}

}  // namespace

Evaluation evaluate(const Alignment& alignment, const statute::Act& a, const statute::Act& b,
                    const std::vector<GoldPair>& gold) {
  const GoldIndex g = index_gold(a, b, gold);
  const std::map<KeyPair, Predicted> predicted = predicted_pairs(alignment, a, b, g);
  Evaluation e;
  e.predicted = static_cast<int>(predicted.size());
  for (const auto& [p, x] : predicted) {
    if (!g.any.count(p)) {
      e.false_positives.push_back(p.first + "=" + p.second);
      continue;
    }
    ++e.correct;
    const bool gold_strong = g.strong.count(p) > 0;
    if (x.strong == gold_strong) ++e.labels_agree;
    if (gold_strong) ++e.correct_strong, e.strong_labels_agree += x.strong;
    score_relation(p, x, g, e);
  }
  e.strong = static_cast<int>(g.strong.size());
  for (const auto& p : g.strong) {
    if (predicted.count(p) != 0) ++e.strong_found;
    else e.misses.push_back(p.first + "=" + p.second);
  }
  score_unmatched(predicted, g, e);
  e.precision = ratio(e.correct, e.predicted);
  e.recall = ratio(e.strong_found, e.strong);
  e.f1 = e.precision + e.recall > 0 ? 2 * e.precision * e.recall / (e.precision + e.recall) : 0.0;
  e.no_counterpart_accuracy = ratio(e.no_counterpart_ok, e.no_counterpart);
  e.only_b_accuracy = ratio(e.only_b_ok, e.only_b);
  e.label_agreement = ratio(e.labels_agree, e.correct);
  const int correct_partial = e.correct - e.correct_strong;
  const double on_strong = ratio(e.strong_labels_agree, e.correct_strong);
  const double on_partial = ratio(e.labels_agree - e.strong_labels_agree, correct_partial);
  e.label_balanced = e.correct_strong == 0 ? on_partial : correct_partial == 0 ? on_strong : (on_strong + on_partial) / 2;
  e.relation_accuracy = ratio(e.relations_agree, e.relations);
  return e;
}

}  // namespace lawdiff::align
