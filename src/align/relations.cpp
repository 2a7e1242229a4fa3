// Relations of aligned pairs (relations.hpp): counting each article's strong
// partners, then comparing texts with spacing and punctuation folded away.
#include "align/relations.hpp"

#include <algorithm>

#include "text/normalize.hpp"

namespace lawdiff::align {

std::string_view to_string(Relation r) {
  switch (r) {
    case Relation::same: return "same";
    case Relation::modified: return "modified";
    case Relation::split: return "split";
    case Relation::merged: return "merged";
    case Relation::partial: return "partial";
  }
  return "modified";
}

namespace detail {

namespace {

// An article's title and text, as the `same` test compares them: whole
// articles even when the pair names a paragraph, because a one-to-one pair
// stands for its articles (北京市实施《水法》办法 2019 → 2022: 23.2 ↔ 23.2
// is not `same` when paragraph 1 changed and has no pair of its own).
std::string article_letters(const statute::Act& act, int article) {
  const statute::Article& art = act.doc.articles[static_cast<std::size_t>(article)];
  return text::fold_letters(art.title + statute::article_text(art));
}

// Whether a pair carries its article's content, not a minor share: it is
// strong, or it is the other side's only pair (a B article whose one link
// is this A article is made of it; an A article whose one link is this B
// article went into it), whatever its score.
bool is_part(const Pair& p, const std::vector<int>& links_a, const std::vector<int>& links_b, bool a_side) {
  return p.strength == Strength::strong || (a_side ? links_b[p.b.article] : links_a[p.a.article]) == 1;
}

// How many distinct articles of the other side each article has pairs
// with, counting the pairs `keep` accepts (pairs may name paragraphs; they
// count once per article).
template <typename Keep>
std::vector<int> partners(const std::vector<Pair>& pairs, int n, bool a_side, Keep keep) {
  std::vector<std::vector<int>> seen(static_cast<std::size_t>(n));
  for (const Pair& p : pairs) {
    if (!keep(p)) continue;
    auto& v = seen[a_side ? p.a.article : p.b.article];
    const int other = a_side ? p.b.article : p.a.article;
    if (std::find(v.begin(), v.end(), other) == v.end()) v.push_back(other);
  }
  std::vector<int> out;
  for (const auto& v : seen) out.push_back(static_cast<int>(v.size()));
  return out;
}

}  // namespace

void assign_relations(const statute::Act& a, const statute::Act& b, std::vector<Pair>& pairs) {
  const int na = static_cast<int>(a.doc.articles.size()), nb = static_cast<int>(b.doc.articles.size());
  auto any = [](const Pair&) { return true; };
  const std::vector<int> links_a = partners(pairs, na, true, any), links_b = partners(pairs, nb, false, any);
  auto part_of = [&](bool a_side) { return [&, a_side](const Pair& p) { return is_part(p, links_a, links_b, a_side); }; };
  const std::vector<int> of_a = partners(pairs, na, true, part_of(true));
  const std::vector<int> of_b = partners(pairs, nb, false, part_of(false));
  for (Pair& p : pairs) {
    if (!is_part(p, links_a, links_b, true) && !is_part(p, links_a, links_b, false)) p.relation = Relation::partial;
    else if (of_a[p.a.article] > 1) p.relation = Relation::split;
    else if (of_b[p.b.article] > 1) p.relation = Relation::merged;
    else
      p.relation =
          article_letters(a, p.a.article) == article_letters(b, p.b.article) ? Relation::same : Relation::modified;
  }
}

}  // namespace detail
}  // namespace lawdiff::align
