// Checking a locator against an act, and the messages that say why a
// reference names nothing and what is near ("深圳条例 has 73 articles
// (第一条–第七十三条)", "第三十三条 has 2 paragraphs").
#include <fmt/format.h>

#include "cite/reference.hpp"
#include "text/numerals.hpp"

namespace lawdiff::cite {

namespace {

using statute::Act;
using statute::Article;

const std::string& act_name(const Act& act) {
  if (!act.info.short_title.empty()) return act.info.short_title;
  return act.info.title.empty() ? act.info.id : act.info.title;
}

std::string label(ArticleNumber n) { return statute::canonical_article_label(n.number, n.suffix); }

std::string plural(std::size_t n, std::string_view one) {
  return fmt::format("{} {}{}", n, one, n == 1 ? "" : "s");
}

std::string no_article(const Act& act, ArticleNumber n) {
  const auto& arts = act.doc.articles;
  if (arts.empty()) return fmt::format("{} has no articles", act_name(act));
  const std::string span = fmt::format("{}–{}", arts.front().label, arts.back().label);
  if (n.suffix == 0) return fmt::format("{} has {} ({})", act_name(act), plural(arts.size(), "article"), span);
  return fmt::format("{} has no {} ({}: {})", act_name(act), label(n), plural(arts.size(), "article"), span);
}

// The divisions of `level` that `keep` accepts, for messages.
template <typename Keep>
std::string listing(const Act& act, statute::DivisionLevel level, std::string_view what, std::string_view owner,
                    Keep keep) {
  std::vector<const statute::Division*> found;
  for (const auto& d : act.doc.divisions)
    if (d.level == level && keep(d)) found.push_back(&d);
  const std::string name = owner.empty() ? act_name(act) : act_name(act) + " " + std::string(owner);
  if (found.empty()) return fmt::format("{} has no {}s", name, what);
  return fmt::format("{} has {} ({}–{})", name, plural(found.size(), what), found.front()->label, found.back()->label);
}

// The index of the division `loc` names (编, 章 or 节, each within the one
// before), or -1 with `why` set: what exists instead, or which parts hold a
// chapter so numbered when the reference does not say (chapters restart in
// each 编 of 民法典 and 刑法).
int locate_division(const Act& act, const Locator& loc, std::string& why) {
  using statute::DivisionLevel;
  const auto& divs = act.doc.divisions;
  auto index_of = [&](auto match) {
    for (std::size_t d = 0; d < divs.size(); ++d)
      if (match(divs[d])) return static_cast<int>(d);
    return -1;
  };
  int found = -1;
  std::string part_label;
  if (loc.part > 0) {
    found = index_of([&](const statute::Division& d) { return d.level == DivisionLevel::part && d.number == loc.part; });
    if (found < 0) {
      why = listing(act, DivisionLevel::part, "part", "", [](const auto&) { return true; });
      return -1;
    }
    part_label = divs[static_cast<std::size_t>(found)].label;
  }
  if (loc.chapter > 0) {
    auto in_part = [&](const statute::Division& d) { return loc.part == 0 || d.parent_part == loc.part; };
    std::vector<int> chapters;
    for (std::size_t d = 0; d < divs.size(); ++d)
      if (divs[d].level == DivisionLevel::chapter && divs[d].number == loc.chapter && in_part(divs[d]))
        chapters.push_back(static_cast<int>(d));
    if (chapters.empty()) {
      why = listing(act, DivisionLevel::chapter, "chapter", part_label, in_part);
      return -1;
    }
    // Several parts each with this chapter: the reference must say which. (Two
    // chapters so numbered in one part are broken numbering: the first wins.)
    if (chapters.size() > 1 && divs[static_cast<std::size_t>(chapters[0])].parent_part !=
                                   divs[static_cast<std::size_t>(chapters[1])].parent_part) {
      std::vector<std::string> where;
      for (int c : chapters) where.push_back(fmt::format("p{}ch{}", divs[static_cast<std::size_t>(c)].parent_part, loc.chapter));
      why = fmt::format("{} has a {} in more than one part: say which ({})", act_name(act),
                        divs[static_cast<std::size_t>(chapters.front())].label, fmt::join(where, ", "));
      return -1;
    }
    found = chapters.front();
  }
  if (loc.section > 0 && found >= 0) {
    const auto chapter = static_cast<std::size_t>(found);
    found = -1;
    for (std::size_t d = chapter + 1; d < divs.size() && divs[d].level == DivisionLevel::section; ++d) {
      if (divs[d].number == loc.section) {
        found = static_cast<int>(d);
        break;
      }
    }
    if (found < 0) {
      const statute::Division& c = divs[chapter];
      const std::string owner = (c.parent_part > 0 ? "第" + text::to_chinese(c.parent_part) + "编" : "") + c.label;
      why = listing(act, DivisionLevel::section, "section", owner, [&](const statute::Division& d) {
        return d.parent_part == c.parent_part && d.parent_chapter == c.number;
      });
      return -1;
    }
  }
  if (found < 0) {  // a section without its chapter: the parsers never produce one
    why = "a section needs its chapter (ch3s1, 第三章第一节)";
    return -1;
  }
  if (divs[static_cast<std::size_t>(found)].first_article < 0) {
    why = fmt::format("{} {} has no articles", act_name(act), divs[static_cast<std::size_t>(found)].label);
    return -1;
  }
  return found;
}

}  // namespace

const Resolver::ActIndex& Resolver::index_of(const Act& act) {
  for (const ActIndex& ix : indexes_) {
    if (ix.act == &act) return ix;
  }
  ActIndex ix{&act, {}};
  for (std::size_t k = 0; k < act.doc.articles.size(); ++k) {
    const Article& a = act.doc.articles[k];
    if (a.suffix != 0 || a.number <= 0 || a.number > 100000) continue;
    if (ix.by_number.size() <= static_cast<std::size_t>(a.number)) ix.by_number.resize(a.number + 1, -1);
    if (ix.by_number[a.number] < 0) ix.by_number[a.number] = static_cast<int>(k);
  }
  indexes_.push_back(std::move(ix));
  return indexes_.back();
}

int Resolver::article_index(const Act& act, ArticleNumber n) {
  if (n.suffix == 0) {
    const ActIndex& ix = index_of(act);
    return static_cast<std::size_t>(n.number) < ix.by_number.size() ? ix.by_number[n.number] : -1;
  }
  for (std::size_t k = 0; k < act.doc.articles.size(); ++k) {
    const Article& a = act.doc.articles[k];
    if (a.number == n.number && a.suffix == n.suffix) return static_cast<int>(k);
  }
  return -1;
}

bool Resolver::locate(const Act& act, const Locator& loc, Provision& out, std::string& why) {
  out = Provision{};
  out.act = &act;
  if (loc.division()) {
    const int d = locate_division(act, loc, why);
    if (d < 0) return false;
    const statute::Division& div = act.doc.divisions[static_cast<std::size_t>(d)];
    out.kind = ProvisionKind::chapter;
    out.division = d;
    out.first_article = static_cast<std::size_t>(div.first_article);
    out.last_article = static_cast<std::size_t>(div.last_article);
    return true;
  }
  if (loc.article.number == 0) return true;  // the whole act
  return locate_article(act, loc, out, why);
}

bool Resolver::locate_article(const Act& act, const Locator& loc, Provision& out, std::string& why) {
  ArticleNumber first = loc.article, last = loc.last;
  if (loc.dash_pair && article_index(act, {first.number, last.number}) >= 0) {
    first.suffix = last.number;  // 120-1: 第一百二十条之一 exists
    last = ArticleNumber{};
  } else if (loc.dash_pair && last.number < first.number) {
    why = no_article(act, {first.number, last.number});
    return false;
  }
  const int k = article_index(act, first);
  if (k < 0) {
    why = no_article(act, first);
    return false;
  }
  out.kind = ProvisionKind::article;
  out.first_article = out.last_article = static_cast<std::size_t>(k);
  if (last.number > 0) {
    const int k2 = article_index(act, last);
    if (k2 < 0) {
      why = no_article(act, last);
      return false;
    }
    if (k2 < k) {
      why = fmt::format("the range runs backwards ({} comes before {})", label(last), label(first));
      return false;
    }
    out.kind = ProvisionKind::range;
    out.last_article = static_cast<std::size_t>(k2);
    return true;
  }
  const Article& a = act.doc.articles[out.first_article];
  if (loc.paragraph == 0 && loc.item == 0) return true;
  return locate_within(a, loc, out, why);
}

// The paragraph, item and sub-item of article `a`. The labels for messages
// are built only on failure (this runs once per batch line).
bool Resolver::locate_within(const Article& a, const Locator& loc, Provision& out, std::string& why) {
  auto where = [&](int upto) {
    std::string w = statute::canonical_article_label(a.number, a.suffix);
    if (upto >= 1 && loc.paragraph > 0) w.append("第").append(text::to_chinese(loc.paragraph)).append("款");
    if (upto >= 2) w.append("第（").append(text::to_chinese(loc.item)).append("）项");
    return w;
  };
  if (loc.paragraph == 0 && a.paragraphs.size() != 1) {  // 第X条第（Y）项 needs a single paragraph
    why = fmt::format("{} has {}; name the paragraph (第N款) of item （{}）", where(0),
                      plural(a.paragraphs.size(), "paragraph"), text::to_chinese(loc.item));
    return false;
  }
  const int para = loc.paragraph > 0 ? loc.paragraph : 1;
  if (static_cast<std::size_t>(para) > a.paragraphs.size()) {
    why = fmt::format("{} has {}", where(0), plural(a.paragraphs.size(), "paragraph"));
    return false;
  }
  out.kind = ProvisionKind::paragraph;
  out.paragraph = para;
  if (loc.item == 0) return true;
  const statute::Paragraph& p = a.paragraphs[static_cast<std::size_t>(para - 1)];
  if (static_cast<std::size_t>(loc.item) > p.items.size()) {
    why = p.items.empty() ? where(1) + " has no items" : fmt::format("{} has {}", where(1), plural(p.items.size(), "item"));
    return false;
  }
  out.kind = ProvisionKind::item;
  out.item = loc.item;
  if (loc.subitem == 0) return true;
  const statute::Item& item = p.items[static_cast<std::size_t>(loc.item - 1)];
  if (static_cast<std::size_t>(loc.subitem) > item.subitems.size()) {
    why = item.subitems.empty() ? where(2) + " has no sub-items"
                                : fmt::format("{} has {}", where(2), plural(item.subitems.size(), "sub-item"));
    return false;
  }
  out.kind = ProvisionKind::subitem;
  out.subitem = loc.subitem;
  return true;
}

}  // namespace lawdiff::cite
