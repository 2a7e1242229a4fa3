#pragma once
// The parameter grid of the alignment benches (align_eval): load the dev
// pairs, score every grid point on each, choose points by one objective.
// Header-only because every bench/*.cpp is its own program.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

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
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The dev pairs whose acts are at hand; the others are named on stderr.
inline std::vector<Loaded> load_dev_pairs(statute::Library& lib) {
  const auto shared = statute::testing::shared_dir();
  std::vector<Loaded> out;
  for (const testing::DevPair& p : testing::kDevPairs) {
    const auto a = testing::dev_act(p.a, shared), b = testing::dev_act(p.b, shared);
    if (!a || !b) {
      std::cerr << "align_eval: skipping " << p.name << ": its acts are not under ../shared\n";
      continue;
    }
    const std::string gold = std::string(LAWDIFF_EVAL_DIR) + "/" + std::string(p.gold);
    out.push_back({std::string(p.name), &lib.get(*a), &lib.get(*b), align::parse_gold(slurp(gold), gold)});
  }
  return out;
}

/// One line naming the parameters the grid varies.
inline std::string describe(const align::detail::Params& p) {
  return fmt::format("contain={:.2f} title={:.2f} hub={:.2f} prior={:.2f} partial={:.3f} strong={:.2f} ratio={:.2f} col={:.2f} exempt={:d}",
                     p.contain, p.title, p.hub, p.prior, p.partial, p.strong, p.ratio, p.col_ratio, p.row_best_exempt);
}

/// What a setting is chosen by, over the pairs not `excluded`: the mean of
/// the pairs' F1 and of their worst F1 (one setting must serve every pair),
/// plus a small weight on leaving unmatched what the references leave
/// unmatched (deleted and added articles).
inline double objective(const std::vector<align::Evaluation>& evals, std::vector<std::size_t> excluded) {
  double sum = 0, worst = 1, nc = 0;
  int n = 0;
  for (std::size_t k = 0; k < evals.size(); ++k) {
    if (std::find(excluded.begin(), excluded.end(), k) != excluded.end()) continue;
    const align::Evaluation& e = evals[k];
    sum += e.f1, worst = std::min(worst, e.f1), ++n;
    const int den = e.no_counterpart + e.only_b;
    nc += den > 0 ? static_cast<double>(e.no_counterpart_ok + e.only_b_ok) / den : 1.0;
  }
  return n > 0 ? 0.5 * sum / n + 0.5 * worst + 0.1 * nc / n : 0;
}

struct GridResult {
  std::vector<align::detail::Params> settings;         // [0] is the built-in default
  std::vector<std::vector<align::Evaluation>> evals;   // [setting][pair]
  std::vector<std::size_t> lopo;                       // per pair: the setting chosen without it
  std::size_t best_all = 0;
};

/// The settings searched: the defaults first, then the grid. Scores are
/// computed once per scoring setting; selection settings reuse them.
inline std::vector<align::detail::Params> scoring_grid() {
  std::vector<align::detail::Params> out;
  for (double contain : {0.0, 0.15, 0.3})
    for (double title : {0.0, 0.12})
      for (double hub : {0.3, 0.5, 0.7})
        for (double prior : {0.1, 0.25, 0.4}) {
          align::detail::Params p;
          p.contain = contain, p.title = title, p.hub = hub, p.prior = prior;
          out.push_back(p);
        }
  return out;
}

inline std::vector<align::detail::Params> with_selections(const align::detail::Params& base) {
  std::vector<align::detail::Params> out;
  for (double partial : {0.04, 0.05, 0.06, 0.07, 0.08, 0.09})
    for (double ratio : {0.5, 0.6, 0.7, 0.8})
      for (double col : {0.3, 0.5, 0.7})
        for (bool exempt : {false, true}) {
          align::detail::Params p = base;
          p.partial = partial, p.ratio = ratio, p.col_ratio = col, p.row_best_exempt = exempt;
          out.push_back(p);
        }
  return out;
}

inline std::vector<align::Evaluation> evaluate_setting(const std::vector<Loaded>& pairs,
                                                       const std::vector<align::detail::Scores>& scores,
                                                       const align::detail::Params& p) {
  std::vector<align::Evaluation> row;
  for (std::size_t k = 0; k < pairs.size(); ++k)
    row.push_back(align::evaluate(align::detail::select_pairs(*pairs[k].a, *pairs[k].b, scores[k], {}, p), *pairs[k].a,
                                  *pairs[k].b, pairs[k].gold));
  return row;
}

inline std::vector<align::detail::Scores> score_all(const std::vector<Loaded>& pairs, const align::detail::Params& p) {
  std::vector<align::detail::Scores> out;
  for (const Loaded& l : pairs) out.push_back(align::detail::score_acts(*l.a, *l.b, p));
  return out;
}

inline std::size_t best_setting(const GridResult& r, std::vector<std::size_t> excluded) {
  std::size_t best = 0;
  for (std::size_t s = 1; s < r.evals.size(); ++s)
    if (objective(r.evals[s], excluded) > objective(r.evals[best], excluded) + 1e-12) best = s;
  return best;
}

inline GridResult run_grid(const std::vector<Loaded>& pairs) {
  GridResult r;
  const align::detail::Params defaults;
  r.settings.push_back(defaults);
  r.evals.push_back(evaluate_setting(pairs, score_all(pairs, defaults), defaults));
  for (const align::detail::Params& base : scoring_grid()) {
    const auto scores = score_all(pairs, base);
    for (const align::detail::Params& p : with_selections(base)) {
      r.settings.push_back(p);
      r.evals.push_back(evaluate_setting(pairs, scores, p));
    }
  }
  for (std::size_t k = 0; k < pairs.size(); ++k) r.lopo.push_back(best_setting(r, {k}));
  r.best_all = best_setting(r, {});
  return r;
}

}  // namespace lawdiff::bench
