// align_tune GOLD.tsv [ACT_A ACT_B]: scores the aligner's parameter grid on
// a reference alignment and prints one line per setting, the built-in
// defaults first. This is how the defaults in src/align/params.hpp were
// chosen (docs/alignment.md); it only reads, it changes nothing.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "align/evaluate.hpp"
#include "align/params.hpp"
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
  fmt::print("wp={:.2f} pp={:.2f} prior={:.2f} partial={:.2f} ratio={:.2f}  P={:.3f} R={:.3f} F1={:.3f} NC={:.3f}\n",
             p.whole_para, p.para_para, p.prior, p.partial, p.ratio, e.precision, e.recall, e.f1,
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
  fmt::print("  false positives: {}\n  misses: {}\n", fmt::join(base.false_positives, " "), fmt::join(base.misses, " "));
  for (double wp : {0.8, 0.9, 1.0})
    for (double pp : {0.6, 0.7, 0.8, 0.9})
      for (double prior : {0.0, 0.25, 0.5})
        for (double partial : {0.08, 0.10, 0.12, 0.15, 0.18, 0.22})
          for (double ratio : {0.5, 0.6, 0.7, 0.8, 0.9}) {
            align::detail::Params p = defaults;
            p.whole_para = wp, p.para_para = pp, p.prior = prior, p.partial = partial, p.ratio = ratio;
            report(p, align::evaluate(align::detail::align_with(a, b, {}, p), a, b, gold));
          }
  return 0;
} catch (const Error& e) {
  std::cerr << "align_tune: " << e.what() << "\n";
  return 2;
}
