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

// A provision's title and text, as the `same` test compares them.
std::string provision_letters(const statute::Act& act, Provision p) {
  const statute::Article& art = act.doc.articles[static_cast<std::size_t>(p.article)];
  if (p.paragraph > 0) return text::fold_letters(statute::paragraph_text(art.paragraphs[p.paragraph - 1]));
  return text::fold_letters(art.title + statute::article_text(art));
}

// How many distinct articles of the other side each article has strong
// pairs with (pairs may name paragraphs; they count once per article).
std::vector<int> strong_partners(const std::vector<Pair>& pairs, int n, bool a_side) {
  std::vector<std::vector<int>> seen(static_cast<std::size_t>(n));
  for (const Pair& p : pairs) {
    if (p.strength != Strength::strong) continue;
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
  const std::vector<int> of_a = strong_partners(pairs, static_cast<int>(a.doc.articles.size()), true);
  const std::vector<int> of_b = strong_partners(pairs, static_cast<int>(b.doc.articles.size()), false);
  for (Pair& p : pairs) {
    if (p.strength == Strength::partial) p.relation = Relation::partial;
    else if (of_a[p.a.article] > 1) p.relation = Relation::split;
    else if (of_b[p.b.article] > 1) p.relation = Relation::merged;
    else p.relation = provision_letters(a, p.a) == provision_letters(b, p.b) ? Relation::same : Relation::modified;
  }
}

}  // namespace detail
}  // namespace lawdiff::align
