#include "diff/act_walk.hpp"

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace lawdiff::diff {
namespace {

std::size_t index_in(const statute::Act& act, const statute::Article* a) {
  const auto& articles = act.doc.articles;
  if (articles.empty() || a < articles.data() || a >= articles.data() + articles.size()) {
    throw std::invalid_argument("article does not belong to act " + act.info.id);
  }
  return static_cast<std::size_t>(a - articles.data());
}

struct Entry {
  std::optional<std::size_t> a, b;  // article indices
  int a_paragraph = 0, b_paragraph = 0;
  std::string relation;
};

/// Pairs and A-only articles in A's order, then each B-only article after
/// the last entry whose B article comes before it.
std::vector<Entry> reading_order(const statute::Act& a, const statute::Act& b, const ActPairing& pairing) {
  std::vector<Entry> list;
  for (const auto& p : pairing.pairs) list.push_back({index_in(a, p.a), index_in(b, p.b), p.a_paragraph, p.b_paragraph, p.relation});
  for (const auto* x : pairing.only_a) list.push_back({index_in(a, x), std::nullopt, 0, 0, {}});
  std::stable_sort(list.begin(), list.end(), [](const Entry& x, const Entry& y) { return *x.a < *y.a; });
  std::vector<std::size_t> only_b;
  for (const auto* x : pairing.only_b) only_b.push_back(index_in(b, x));
  std::sort(only_b.begin(), only_b.end());
  for (std::size_t kb : only_b) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (list[i].b && *list[i].b < kb) at = i + 1;
    }
    list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), Entry{std::nullopt, kb, 0, 0, {}});
  }
  return list;
}

}  // namespace

std::vector<ProvisionDiff> diff_acts(const statute::Act& a, const statute::Act& b, const ActPairing& pairing,
                                     const DiffOptions& options) {
  std::vector<ProvisionDiff> out;
  for (const Entry& e : reading_order(a, b, pairing)) {
    std::optional<cite::Provision> pa, pb;
    if (e.a) pa = cite::article_provision(a, *e.a, e.a_paragraph);
    if (e.b) pb = cite::article_provision(b, *e.b, e.b_paragraph);
    for (auto& d : diff_provisions(pa ? &*pa : nullptr, pb ? &*pb : nullptr, options)) {
      d.relation = e.relation;
      out.push_back(std::move(d));
    }
  }
  return out;
}

int drop_identical(std::vector<ProvisionDiff>& diffs) {
  const auto before = diffs.size();
  std::erase_if(diffs, [](const ProvisionDiff& d) { return d.identical(); });
  return static_cast<int>(before - diffs.size());
}

}  // namespace lawdiff::diff
