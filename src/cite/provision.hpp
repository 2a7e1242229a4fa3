#pragma once
// A provision: what a reference names inside an act — the whole act, a
// chapter, a range of articles, an article, a paragraph (款), an item (项)
// or a sub-item (目).
#include <cstddef>
#include <string>

#include "statute/library.hpp"

namespace lawdiff::cite {

/// `chapter` is any division a reference can name: a 编, a 章, or a 节.
enum class ProvisionKind { act, chapter, range, article, paragraph, item, subitem };

struct Provision {
  const statute::Act* act = nullptr;
  ProvisionKind kind = ProvisionKind::act;
  int division = -1;             // chapter (or section): index into act->doc.divisions
  std::size_t first_article = 0; // index into act->doc.articles (article, range, chapter)
  std::size_t last_article = 0;  // inclusive
  int paragraph = 0;             // 1-based, 0 = whole article
  int item = 0;                  // 1-based, 0 = whole paragraph
  int subitem = 0;               // 1-based, 0 = whole item
};

/// The short id: "sz", "sz:ch3", "sz:ch3s1" (a section), "xf:p2" (a part),
/// "xf:p2ch3" (a chapter of a part), "sz:26-28", "sz:33", "sz:33.2", "sz:72.2.5",
/// "sz:72.2.5.1", "sz:120-1" (第一百二十条之一).
std::string provision_id(const Provision& p);

/// provision_id() appended to `out` (no temporary string: the batch path).
void append_provision_id(std::string& out, const Provision& p);

/// The provision's text: paragraphs joined by '\n', items on their own
/// lines with their labels; for a range or chapter, each article's label
/// and text.
std::string provision_text(const Provision& p);

/// A provision for article index `k` of `act` (paragraph 0 = whole article).
Provision article_provision(const statute::Act& act, std::size_t k, int paragraph = 0);

}  // namespace lawdiff::cite
