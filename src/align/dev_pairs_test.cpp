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
    {"sz-gd 1-36", {0.85, 0.86, 0.88, 0.80, 0.0}},              // 0.875 0.895 0.885 1.0 –
    {"bj-zj digital", {0.88, 0.83, 0.86, 0.80, 0.80}},          // 0.918 0.867 0.892 1.0 1.0
    {"fanjiandie 2014-2023", {0.95, 0.91, 0.93, 0.0, 0.95}},    // 0.957 0.957 0.957 – 1.0
    {"hz-nb science", {0.90, 0.85, 0.87, 0.0, 0.90}},           // 0.927 0.878 0.902 – 1.0
    {"jn-hz civility", {0.80, 0.78, 0.79, 0.60, 0.90}},         // 0.829 0.815 0.822 0.714 1.0
    {"wz-xc greening", {0.70, 0.89, 0.79, 0.40, 0.30}},         // 0.737 0.926 0.821 0.5 0.375
    {"zhiyejiaoyu 1996-2022", {0.95, 0.97, 0.96, 0.0, 0.90}},   // 0.980 1.000 0.990 – 1.0
    {"kepu 2002-2024", {0.97, 0.81, 0.88, 0.0, 0.90}},          // 1.000 0.841 0.914 – 1.0
    {"sd-gd business", {0.83, 0.85, 0.84, 0.50, 0.60}},         // 0.857 0.880 0.868 0.545 0.667
    {"dg-xy civility", {0.87, 0.75, 0.79, 0.80, 0.80}},         // 0.907 0.775 0.836 1.0 1.0
    {"bj-water 2019-2022", {0.97, 0.95, 0.96, 0.95, 0.0}},      // 1.000 0.980 0.990 1.0 –
    {"funv 2018-2022", {0.90, 0.96, 0.91, 0.90, 0.85}},         // 0.905 0.985 0.944 1.0 0.85
    {"bj-hn water", {0.78, 0.86, 0.82, 0.80, 0.72}},            // 0.829 0.897 0.861 0.867 0.833
    {"tufa 2007-2024", {0.97, 0.92, 0.94, 0.0, 0.90}},          // 1.000 0.951 0.975 – 1.0
    {"cq-hn business", {0.82, 0.81, 0.82, 0.70, 0.95}},         // 0.847 0.859 0.853 0.8 1.0
    {"lh-jn greening", {0.77, 0.81, 0.78, 0.60, 0.70}},         // 0.805 0.848 0.826 0.667 0.812
    {"huz-zz civility", {0.92, 0.73, 0.81, 0.90, 0.90}},        // 0.950 0.761 0.845 1.0 1.0
    {"zs-xx greening", {0.79, 0.85, 0.81, 0.30, 0.70}},         // 0.822 0.882 0.851 0.4 0.8
    {"jx-py civility", {0.79, 0.81, 0.80, 0.75, 0.85}},         // 0.818 0.842 0.830 0.833 0.929
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
