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

std::string no_chapter(const Act& act) {
  std::vector<const statute::Division*> chapters;
  for (const auto& d : act.doc.divisions) {
    if (d.level == statute::DivisionLevel::chapter) chapters.push_back(&d);
  }
  if (chapters.empty()) return fmt::format("{} has no chapters", act_name(act));
  return fmt::format("{} has {} ({}–{})", act_name(act), plural(chapters.size(), "chapter"),
                     chapters.front()->label, chapters.back()->label);
}

// Why 第N章第M节 names nothing: the sections chapter `d` has, or none.
std::string no_section(const Act& act, std::size_t d) {
  const auto& divs = act.doc.divisions;
  std::vector<const statute::Division*> sections;
  for (std::size_t k = d + 1; k < divs.size() && divs[k].level == statute::DivisionLevel::section; ++k)
    sections.push_back(&divs[k]);
  const std::string chapter = act_name(act) + " " + divs[d].label;
  if (sections.empty()) return fmt::format("{} has no sections", chapter);
  return fmt::format("{} has {} ({}–{})", chapter, plural(sections.size(), "section"), sections.front()->label,
                     sections.back()->label);
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
  if (loc.chapter > 0) {
    // The chapter (the first so numbered), then its section when one is named.
    int chapter = -1;
    for (std::size_t d = 0; d < act.doc.divisions.size() && chapter < 0; ++d) {
      const statute::Division& div = act.doc.divisions[d];
      if (div.level == statute::DivisionLevel::chapter && div.number == loc.chapter) chapter = static_cast<int>(d);
    }
    int found = chapter;
    if (chapter >= 0 && loc.section > 0) {
      found = -1;
      for (std::size_t d = static_cast<std::size_t>(chapter) + 1; d < act.doc.divisions.size(); ++d) {
        const statute::Division& div = act.doc.divisions[d];
        if (div.level != statute::DivisionLevel::section) break;  // sections follow their chapter
        if (div.number == loc.section) {
          found = static_cast<int>(d);
          break;
        }
      }
    }
    const statute::Division* div = found >= 0 ? &act.doc.divisions[static_cast<std::size_t>(found)] : nullptr;
    if (div == nullptr || div->first_article < 0) {
      why = chapter < 0 || loc.section == 0 ? no_chapter(act) : no_section(act, static_cast<std::size_t>(chapter));
      return false;
    }
    out.kind = ProvisionKind::chapter;
    out.division = found;
    out.first_article = static_cast<std::size_t>(div->first_article);
    out.last_article = static_cast<std::size_t>(div->last_article);
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
