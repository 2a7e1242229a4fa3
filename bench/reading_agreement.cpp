// reading_agreement FIRST SECOND: how far two references made by reading
// the same pair of acts agree, scored as the aligner is scored
// (tests/eval/README.md): SECOND's pairs (strong and partial) taken as the
// prediction, FIRST as the reference — precision over FIRST's strong and
// partial pairs, recall over its strong ones, limited to the A articles
// FIRST judges — and then the other way round. The figures bound what an
// aligner can be expected to score against one reading: a second reader is
// the best "aligner" there is.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <utility>

#include "align/evaluate.hpp"
#include "align_grid.hpp"
#include "base/error.hpp"

using namespace lawdiff;

namespace {

struct Agreement {
  int predicted = 0, correct = 0, strong = 0, strong_found = 0, nc = 0, nc_ok = 0;
};

Agreement score(const std::vector<align::GoldPair>& reference, const std::vector<align::GoldPair>& other) {
  std::set<std::string> judged;
  std::map<std::pair<std::string, std::string>, std::string> ref;
  for (const auto& g : reference) {
    if (!g.a.empty()) judged.insert(g.a);
    if (!g.a.empty() && !g.b.empty()) ref[{g.a, g.b}] = g.strength;
  }
  std::set<std::pair<std::string, std::string>> pred;
  std::set<std::string> matched;
  for (const auto& g : other)
    if (!g.a.empty() && !g.b.empty() && judged.count(g.a)) pred.insert({g.a, g.b}), matched.insert(g.a);
  Agreement out;
  for (const auto& p : pred) {
    ++out.predicted;
    out.correct += ref.count(p) > 0;
  }
  for (const auto& [p, strength] : ref)
    if (strength == "strong") ++out.strong, out.strong_found += pred.count(p) > 0;
  for (const auto& a : judged) {
    const bool has = std::any_of(ref.begin(), ref.end(), [&](const auto& e) { return e.first.first == a; });
    if (!has) ++out.nc, out.nc_ok += matched.count(a) == 0;
  }
  return out;
}

void print(std::string_view label, const Agreement& g) {
  const double p = g.predicted ? static_cast<double>(g.correct) / g.predicted : 0;
  const double r = g.strong ? static_cast<double>(g.strong_found) / g.strong : 0;
  const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
  fmt::print("{:<28} P {:.3f} ({}/{})  R {:.3f} ({}/{})  F1 {:.3f}  NC {}\n", label, p, g.correct, g.predicted, r, g.strong_found,
             g.strong, f, g.nc ? fmt::format("{:.3f} ({}/{})", static_cast<double>(g.nc_ok) / g.nc, g.nc_ok, g.nc) : "-");
}

// How the two readings' pair sets and strong labels overlap, over the A
// articles both judge.
void print_labels(const std::vector<align::GoldPair>& first, const std::vector<align::GoldPair>& second) {
  std::set<std::string> judged_first, judged;
  for (const auto& g : first)
    if (!g.a.empty()) judged_first.insert(g.a);
  for (const auto& g : second)
    if (!g.a.empty() && judged_first.count(g.a)) judged.insert(g.a);
  auto pairs_of = [&](const std::vector<align::GoldPair>& gold, bool strong_only) {
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& g : gold)
      if (!g.a.empty() && !g.b.empty() && judged.count(g.a) && (!strong_only || g.strength == "strong")) out.insert({g.a, g.b});
    return out;
  };
  auto overlap = [](const auto& x, const auto& y) {
    int both = 0;
    for (const auto& p : x) both += y.count(p) > 0;
    return both;
  };
  const auto all1 = pairs_of(first, false), all2 = pairs_of(second, false);
  const auto strong1 = pairs_of(first, true), strong2 = pairs_of(second, true);
  const int both = overlap(all1, all2), strong_both = overlap(strong1, strong2);
  fmt::print("pairs: {} in first, {} in second, {} in both ({:.3f} of the union)\n", all1.size(), all2.size(), both,
             static_cast<double>(both) / static_cast<double>(all1.size() + all2.size() - both));
  fmt::print("strong: {} in first, {} in second, {} in both; of the {} pairs in both, {} carry the same label\n", strong1.size(),
             strong2.size(), strong_both, both,
             both - static_cast<int>(std::count_if(all1.begin(), all1.end(), [&](const auto& p) {
               return all2.count(p) && (strong1.count(p) > 0) != (strong2.count(p) > 0);
             })));
  // Version references (新旧对照): the relation each reading gives a pair both list.
  std::map<std::pair<std::string, std::string>, std::string> rel1;
  for (const auto& g : first)
    if (!g.relation.empty() && !g.a.empty() && !g.b.empty()) rel1[{g.a, g.b}] = g.relation;
  int rel_both = 0, rel_same = 0;
  for (const auto& g : second) {
    if (g.relation.empty() || g.a.empty() || g.b.empty()) continue;
    const auto it = rel1.find({g.a, g.b});
    if (it == rel1.end()) continue;
    ++rel_both, rel_same += it->second == g.relation;
  }
  if (rel_both > 0)
    fmt::print("relations: of the {} pairs both give one, {} the same ({:.3f})\n", rel_both, rel_same,
               static_cast<double>(rel_same) / rel_both);
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 3) {
    std::cerr << "usage: reading_agreement FIRST.tsv SECOND.tsv\n";
    return 2;
  }
  const auto first = align::parse_gold(bench::slurp(argv[1]), argv[1]);
  const auto second = align::parse_gold(bench::slurp(argv[2]), argv[2]);
  print("second scored by first", score(first, second));
  print("first scored by second", score(second, first));
  print_labels(first, second);
  return 0;
} catch (const Error& e) {
  std::cerr << "reading_agreement: " << e.what() << "\n";
  return 2;
}
