// cited_articles(): the internal cross-references of cite/xref.hpp, kept
// at article level.
#include "align/citations.hpp"

#include <algorithm>

#include "cite/xref.hpp"

namespace lawdiff::align::detail {

std::vector<std::vector<int>> cited_articles(const statute::Act& act) {
  // The act's own references resolve inside it; a library of no corpus is
  // enough (titles of other acts stay external).
  statute::Library library({});
  cite::Resolver resolver(library);
  std::vector<std::vector<int>> out(act.doc.articles.size());
  for (const cite::CrossReference& x : cite::find_cross_references(resolver, library, act)) {
    if (x.kind != cite::XrefKind::internal || x.resolved.act != &act) continue;
    if (x.resolved.kind == cite::ProvisionKind::act || x.resolved.kind == cite::ProvisionKind::chapter) continue;
    const std::size_t from = x.source.first_article;
    for (std::size_t k = x.resolved.first_article; k <= x.resolved.last_article && k < out.size(); ++k)
      if (k != from) out[from].push_back(static_cast<int>(k));
  }
  for (auto& v : out) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  return out;
}

}  // namespace lawdiff::align::detail
