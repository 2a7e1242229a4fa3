#include "statute/model.hpp"

#include "text/numerals.hpp"

namespace lawdiff::statute {

std::string paragraph_text(const Paragraph& p) {
  std::string out = p.text;
  for (const Item& item : p.items) {
    if (!out.empty()) out += '\n';
    out += item.label + item.text;
    for (const SubItem& sub : item.subitems) out += '\n' + sub.label + sub.text;
  }
  return out;
}

std::string article_text(const Article& a) {
  std::string out;
  for (const Paragraph& p : a.paragraphs) {
    if (!out.empty()) out += '\n';
    out += paragraph_text(p);
  }
  return out;
}

int item_count(const Article& a) {
  int n = 0;
  for (const Paragraph& p : a.paragraphs) n += static_cast<int>(p.items.size());
  return n;
}

std::string canonical_article_label(int number, int suffix) {
  std::string label = "第" + text::to_chinese(number) + "条";
  if (suffix > 0) label += "之" + text::to_chinese(suffix);
  return label;
}

std::string article_key(const Article& a) {
  return a.suffix > 0 ? std::to_string(a.number) + "-" + std::to_string(a.suffix) : std::to_string(a.number);
}

const Division* chapter_of(const Document& doc, std::size_t article_index) {
  int k = static_cast<int>(article_index);
  for (const Division& d : doc.divisions) {
    if (d.level == DivisionLevel::chapter && d.first_article <= k && k <= d.last_article) return &d;
  }
  return nullptr;
}

}  // namespace lawdiff::statute
