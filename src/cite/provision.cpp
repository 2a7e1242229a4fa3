#include "cite/provision.hpp"

#include "text/numerals.hpp"

namespace lawdiff::cite {

namespace {

const statute::Article& article_of(const Provision& p) { return p.act->doc.articles[p.first_article]; }

void append_int(std::string& out, int n) {
  char buf[16];
  int len = 0;
  unsigned u = static_cast<unsigned>(n < 0 ? 0 : n);
  do {
    buf[len++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0 && len < 16);
  while (len > 0) out += buf[--len];
}

void append_key(std::string& out, const statute::Article& a) {
  append_int(out, a.number);
  if (a.suffix > 0) {
    out += '-';
    append_int(out, a.suffix);
  }
}

// Each article of [first, last] as its label, 【title】 and text, one per line.
void append_articles(std::string& out, const statute::Document& doc, std::size_t first, std::size_t last) {
  for (std::size_t k = first; k <= last && k < doc.articles.size(); ++k) {
    const statute::Article& a = doc.articles[k];
    if (k != first) out += '\n';
    out += a.label;
    if (!a.title.empty()) out.append("【").append(a.title).append("】");
    out += ' ';
    out += statute::article_text(a);
  }
}

}  // namespace

void append_provision_id(std::string& out, const Provision& p) {
  out += p.act->info.id;
  switch (p.kind) {
    case ProvisionKind::act: return;
    case ProvisionKind::chapter: {
      // p2ch3s1: 第二编第三章第一节, each part present only when it exists.
      const statute::Division& d = p.act->doc.divisions[static_cast<std::size_t>(p.division)];
      out += ':';
      if (d.level == statute::DivisionLevel::part) {
        out += 'p';
        append_int(out, d.number);
        return;
      }
      if (d.parent_part > 0) {
        out += 'p';
        append_int(out, d.parent_part);
      }
      out += "ch";
      if (d.level == statute::DivisionLevel::section) {
        append_int(out, d.parent_chapter);
        out += 's';
      }
      append_int(out, d.number);
      return;
    }
    case ProvisionKind::range:
      out += ':';
      append_key(out, p.act->doc.articles[p.first_article]);
      out += '-';
      append_key(out, p.act->doc.articles[p.last_article]);
      return;
    default: break;
  }
  out += ':';
  append_key(out, article_of(p));
  for (int part : {p.paragraph, p.item, p.subitem}) {
    if (part == 0) return;
    out += '.';
    append_int(out, part);
  }
}

std::string provision_id(const Provision& p) {
  std::string out;
  append_provision_id(out, p);
  return out;
}

std::string provision_text(const Provision& p) {
  const statute::Document& doc = p.act->doc;
  std::string out;
  switch (p.kind) {
    case ProvisionKind::act:
      if (!doc.articles.empty()) append_articles(out, doc, 0, doc.articles.size() - 1);
      return out;
    case ProvisionKind::chapter:
    case ProvisionKind::range: append_articles(out, doc, p.first_article, p.last_article); return out;
    case ProvisionKind::article: return statute::article_text(article_of(p));
    default: break;
  }
  const statute::Paragraph& para = article_of(p).paragraphs[static_cast<std::size_t>(p.paragraph - 1)];
  if (p.kind == ProvisionKind::paragraph) return statute::paragraph_text(para);
  const statute::Item& item = para.items[static_cast<std::size_t>(p.item - 1)];
  if (p.kind == ProvisionKind::subitem) {
    const statute::SubItem& sub = item.subitems[static_cast<std::size_t>(p.subitem - 1)];
    return sub.label + sub.text;
  }
  out = item.label + item.text;
  for (const statute::SubItem& sub : item.subitems) out += '\n' + sub.label + sub.text;
  return out;
}

Provision article_provision(const statute::Act& act, std::size_t k, int paragraph) {
  Provision p;
  p.act = &act;
  p.kind = paragraph > 0 ? ProvisionKind::paragraph : ProvisionKind::article;
  p.first_article = p.last_article = k;
  p.paragraph = paragraph;
  return p;
}

}  // namespace lawdiff::cite
