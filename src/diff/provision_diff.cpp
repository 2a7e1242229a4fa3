// Provision diffs: walks two provisions down to the pieces that are compared
// as text (article titles, paragraph lead-ins, items), pairing them by
// content at each level.
#include "diff/provision_diff.hpp"

#include <optional>

#include "diff/break_groups.hpp"
#include "diff/heading.hpp"
#include "diff/pairing.hpp"
#include "diff/text_diff.hpp"

namespace lawdiff::diff {
namespace {

using cite::Provision;
using cite::ProvisionKind;
using statute::Article;
using statute::Item;
using statute::Paragraph;

bool spans_articles(const Provision& p) {
  return p.kind == ProvisionKind::act || p.kind == ProvisionKind::chapter || p.kind == ProvisionKind::range;
}

bool below_paragraph(const Provision& p) { return p.kind == ProvisionKind::item || p.kind == ProvisionKind::subitem; }

const Article& article_of(const Provision& p) { return p.act->doc.articles.at(p.first_article); }
const Paragraph& paragraph_of(const Provision& p) {
  return article_of(p).paragraphs.at(static_cast<std::size_t>(p.paragraph - 1));
}
const Item& item_of(const Provision& p) { return paragraph_of(p).items.at(static_cast<std::size_t>(p.item - 1)); }

std::string item_text(const Item& item) {
  std::string out = item.label + item.text;
  for (const auto& sub : item.subitems) out += '\n' + sub.label + sub.text;
  return out;
}

/// The whole text of a provision that is an article or smaller.
std::string unit_text(const Provision& p) {
  switch (p.kind) {
    case ProvisionKind::paragraph: return statute::paragraph_text(paragraph_of(p));
    case ProvisionKind::item: return item_text(item_of(p));
    case ProvisionKind::subitem: {
      const auto& sub = item_of(p).subitems.at(static_cast<std::size_t>(p.subitem - 1));
      return sub.label + sub.text;
    }
    default: return statute::article_text(article_of(p));
  }
}

/// Article indices a provision covers (empty for a chapter with no articles).
std::vector<std::size_t> articles_of(const Provision& p) {
  std::size_t first = p.first_article, last = p.last_article;
  if (p.kind == ProvisionKind::act) {
    if (p.act->doc.articles.empty()) return {};
    first = 0, last = p.act->doc.articles.size() - 1;
  } else if (p.kind == ProvisionKind::chapter) {
    const auto& d = p.act->doc.divisions.at(static_cast<std::size_t>(p.division));
    if (d.first_article < 0) return {};
    first = static_cast<std::size_t>(d.first_article), last = static_cast<std::size_t>(d.last_article);
  }
  std::vector<std::size_t> out;
  for (std::size_t k = first; k <= last; ++k) out.push_back(k);
  return out;
}

/// The id of pieces [first, first + n) of `list`: "sz:25.1", or "sz:25.1-2"
/// for a run; empty for none.
std::string run_id(const std::vector<Provision>& list, int first, int n) {
  if (n == 0) return {};
  std::string id = cite::provision_id(list[static_cast<std::size_t>(first)]);
  if (n == 1) return id;
  const std::string last = cite::provision_id(list[static_cast<std::size_t>(first + n - 1)]);
  return id + "-" + last.substr(last.rfind('.') + 1);
}

Provision narrowed(const Provision& p, ProvisionKind kind, int paragraph, int item = 0) {
  Provision q = p;
  q.kind = kind;
  q.paragraph = paragraph;
  q.item = item;
  q.subitem = 0;
  return q;
}

class Differ {
 public:
  explicit Differ(const DiffOptions& options) : options_(options) {}

  /// One block comparing two texts; a missing side is deleted or inserted whole.
  void block(ProvisionDiff& d, const Provision* a, const Provision* b, const std::string* ta, const std::string* tb) {
    Block blk{a ? cite::provision_id(*a) : "", b ? cite::provision_id(*b) : "", {}};
    if (ta && tb) {
      blk.edits = diff_text(*ta, *tb, options_.granularity, options_.spaces);
    } else if (ta || tb) {
      if (!(ta ? ta : tb)->empty()) blk.edits.push_back({ta ? Op::del : Op::ins, ta ? *ta : *tb});
    }
    d.blocks.push_back(std::move(blk));
  }

  /// Runs of pieces (merged, split or re-broken paragraphs or items) as one
  /// block whose edits delete or insert the breaks ('\n') between them.
  void joined_block(ProvisionDiff& d, std::string a_id, const std::string& ta, std::string b_id, const std::string& tb) {
    Block blk{std::move(a_id), std::move(b_id), diff_text(ta, tb, options_.granularity, options_.spaces)};
    d.blocks.push_back(std::move(blk));
  }

  /// Pieces paired by content, then grouped where a break moved.
  std::vector<PieceGroup> groups(const std::vector<std::string>& ta, const std::vector<std::string>& tb) const {
    return group_breaks(pair_by_content(ta, tb), ta, tb, options_.granularity, options_.spaces);
  }

  /// A paragraph against a paragraph: the lead-in, then the items paired.
  void paragraphs(ProvisionDiff& d, const Provision* a, const Provision* b) {
    const Paragraph* pa = a ? &paragraph_of(*a) : nullptr;
    const Paragraph* pb = b ? &paragraph_of(*b) : nullptr;
    if ((!pa || pa->items.empty()) && (!pb || pb->items.empty())) {
      block(d, a, b, pa ? &pa->text : nullptr, pb ? &pb->text : nullptr);
      return;
    }
    if ((pa && !pa->text.empty()) || (pb && !pb->text.empty())) block(d, a, b, pa ? &pa->text : nullptr, pb ? &pb->text : nullptr);
    std::vector<std::string> ta, tb;
    std::vector<Provision> ia, ib;
    if (pa) for (std::size_t k = 0; k < pa->items.size(); ++k) {
      ta.push_back(item_text(pa->items[k]));
      ia.push_back(narrowed(*a, ProvisionKind::item, a->paragraph, static_cast<int>(k) + 1));
    }
    if (pb) for (std::size_t k = 0; k < pb->items.size(); ++k) {
      tb.push_back(item_text(pb->items[k]));
      ib.push_back(narrowed(*b, ProvisionKind::item, b->paragraph, static_cast<int>(k) + 1));
    }
    for (const PieceGroup& g : groups(ta, tb)) {
      if (g.na <= 1 && g.nb <= 1) {
        block(d, g.na ? &ia[g.a] : nullptr, g.nb ? &ib[g.b] : nullptr, g.na ? &ta[g.a] : nullptr, g.nb ? &tb[g.b] : nullptr);
      } else {
        joined_block(d, run_id(ia, g.a, g.na), joined_pieces(ta, g.a, g.na), run_id(ib, g.b, g.nb), joined_pieces(tb, g.b, g.nb));
      }
    }
  }

  /// Articles (or single paragraphs) against each other, paragraph by paragraph.
  void articles(ProvisionDiff& d, const Provision* a, const Provision* b) {
    std::string title_a = a && a->kind == ProvisionKind::article && !article_of(*a).title.empty() ? "【" + article_of(*a).title + "】" : "";
    std::string title_b = b && b->kind == ProvisionKind::article && !article_of(*b).title.empty() ? "【" + article_of(*b).title + "】" : "";
    if (!title_a.empty() || !title_b.empty()) block(d, a, b, a ? &title_a : nullptr, b ? &title_b : nullptr);
    std::vector<Provision> pa = paragraph_list(a), pb = paragraph_list(b);
    std::vector<std::string> ta, tb;
    for (const auto& p : pa) ta.push_back(unit_text(p));
    for (const auto& p : pb) tb.push_back(unit_text(p));
    for (const PieceGroup& g : groups(ta, tb)) {
      if (g.na <= 1 && g.nb <= 1) {
        paragraphs(d, g.na ? &pa[g.a] : nullptr, g.nb ? &pb[g.b] : nullptr);
      } else {
        joined_block(d, run_id(pa, g.a, g.na), joined_pieces(ta, g.a, g.na), run_id(pb, g.b, g.nb), joined_pieces(tb, g.b, g.nb));
      }
    }
  }

  ProvisionDiff unit(const Provision* a, const Provision* b) {
    ProvisionDiff d{a ? cite::provision_id(*a) : "", b ? cite::provision_id(*b) : "", a ? heading(*a) : "",
                    b ? heading(*b) : "", {}, {}};
    if ((a && below_paragraph(*a)) || (b && below_paragraph(*b))) {
      std::string ta = a ? unit_text(*a) : "", tb = b ? unit_text(*b) : "";
      block(d, a, b, a ? &ta : nullptr, b ? &tb : nullptr);
    } else {
      articles(d, a, b);
    }
    return d;
  }

 private:
  static std::vector<Provision> paragraph_list(const Provision* p) {
    if (!p) return {};
    if (p->kind == ProvisionKind::paragraph) return {*p};
    std::vector<Provision> out;
    const int n = static_cast<int>(article_of(*p).paragraphs.size());
    for (int k = 1; k <= n; ++k) out.push_back(narrowed(*p, ProvisionKind::paragraph, k));
    return out;
  }

  DiffOptions options_;
};

/// Acts, chapters, ranges: their articles paired by content, one diff each.
std::vector<ProvisionDiff> diff_article_lists(const Provision* a, const Provision* b, Differ& differ) {
  std::vector<Provision> pa, pb;
  std::vector<std::string> ta, tb;
  for (const Provision* p : {a, b}) {
    if (!p) continue;
    auto& list = p == a ? pa : pb;
    auto& texts = p == a ? ta : tb;
    for (std::size_t k : spans_articles(*p) ? articles_of(*p) : std::vector<std::size_t>{p->first_article}) {
      list.push_back(cite::article_provision(*p->act, k));
      texts.push_back(statute::article_text(p->act->doc.articles[k]));
    }
  }
  std::vector<ProvisionDiff> out;
  for (const IndexPair& ip : pair_by_content(ta, tb)) {
    out.push_back(differ.unit(ip.a >= 0 ? &pa[ip.a] : nullptr, ip.b >= 0 ? &pb[ip.b] : nullptr));
  }
  return out;
}

}  // namespace

bool ProvisionDiff::identical() const {
  if (a_id.empty() || b_id.empty()) return false;
  for (const Block& b : blocks) {
    if (!all_equal(b.edits) || b.a_id.empty() || b.b_id.empty()) return false;
  }
  return true;
}

bool all_identical(const std::vector<ProvisionDiff>& diffs) {
  for (const auto& d : diffs) {
    if (!d.identical()) return false;
  }
  return true;
}

std::vector<ProvisionDiff> diff_provisions(const Provision* a, const Provision* b, const DiffOptions& options) {
  Differ differ(options);
  if ((a && spans_articles(*a)) || (b && spans_articles(*b))) return diff_article_lists(a, b, differ);
  return {differ.unit(a, b)};
}

}  // namespace lawdiff::diff
