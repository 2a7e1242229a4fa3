// Floors for every dev reference (tests/support/dev_pairs.hpp): one
// parameter setting must hold on all of them. The pairs outside the binary
// need ../shared and are skipped with a message when it is absent.
#include <doctest/doctest.h>

#include <map>

#include "align/align.hpp"
#include "align/evaluate.hpp"
#include "support/dev_pairs.hpp"
#include "support/fixtures.hpp"

namespace lawdiff::align {
namespace {

struct Floor {
  double precision, recall, f1, no_counterpart, only_b;  // only_b: added articles left unmatched
};

// Measured values minus a small margin (docs/alignment.md has the table).
const std::map<std::string_view, Floor> kFloors = {
    {"sz-gd 1-36", {0.89, 0.92, 0.90, 0.80, 0.0}},       // 0.917 0.947 0.932 1.0
    {"bj-zj digital", {0.88, 0.77, 0.82, 0.80, 0.80}},    // 0.913 0.800 0.853 1.0 1.0
    {"fanjiandie 2014-2023", {0.93, 0.90, 0.92, 0.0, 0.90}},  // 0.956 0.935 0.945 – 1.0
    {"hz-nb science", {0.91, 0.75, 0.82, 0.0, 0.90}},     // 0.943 0.780 0.854 – 1.0
    {"jn-hz civility", {0.79, 0.78, 0.79, 0.60, 0.90}},   // 0.824 0.815 0.819 0.714 1.0
    {"wz-xc greening", {0.76, 0.82, 0.79, 0.40, 0.55}},   // 0.788 0.852 0.819 0.5 0.625
    {"zhiyejiaoyu 1996-2022", {0.90, 0.84, 0.87, 0.0, 0.90}},  // 0.933 0.875 0.903 – 0.944
    {"kepu 2002-2024", {0.97, 0.76, 0.85, 0.0, 0.90}},    // 1.000 0.795 0.886 – 1.0
    {"sd-gd business", {0.87, 0.81, 0.84, 0.55, 0.70}},   // 0.898 0.840 0.868 0.636 0.778
    {"dg-xy civility", {0.88, 0.59, 0.71, 0.80, 0.80}},   // 0.912 0.625 0.742 1.0 1.0
};

TEST_CASE("align: every dev reference stays above its floor") {
  const auto shared = statute::testing::shared_dir();
  statute::Library lib({});
  for (const testing::DevPair& p : testing::kDevPairs) {
    const auto a = testing::dev_act(p.a, shared), b = testing::dev_act(p.b, shared);
    if (!a || !b) {
      MESSAGE("skipped " << p.name << ": its acts are not in ../shared");
      continue;
    }
    const std::string path = std::string(LAWDIFF_EVAL_DIR) + "/" + std::string(p.gold);
    const statute::Act& act_a = lib.get(*a);
    const statute::Act& act_b = lib.get(*b);
    const Evaluation e = evaluate(align(act_a, act_b), act_a, act_b, parse_gold(statute::testing::read_file(path), path));
    const Floor& f = kFloors.at(p.name);
    MESSAGE(p.name << ": P=" << e.precision << " R=" << e.recall << " F1=" << e.f1 << " NC=" << e.no_counterpart_accuracy
                   << " B-only=" << e.only_b_accuracy);
    CHECK(e.precision >= f.precision);
    CHECK(e.recall >= f.recall);
    CHECK(e.f1 >= f.f1);
    if (e.no_counterpart > 0) CHECK(e.no_counterpart_accuracy >= f.no_counterpart);
    if (e.only_b > 0) CHECK(e.only_b_accuracy >= f.only_b);
  }
}

}  // namespace
}  // namespace lawdiff::align
