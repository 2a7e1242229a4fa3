// explain(): the shared features behind one pair's score, and whether
// align() keeps the pair.
#include <algorithm>
#include <tuple>
#include <fmt/format.h>

#include "align/params.hpp"
#include "align/similarity.hpp"

namespace lawdiff::align {

namespace {

// The unit of an act for a provision: a paragraph unit when the provision
// names one of several paragraphs, else the whole article.
int unit_for(const detail::ActUnits& u, Provision p) {
  if (p.paragraph > 0 && u.para_count[p.article] > 0) return u.first_para[p.article] + p.paragraph - 1;
  return u.whole[p.article];
}

// Where a unit sits: its article and paragraph and, for an item unit (whose
// `item` counts the article's items across its paragraphs), the item's own
// number in its paragraph, as a provision id names it (sz:72.2.5, 8.1.5).
std::pair<Provision, int> place_of(const statute::Act& act, const detail::Unit& u) {
  if (u.item == 0) return {{u.article, u.paragraph}, 0};
  const auto& paragraphs = act.doc.articles.at(u.article).paragraphs;
  int seen = 0;
  for (std::size_t p = 0; p < paragraphs.size(); ++p)
    for (const statute::Item& item : paragraphs[p].items)
      if (++seen == u.item) return {{u.article, static_cast<int>(p) + 1}, item.number};
  return {{u.article, u.paragraph}, 0};  // not reached: the unit was built from these items
}

// Shared features of two units, each with its share of their cosine.
std::vector<Term> shared_terms(const detail::FeatureSpace& fs, int ua, int ub) {
  const auto& va = fs.a.units[ua].vec;
  const auto& vb = fs.b.units[ub].vec;
  std::vector<Term> out;
  double total = 0;
  for (std::size_t x = 0, y = 0; x < va.size() && y < vb.size();) {
    if (va[x].first < vb[y].first) ++x;
    else if (vb[y].first < va[x].first) ++y;
    else {
      const double c = static_cast<double>(va[x].second) * vb[y].second;
      total += c;
      const std::string& name = fs.names[va[x].first];
      out.push_back({fs.is_bigram[va[x].first] ? name : name + " (word)", fs.idf[va[x].first], c});
      ++x, ++y;
    }
  }
  for (Term& t : out) t.contribution = total > 0 ? t.contribution / total : 0;
  std::sort(out.begin(), out.end(), [](const Term& l, const Term& r) { return l.contribution > r.contribution; });
  return out;
}

// The score threshold that applies to a pair: lower for a mutual best.
double threshold(double v, const detail::Bests& b, const detail::Params& p) {
  return v >= b.row && v >= b.col ? std::min(p.mutual_min, p.partial) : p.partial;
}

// Why selection rejected pair (i, j) of score `v`, in the words of its rules.
std::string rejection(const statute::Act& b_act, const detail::Scores& s, const SimilarityMatrix& m, int i, int j,
                      double v, const detail::Bests& b, const detail::Params& p) {
  switch (detail::decide(v, b, p, p.partial, p.strong)) {
    case detail::Verdict::below_threshold:
      return fmt::format("not aligned: score {:.3f} is below the threshold {:.3f}", v, threshold(v, b, p));
    case detail::Verdict::below_row:
      return fmt::format("not aligned: score {:.3f} is below {:.2f} × the A article's best {:.3f}", v, p.ratio, b.row_rival);
    case detail::Verdict::below_column:
      return fmt::format("not aligned: score {:.3f} is below {:.2f} × the B article's best {:.3f}", v, p.col_ratio, b.col_rival);
    default: break;
  }
  if (v < b.row && detail::is_shadow(s, m, i, j, p)) {
    const detail::Shadow sh = detail::shadow_of(s, m, i, j);  // again, for the figures: a one-off
    return fmt::format("not aligned: a shadow of the A article's best pair, with B article {}: what the A article has beyond "
                       "that article matches this one at {:.3f}, below {:.2f}",
                       statute::article_key(b_act.doc.articles.at(sh.top)), sh.residual, p.shadow);
  }
  return "not aligned: a near-identical counterpart of one side takes precedence";
}

}  // namespace

Explanation explain(const statute::Act& a, const statute::Act& b, Provision pa, Provision pb, const Options& options) {
  const detail::Params params;
  const detail::Scores s = detail::score_acts(a, b, params);
  const Alignment al = detail::align_with(a, b, options, params);
  Explanation e;
  e.a = pa;
  e.b = pb;
  const int i = pa.article, j = pb.article;
  const std::size_t k = static_cast<std::size_t>(i) * s.content.cols() + j;
  e.content = s.content.at(i, j);
  e.title = detail::title_score(s.features, i, j);
  e.prior = detail::position_factor(i, s.content.rows(), j, s.content.cols(), params.prior);
  const SimilarityMatrix m = detail::selection_scores(s, options, params);
  // The citation term over the scores selection_scores() derives it from
  // (forbidden pairs lift nothing), so the explanation adds up as selection does.
  detail::Params without_term = params;
  without_term.xref = 0;
  e.citations = detail::citation_term(s, detail::selection_scores(s, options, without_term), i, j, params);
  e.score = s.score.at(i, j) + e.citations;
  std::tie(e.best_a, e.best_a_item) = place_of(a, s.features.a.units[s.best_a[k]]);
  std::tie(e.best_b, e.best_b_item) = place_of(b, s.features.b.units[s.best_b[k]]);
  const bool paragraphs_named = pa.paragraph > 0 || pb.paragraph > 0;
  e.terms = paragraphs_named ? shared_terms(s.features, unit_for(s.features.a, pa), unit_for(s.features.b, pb))
                             : shared_terms(s.features, s.best_a[k], s.best_b[k]);
  const auto hit = std::find_if(al.pairs.begin(), al.pairs.end(),
                                [&](const Pair& p) { return p.a.article == i && p.b.article == j; });
  e.aligned = hit != al.pairs.end();
  const detail::Bests bests = detail::PairBests(s, m, params).at(i, j);
  if (e.aligned && hit->pinned) e.decision = "aligned: pinned";
  else if (e.aligned)
    e.decision = fmt::format("aligned ({}): score {:.3f} clears the threshold {:.3f}", to_string(hit->strength), e.score,
                             threshold(e.score, bests, params));
  else if (std::any_of(options.forbids.begin(), options.forbids.end(), [&](const Constraint& c) { return c.a.article == i && c.b.article == j; }))
    e.decision = "not aligned: forbidden";
  else e.decision = rejection(b, s, m, i, j, e.score, bests, params);
  return e;
}

}  // namespace lawdiff::align
