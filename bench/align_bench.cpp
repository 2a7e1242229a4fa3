// align_bench [ITER]: times align() in process on Shenzhen × Guangdong and
// on two synthetic 500-article acts. The synthetic acts are built from the
// embedded texts: act A repeats Shenzhen's articles with a per-copy tag, act
// B repeats Guangdong's and Shenzhen's (renumbered), so the vocabulary and
// paragraph lengths are real statute text.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>

#include "align/align.hpp"
#include "statute/library.hpp"

using namespace lawdiff;

namespace {

// `n` articles cycling through `sources`' articles; each copy's paragraphs
// get a copy number appended so copies are not identical.
statute::Act synthetic(const std::vector<const statute::Act*>& sources, int n, const char* id) {
  statute::Act act;
  act.info.id = id;
  for (int k = 0; static_cast<int>(act.doc.articles.size()) < n; ++k) {
    for (const statute::Act* src : sources) {
      for (const statute::Article& art : src->doc.articles) {
        if (static_cast<int>(act.doc.articles.size()) >= n) break;
        statute::Article copy = art;
        copy.number = static_cast<int>(act.doc.articles.size()) + 1;
        for (auto& p : copy.paragraphs) p.text += fmt::format("（第{}轮）", k + 1);
        act.doc.articles.push_back(std::move(copy));
      }
    }
  }
  return act;
}

double time_ms(const statute::Act& a, const statute::Act& b, int iterations, std::size_t& pairs) {
  align::align(a, b);  // warm-up: ICU iterator, segmentation memo
  const auto t0 = std::chrono::steady_clock::now();
  for (int k = 0; k < iterations; ++k) pairs = align::align(a, b).pairs.size();
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::milli>(t1 - t0).count() / iterations;
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
  statute::Library lib({});
  const statute::Act& sz = lib.get("sz");
  const statute::Act& gd = lib.get("gd");
  std::size_t pairs = 0;
  fmt::print("sz × gd ({} × {} articles): {:.2f} ms per alignment", sz.doc.articles.size(), gd.doc.articles.size(),
             time_ms(sz, gd, iterations, pairs));
  fmt::print(", {} pairs\n", pairs);
  const statute::Act a = synthetic({&sz}, 500, "a");
  const statute::Act b = synthetic({&gd, &sz}, 500, "b");
  fmt::print("synthetic 500 × 500 articles: {:.2f} ms per alignment", time_ms(a, b, std::max(1, iterations / 4), pairs));
  fmt::print(", {} pairs\n", pairs);
  return 0;
}
