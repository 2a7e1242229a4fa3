// align_tune GOLD.tsv [ACT_A ACT_B]: scores the aligner's parameter grid on
// a reference alignment and prints one line per setting, the built-in
// defaults first. This is how the defaults in src/align/params.hpp were
// chosen (docs/alignment.md); it only reads, it changes nothing.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "align/evaluate.hpp"
#include "align/params.hpp"
#include "align/similarity.hpp"
#include "base/error.hpp"
#include "statute/library.hpp"

using namespace lawdiff;

namespace {

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void report(const align::detail::Params& p, const align::Evaluation& e) {
  fmt::print("ww={:.1f} bw={:.1f} ip={:.1f} wp={:.2f} pp={:.2f} contain={:.2f} title={:.2f} exempt={:d} prior={:.2f} hub={:.1f}/{} partial={:.2f} ratio={:.2f} col={:.1f}  P={:.3f} R={:.3f} F1={:.3f} NC={:.3f}\n",
             p.features.word_weight, p.features.bigram_weight, p.features.idf_power, p.whole_para, p.para_para, p.contain, p.title, p.row_best_exempt, p.prior, p.hub, p.hub_k, p.partial, p.ratio, p.col_ratio, e.precision, e.recall, e.f1,
             e.no_counterpart_accuracy);
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 2) {
    std::cerr << "usage: align_tune GOLD.tsv [ACT_A ACT_B]\n";
    return 2;
  }
  statute::Library lib({});
  const statute::Act& a = lib.get(argc > 3 ? argv[2] : "sz");
  const statute::Act& b = lib.get(argc > 3 ? argv[3] : "gd");
  const auto gold = align::parse_gold(slurp(argv[1]), argv[1]);
  const align::detail::Params defaults;
  const auto base = align::evaluate(align::detail::align_with(a, b, {}, defaults), a, b, gold);
  report(defaults, base);
  if (argc > 4 && std::string_view(argv[4]) == "--top") {
    const auto s = align::detail::score_acts(a, b, defaults);
    for (int i = 0; i < s.score.rows(); ++i) {
      std::vector<std::pair<double, int>> row;
      for (int j = 0; j < s.score.cols(); ++j) row.emplace_back(s.score.at(i, j), j);
      std::sort(row.rbegin(), row.rend());
      std::string gl;
      for (const auto& g : gold)
        if (g.a == statute::article_key(a.doc.articles[i])) gl += fmt::format(" {}{}", g.b, g.strength == "strong" ? "S" : "p");
      fmt::print("{:>3} [{}] :", statute::article_key(a.doc.articles[i]), gl);
      for (int k = 0; k < 5 && k < static_cast<int>(row.size()); ++k)
        fmt::print(" {}={:.3f}", statute::article_key(b.doc.articles[row[k].second]), row[k].first);
      fmt::print("\n");
    }
    return 0;
  }
  fmt::print("  false positives: {}\n  misses: {}\n", fmt::join(base.false_positives, " "), fmt::join(base.misses, " "));
  for (double contain : {0.0, 0.05, 0.1, 0.15, 0.2, 0.25})
  for (double title : {0.0, 0.08, 0.1, 0.12, 0.14, 0.16})
  for (bool exempt : {false, true})
  for (double hub : {0.4, 0.5, 0.6})
  for (double partial : {0.05, 0.06, 0.07, 0.08, 0.09})
  for (double ratio : {0.6, 0.7, 0.8})
  for (double col_ratio : {0.3, 0.5, 0.7}) {
    align::detail::Params p = defaults;
    p.contain = contain, p.title = title, p.row_best_exempt = exempt;
    p.partial = partial, p.ratio = ratio, p.col_ratio = col_ratio, p.hub = hub;
    report(p, align::evaluate(align::detail::align_with(a, b, {}, p), a, b, gold));
  }
  return 0;
} catch (const Error& e) {
  std::cerr << "align_tune: " << e.what() << "\n";
  return 2;
}
