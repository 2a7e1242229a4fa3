// TEMPORARY: replaced by the aligner at merge (see fallback_pairing.hpp).
#include "diff/fallback_pairing.hpp"

#include "diff/pairing.hpp"

namespace lawdiff::diff {

ActPairing fallback_pairing(const statute::Act& a, const statute::Act& b) {
  std::vector<std::string> ta, tb;
  for (const auto& art : a.doc.articles) ta.push_back(statute::article_text(art));
  for (const auto& art : b.doc.articles) tb.push_back(statute::article_text(art));
  ActPairing out;
  for (const IndexPair& p : pair_by_content(ta, tb)) {
    const statute::Article* x = p.a >= 0 ? &a.doc.articles[static_cast<std::size_t>(p.a)] : nullptr;
    const statute::Article* y = p.b >= 0 ? &b.doc.articles[static_cast<std::size_t>(p.b)] : nullptr;
    if (x && y) {
      out.pairs.push_back({x, 0, y, 0});
    } else if (x) {
      out.only_a.push_back(x);
    } else {
      out.only_b.push_back(y);
    }
  }
  return out;
}

}  // namespace lawdiff::diff
