#include "statute/numbering_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace lawdiff::statute {
namespace {

/// 1-based line numbers of byte offsets, by binary search over line starts,
/// so hostile input with millions of warnings stays O(n log n).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  std::size_t operator()(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
  }

 private:
  std::vector<std::size_t> starts_{0};
};

void check_articles(Document& doc, const LineIndex& line_of) {
  for (std::size_t k = 1; k < doc.articles.size(); ++k) {
    const Article& prev = doc.articles[k - 1];
    const Article& a = doc.articles[k];
    bool next_number = a.number == prev.number + 1 && a.suffix == 0;
    bool next_suffix = a.number == prev.number && a.suffix == prev.suffix + 1;
    if (next_number || next_suffix) continue;
    std::string what = a.number == prev.number && a.suffix == prev.suffix ? "duplicate article number"
                       : a.number < prev.number                             ? "article out of order"
                                                                            : "article numbering gap";
    doc.warnings.push_back({line_of(a.span.begin), fmt::format("{}: {} follows {}", what, a.label, prev.label)});
  }
  if (!doc.articles.empty() && doc.articles.front().number != 1) {
    const Article& a = doc.articles.front();
    doc.warnings.push_back({line_of(a.span.begin), fmt::format("first article is {}, not 第一条", a.label)});
  }
}

void check_divisions(Document& doc, const LineIndex& line_of) {
  int last[3] = {0, 0, 0};
  for (const Division& d : doc.divisions) {
    int level = static_cast<int>(d.level);
    if (d.level == DivisionLevel::part) last[1] = last[2] = 0;
    if (d.level == DivisionLevel::chapter) last[2] = 0;
    if (d.number != last[level] + 1 && !(d.level == DivisionLevel::chapter && last[level] == 0)) {
      doc.warnings.push_back({line_of(d.span.begin),
                              fmt::format("heading numbering gap: {} after number {}", d.label, last[level])});
    }
    last[level] = d.number;
  }
}

void check_items(Document& doc, const LineIndex& line_of) {
  for (const Article& a : doc.articles) {
    for (const Paragraph& p : a.paragraphs) {
      for (std::size_t i = 0; i < p.items.size(); ++i) {
        if (p.items[i].number == static_cast<int>(i) + 1) continue;
        doc.warnings.push_back({line_of(p.span.begin),
                                fmt::format("item numbering gap in {}: {} is item {}", a.label, p.items[i].label, i + 1)});
        break;
      }
    }
  }
}

}  // namespace

void check_numbering(Document& doc) {
  LineIndex line_of(doc.text);
  check_articles(doc, line_of);
  check_divisions(doc, line_of);
  check_items(doc, line_of);
}

}  // namespace lawdiff::statute
