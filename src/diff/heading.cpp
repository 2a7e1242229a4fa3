#include "diff/heading.hpp"

#include "text/numerals.hpp"

namespace lawdiff::diff {
namespace {

std::string article_label(const statute::Article& a) { return statute::canonical_article_label(a.number, a.suffix); }

}  // namespace

std::string heading(const cite::Provision& p) {
  if (p.act == nullptr) return {};
  std::string out = "《" + statute::cited_title(p.act->info) + "》";
  const auto& articles = p.act->doc.articles;
  switch (p.kind) {
    case cite::ProvisionKind::act: return out;
    case cite::ProvisionKind::chapter: {
      const auto& d = p.act->doc.divisions.at(static_cast<std::size_t>(p.division));
      return out + "第" + text::to_chinese(d.number) + "章";
    }
    case cite::ProvisionKind::range:
      return out + article_label(articles.at(p.first_article)) + "至" + article_label(articles.at(p.last_article));
    default: break;
  }
  const statute::Article& a = articles.at(p.first_article);
  out += article_label(a);
  if (p.paragraph > 0) out += "第" + text::to_chinese(p.paragraph) + "款";
  if (p.item > 0) {
    const auto& para = a.paragraphs.at(static_cast<std::size_t>(p.paragraph - 1));
    out += "第" + para.items.at(static_cast<std::size_t>(p.item - 1)).label + "项";
  }
  if (p.subitem > 0) out += "第" + std::to_string(p.subitem) + "目";
  return out;
}

}  // namespace lawdiff::diff
