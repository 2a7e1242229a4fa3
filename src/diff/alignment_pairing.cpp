#include "diff/alignment_pairing.hpp"

namespace lawdiff::diff {
namespace {

const statute::Article* article_at(const statute::Act& act, int index) {
  return &act.doc.articles.at(static_cast<std::size_t>(index));
}

// `relation` is left empty for single_pair: compare shows it in its own
// pair heading, so the diff need not repeat it.
ProvisionPair to_provision_pair(const statute::Act& a, const statute::Act& b, const align::Pair& p, bool relation) {
  return {article_at(a, p.a.article), p.a.paragraph, article_at(b, p.b.article), p.b.paragraph,
          relation ? std::string(align::to_string(p.relation)) : std::string()};
}

}  // namespace

ActPairing to_act_pairing(const statute::Act& a, const statute::Act& b, const align::Alignment& alignment) {
  ActPairing out;
  for (const align::Pair& p : alignment.pairs) out.pairs.push_back(to_provision_pair(a, b, p, true));
  for (int i : alignment.unmatched_a) out.only_a.push_back(article_at(a, i));
  for (int i : alignment.unmatched_b) out.only_b.push_back(article_at(b, i));
  return out;
}

ActPairing single_pair(const statute::Act& a, const statute::Act& b, const align::Pair& pair) {
  ActPairing out;
  out.pairs.push_back(to_provision_pair(a, b, pair, false));
  return out;
}

}  // namespace lawdiff::diff
