#pragma once
// The parameter grid of the alignment benches (align_eval): load the dev
// pairs, score every grid point on each, choose points by one objective.
// Header-only because every bench/*.cpp is its own program.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "align/citations.hpp"
#include "align/evaluate.hpp"
#include "align/params.hpp"
#include "align/similarity.hpp"
#include "statute/library.hpp"
#include "support/dev_pairs.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::bench {

struct Loaded {
  std::string name;
  const statute::Act* a = nullptr;
  const statute::Act* b = nullptr;
  std::vector<align::GoldPair> gold;
  std::size_t group = 0;  // rows judging the same two acts (a pair's readings) share a group
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The dev pairs whose acts are at hand (the others are named on stderr);
/// with `second`, each second reading (dev_pairs.hpp) follows as a row of
/// its own, named "<pair> 2nd", in its pair's group.
inline std::vector<Loaded> load_dev_pairs(statute::Library& lib, bool second = false) {
  const auto shared = statute::testing::shared_dir();
  auto gold_of = [](std::string_view file) {
    const std::string path = std::string(LAWDIFF_EVAL_DIR) + "/" + std::string(file);
    return align::parse_gold(slurp(path), path);
  };
  std::vector<Loaded> out;
  for (const testing::DevPair& p : testing::kDevPairs) {
    const auto a = testing::dev_act(p.a, shared), b = testing::dev_act(p.b, shared);
    if (!a || !b) {
      std::cerr << "align_eval: skipping " << p.name << ": its acts are not under ../shared\n";
      continue;
    }
    out.push_back({std::string(p.name), &lib.get(*a), &lib.get(*b), gold_of(p.gold), out.size()});
  }
  if (!second) return out;
  const std::size_t firsts = out.size();
  for (const testing::SecondReading& r : testing::kSecondReadings)
    for (std::size_t k = 0; k < firsts; ++k)
      if (out[k].name == r.pair) out.push_back({out[k].name + " 2nd", out[k].a, out[k].b, gold_of(r.gold), out[k].group});
  return out;
}

/// The rows to leave out when row `k` is scored out of sample: every row
/// of its group (a pair's other reading judges the same text).
inline std::vector<std::size_t> group_of(const std::vector<Loaded>& pairs, std::size_t k) {
  std::vector<std::size_t> out;
  for (std::size_t t = 0; t < pairs.size(); ++t)
    if (pairs[t].group == pairs[k].group) out.push_back(t);
  return out;
}

/// One line naming the parameters the grid varies.
inline std::string describe(const align::detail::Params& p) {
  return fmt::format("item={:.1f} idf^{:.1f} contain={:.2f} title={:.2f} hub={:.2f}/{} prior={:.2f} partial={:.3f} mutual={:.3f} ratio={:.2f} "
                     "col={:.2f} row_exempt={:d} col_best_min={:.2f} unit_rivals={:d} carrier={:d} xref={:.2f} shadow={:.2f} | strong={:.2f} strong_mutual={:.2f}",
                     p.item, p.features.idf_power, p.contain, p.title, p.hub, p.hub_k, p.prior, p.partial, p.mutual_min, p.ratio, p.col_ratio, p.row_best_exempt,
                     p.col_best_min, p.unit_rivals, p.carrier_rivals, p.xref, p.shadow, p.strong, p.strong_mutual);
}

/// What a setting is chosen by, over the pairs not `excluded`: the mean of
/// the pairs' F1 and of their worst F1 (one setting must serve every pair),
/// plus a small weight on leaving unmatched what the references leave
/// unmatched (deleted and added articles).
/// The objective's no-counterpart term of one pair: the share of the
/// articles without a counterpart (either side) left unmatched; 1 when none.
inline double no_counterpart_term(const align::Evaluation& e) {
  const int den = e.no_counterpart + e.only_b;
  return den > 0 ? static_cast<double>(e.no_counterpart_ok + e.only_b_ok) / den : 1.0;
}

inline double objective(const std::vector<align::Evaluation>& evals, std::vector<std::size_t> excluded) {
  double sum = 0, worst = 1, nc = 0;
  int n = 0;
  for (std::size_t k = 0; k < evals.size(); ++k) {
    if (std::find(excluded.begin(), excluded.end(), k) != excluded.end()) continue;
    const align::Evaluation& e = evals[k];
    sum += e.f1, worst = std::min(worst, e.f1), ++n;
    nc += no_counterpart_term(e);
  }
  return n > 0 ? 0.5 * sum / n + 0.5 * worst + 0.1 * nc / n : 0;
}

struct GridResult {
  std::vector<align::detail::Params> settings;         // [0] is the built-in default
  std::vector<std::vector<align::Evaluation>> evals;   // [setting][pair]
  std::vector<std::size_t> lopo;                       // per pair: the setting chosen without it
  std::size_t best_all = 0;
  // The chosen settings with their strong/partial labels tuned too (the
  // labels change no pair, so they are chosen after the pairs), and what
  // they score: per pair left out, and on all pairs.
  std::vector<align::detail::Params> lopo_labelled;
  std::vector<align::Evaluation> lopo_evals;           // [pair], scored with lopo_labelled[pair]
  align::detail::Params all_labelled;
  std::vector<align::Evaluation> all_evals;            // [pair]
};

/// The settings searched: the defaults first, then the grid. Scores are
/// computed once per scoring setting; selection settings reuse them. Ties
/// go to the earlier point, and each dimension lists today's default first,
/// so a parameter the training pairs are indifferent to (the title weight,
/// on two untitled pairs) keeps its default instead of an arbitrary value.
inline std::vector<align::detail::Params> scoring_grid(const align::detail::Params& base, bool items) {
  std::vector<align::detail::Params> out;
  for (double item : items ? std::vector<double>{base.item, base.item > 0 ? 0.0 : 0.8} : std::vector<double>{base.item})
  for (double contain : {0.15, 0.0, 0.3})
    for (double title : {0.12, 0.0})
      for (double hub : {0.3, 0.7, 0.5})
        for (double prior : {0.4, 0.1, 0.25})
          for (int hub_k : {3, 5, 1})
            for (float idf_power : {1.5f, 1.0f}) {
              align::detail::Params p = base;
              p.item = item;
              p.contain = contain, p.title = title, p.hub = hub, p.prior = prior, p.hub_k = hub_k;
              p.features.idf_power = idf_power;
              out.push_back(p);
            }
  return out;
}

inline std::vector<align::detail::Params> with_selections(const align::detail::Params& base) {
  std::vector<align::detail::Params> out;
  for (double partial : {0.08, 0.09, 0.07, 0.06, 0.10, 0.11})
    for (double mutual : {1.0, 0.05})  // 1.0: no lower floor for mutual best pairs
      for (double ratio : {0.8, 0.6, 0.7})
        for (double col : {0.5, 0.3})
          for (bool exempt : {false, true})
            for (double col_best : {0.20, 0.30, 0.10, 0.15, 1.0})  // 1.0: no column-best exemption
              for (bool unit_rivals : {true, false})
                for (bool carrier : {true, false})
                  for (double xref : {base.xref, base.xref > 0 ? 0.0 : 0.2, 0.1, 0.3})
                  for (double shadow : {base.shadow, base.shadow > 0 ? 0.0 : 0.04, 0.02}) {
                    align::detail::Params p = base;
                    p.shadow = shadow;
                    p.partial = partial, p.mutual_min = mutual, p.ratio = ratio, p.col_ratio = col;
                    p.row_best_exempt = exempt, p.col_best_min = col_best, p.unit_rivals = unit_rivals;
                    p.carrier_rivals = carrier, p.xref = xref;
                    out.push_back(p);
                  }
  return out;
}

/// Every pair's evaluation of setting `p`; `compact` drops the lists of
/// misses and false positives (a grid keeps hundreds of thousands).
inline std::vector<align::Evaluation> evaluate_setting(const std::vector<Loaded>& pairs,
                                                       const std::vector<align::detail::Scores>& scores,
                                                       const align::detail::Params& p, bool compact = false) {
  std::vector<align::Evaluation> row;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    row.push_back(align::evaluate(align::detail::select_pairs(*pairs[k].a, *pairs[k].b, scores[k], {}, p), *pairs[k].a,
                                  *pairs[k].b, pairs[k].gold));
    if (compact) row.back().false_positives = {}, row.back().misses = {}, row.back().wrong_relations = {};
  }
  return row;
}

inline std::vector<align::detail::Scores> score_all(const std::vector<Loaded>& pairs, const align::detail::Params& p) {
  std::vector<align::detail::Scores> out;
  for (const Loaded& l : pairs) {
    out.push_back(align::detail::score_acts(*l.a, *l.b, p));
    // The citations too, whatever p.xref: selection settings may turn the term on.
    out.back().cites_a = align::detail::cited_articles(*l.a);
    out.back().cites_b = align::detail::cited_articles(*l.b);
  }
  return out;
}

inline std::size_t best_setting(const GridResult& r, std::vector<std::size_t> excluded) {
  std::size_t best = 0;
  for (std::size_t s = 1; s < r.evals.size(); ++s)
    if (objective(r.evals[s], excluded) > objective(r.evals[best], excluded) + 1e-12) best = s;
  return best;
}

/// The grid's dimensions as the values each setting takes, for finding a
/// point's neighbours: the same value lists as scoring_grid and
/// with_selections (booleans as 0/1).
inline std::vector<double> coordinates(const align::detail::Params& p) {
  return {p.item, p.contain, p.title, p.hub, p.prior, static_cast<double>(p.hub_k),
          p.features.idf_power, p.partial, p.mutual_min, p.ratio, p.col_ratio, static_cast<double>(p.row_best_exempt),
          p.col_best_min, static_cast<double>(p.unit_rivals), static_cast<double>(p.carrier_rivals), p.xref, p.shadow};
}

/// For every grid setting (index ≥ 1), the indices of its neighbours: the
/// settings that differ from it in one dimension, by one step of that
/// dimension's sorted values.
inline std::vector<std::vector<std::size_t>> grid_neighbours(const GridResult& r) {
  const std::size_t n = r.settings.size();
  std::vector<std::vector<double>> coord(n);
  for (std::size_t s = 0; s < n; ++s) coord[s] = coordinates(r.settings[s]);
  const std::size_t dims = coord[0].size();
  std::vector<std::vector<double>> values(dims);
  for (std::size_t s = 1; s < n; ++s)
    for (std::size_t d = 0; d < dims; ++d) values[d].push_back(coord[s][d]);
  for (auto& v : values) std::sort(v.begin(), v.end()), v.erase(std::unique(v.begin(), v.end()), v.end());
  std::map<std::vector<double>, std::size_t> where;
  for (std::size_t s = 1; s < n; ++s) where.emplace(coord[s], s);
  std::vector<std::vector<std::size_t>> out(n);
  for (std::size_t s = 1; s < n; ++s)
    for (std::size_t d = 0; d < dims; ++d) {
      const auto at = std::lower_bound(values[d].begin(), values[d].end(), coord[s][d]) - values[d].begin();
      for (const std::ptrdiff_t step : {-1, 1}) {
        const std::ptrdiff_t k = at + step;
        if (k < 0 || k >= static_cast<std::ptrdiff_t>(values[d].size())) continue;
        std::vector<double> c = coord[s];
        c[d] = values[d][static_cast<std::size_t>(k)];
        if (const auto it = where.find(c); it != where.end()) out[s].push_back(it->second);
      }
    }
  return out;
}

/// The setting whose neighbourhood (itself and its single-step neighbours)
/// has the best mean objective over the pairs not `excluded`: a flat
/// optimum instead of the sharpest peak, which on three dev pairs is the
/// point most likely fitted to them.
inline std::size_t best_smoothed(const GridResult& r, const std::vector<std::vector<std::size_t>>& neighbours,
                                 std::vector<std::size_t> excluded) {
  std::vector<double> obj(r.evals.size());
  for (std::size_t s = 0; s < r.evals.size(); ++s) obj[s] = objective(r.evals[s], excluded);
  std::size_t best = 1;
  double best_value = -1;
  for (std::size_t s = 1; s < r.evals.size(); ++s) {
    double sum = obj[s];
    for (const std::size_t t : neighbours[s]) sum += obj[t];
    const double v = sum / static_cast<double>(neighbours[s].size() + 1);
    if (v > best_value + 1e-12) best_value = v, best = s;
  }
  return best;
}

/// Mean balanced label agreement over the pairs not `excluded` (plain
/// agreement rewards calling everything strong: most correct pairs are),
/// with the mean relation accuracy (version references) as a tie-break.
inline double label_objective(const std::vector<align::Evaluation>& evals, const std::vector<std::size_t>& excluded) {
  double sum = 0, rel = 0;
  int n = 0, nr = 0;
  for (std::size_t k = 0; k < evals.size(); ++k) {
    if (std::find(excluded.begin(), excluded.end(), k) != excluded.end()) continue;
    sum += evals[k].label_balanced, ++n;
    if (evals[k].relations > 0) rel += evals[k].relation_accuracy, ++nr;
  }
  return (n ? sum / n : 0) + 0.01 * (nr ? rel / nr : 0);
}

/// `p` with the strong/partial label parameters that do best on the pairs
/// not `excluded`.
inline align::detail::Params tune_labels(const std::vector<Loaded>& pairs, align::detail::Params p,
                                         const std::vector<std::size_t>& excluded) {
  const auto scores = score_all(pairs, p);
  align::detail::Params best = p;
  double best_value = label_objective(evaluate_setting(pairs, scores, p), excluded);
  for (double strong : {0.25, 0.06, 0.08, 0.10, 0.12, 0.15, 0.18, 0.20, 0.30})
    for (double mutual : {0.15, 0.0, 0.07, 0.10, 0.20, 1.0}) {
      p.strong = strong, p.strong_mutual = mutual;
      const double v = label_objective(evaluate_setting(pairs, scores, p), excluded);
      if (v > best_value + 1e-12) best_value = v, best = p;
    }
  return best;
}

struct GridOptions {
  bool full = true;       // false: the labels only (the pairs stay the defaults')
  bool smooth = false;    // choose by best_smoothed instead of best_setting
  bool items = false;     // the grid also varies Params::item
  bool scoring = true;    // false: the scoring parameters stay the defaults', only selection is searched
};

/// The grid's evaluations, the choices and their scores. Every setting
/// starts from `defaults` (an experiment's features: a paraphrase model,
/// align_eval --paraphrases).
inline GridResult run_grid(const std::vector<Loaded>& pairs, const GridOptions& o, const align::detail::Params& defaults = {}) {
  const bool full = o.full, smooth = o.smooth;
  GridResult r;
  r.settings.push_back(defaults);
  r.evals.push_back(evaluate_setting(pairs, score_all(pairs, defaults), defaults));
  const std::vector<align::detail::Params> bases =
      !full ? std::vector<align::detail::Params>{} : o.scoring ? scoring_grid(defaults, o.items) : std::vector{defaults};
  for (const align::detail::Params& base : bases) {
    const auto scores = score_all(pairs, base);
    for (const align::detail::Params& p : with_selections(base)) {
      r.settings.push_back(p);
      r.evals.push_back(evaluate_setting(pairs, scores, p, true));
    }
  }
  const auto neighbours = smooth && full ? grid_neighbours(r) : std::vector<std::vector<std::size_t>>{};
  auto choose = [&](std::vector<std::size_t> excluded) {
    return smooth && full ? best_smoothed(r, neighbours, excluded) : best_setting(r, excluded);
  };
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    r.lopo.push_back(choose(group_of(pairs, k)));
    r.lopo_labelled.push_back(tune_labels(pairs, r.settings[r.lopo[k]], group_of(pairs, k)));
    r.lopo_evals.push_back(evaluate_setting(pairs, score_all(pairs, r.lopo_labelled[k]), r.lopo_labelled[k])[k]);
  }
  r.best_all = choose({});
  r.all_labelled = tune_labels(pairs, r.settings[r.best_all], {});
  r.all_evals = evaluate_setting(pairs, score_all(pairs, r.all_labelled), r.all_labelled);
  return r;
}

}  // namespace lawdiff::bench
