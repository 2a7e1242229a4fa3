// align_eval [--grid]: scores the aligner on every dev reference at once
// (tests/support/dev_pairs.hpp) and prints one table: each pair's P, R, F1,
// no-counterpart accuracy (A side, and B side where the reference lists
// B-only articles), label agreement, relation accuracy (version
// references), and the leave-one-pair-out figures:
// the grid point that does best on the *other* pairs, scored on this one.
// With --grid it also prints every grid point's per-pair F1. It only reads.
//
// The acts outside the binary are found under ../shared (LAWDIFF_SHARED
// overrides); a pair whose files are absent is skipped with a note.
#include <fmt/format.h>

#include <iostream>

#include "align/evaluate.hpp"
#include "align_grid.hpp"
#include "base/error.hpp"
#include "support/dev_pairs.hpp"

using namespace lawdiff;
using bench::Loaded;

namespace {

// "  -  " where the reference has no such article.
std::string nc_cell(const align::Evaluation& e) {
  return e.no_counterpart > 0 ? fmt::format("{:.3f}", e.no_counterpart_accuracy) : "  -  ";
}

std::string only_b_cell(const align::Evaluation& e) {
  return e.only_b > 0 ? fmt::format("{:.3f}", e.only_b_accuracy) : "  -  ";
}

std::string relation_cell(const align::Evaluation& e) {
  return e.relations > 0 ? fmt::format("{:.3f}", e.relation_accuracy) : "  -  ";
}

std::string cells(const align::Evaluation& e) {
  return fmt::format("{:.3f} {:.3f} {:.3f}  {} {} {:.3f} {}", e.precision, e.recall, e.f1, nc_cell(e), only_b_cell(e),
                     e.label_agreement, relation_cell(e));
}

void print_table(const std::vector<Loaded>& pairs, const bench::GridResult& r) {
  fmt::print("{:<22} {:^41}   {:^23}\n", "", "defaults", "leave-one-pair-out");
  fmt::print("{:<22} {:<5} {:<5} {:<5}  {:<5} {:<5} {:<5} {:<5}   {:<5} {:<5} {:<5}  {:<5}\n", "pair", "P", "R", "F1",
             "NC", "B-NC", "label", "rel", "P", "R", "F1", "NC");
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const align::Evaluation& lo = r.evals[r.lopo[k]][k];
    fmt::print("{:<22} {}   {:.3f} {:.3f} {:.3f}  {}\n", pairs[k].name, cells(r.evals[0][k]), lo.precision, lo.recall,
               lo.f1, nc_cell(lo));
  }
  fmt::print("\nleave-one-pair-out settings (chosen on the other pairs):\n");
  for (std::size_t k = 0; k < pairs.size(); ++k)
    fmt::print("  {:<22} {}\n", pairs[k].name, bench::describe(r.settings[r.lopo[k]]));
  fmt::print("best on all pairs: {}\n", bench::describe(r.settings[r.best_all]));
  for (std::size_t k = 0; k < pairs.size(); ++k)
    fmt::print("  {:<22} {}\n", pairs[k].name, cells(r.evals[r.best_all][k]));
  fmt::print("\ndefaults, details:\n");
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const align::Evaluation& e = r.evals[0][k];
    fmt::print("  {}: false positives {}; missed {}\n", pairs[k].name, fmt::join(e.false_positives, " "),
               fmt::join(e.misses, " "));
    if (e.relations > 0) fmt::print("    wrong relations: {}\n", fmt::join(e.wrong_relations, " "));
  }
}

}  // namespace

int main(int argc, char** argv) try {
  const bool show_grid = argc > 1 && std::string_view(argv[1]) == "--grid";
  statute::Library lib({});
  const std::vector<Loaded> pairs = bench::load_dev_pairs(lib);
  if (pairs.empty()) {
    std::cerr << "align_eval: no dev pair could be loaded\n";
    return 2;
  }
  const bench::GridResult r = bench::run_grid(pairs);
  print_table(pairs, r);
  if (show_grid) {
    for (std::size_t s = 0; s < r.settings.size(); ++s) {
      fmt::print("{}  objective={:.4f} ", bench::describe(r.settings[s]), bench::objective(r.evals[s], {}));
      for (const auto& e : r.evals[s]) fmt::print(" F1={:.3f}/NC={:.2f}", e.f1, e.no_counterpart_accuracy);
      fmt::print("\n");
    }
  }
  return 0;
} catch (const Error& e) {
  std::cerr << "align_eval: " << e.what() << "\n";
  return 2;
}
