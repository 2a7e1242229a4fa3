// The statute parser. One pass over classified lines: find where the body
// starts (after the announcement, title and any table of contents), cut the
// body into headings and articles, rebuild each article's paragraphs, items
// and sub-items, and keep every byte in exactly one node.
#include "statute/parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "statute/metadata.hpp"
#include "statute/numbering_check.hpp"
#include "statute/unwrap.hpp"
#include "text/truncate.hpp"
#include "text/utf8.hpp"

namespace lawdiff::statute {
namespace {

int level_rank(DivisionLevel level) {
  switch (level) {
    case DivisionLevel::section: return 1;
    case DivisionLevel::chapter: return 2;
    case DivisionLevel::part: return 3;
  }
  return 0;
}

/// Index of the first body line: the first article line, preceded by the
/// headings that open it (编 before 章 before 节). Headings further up are a
/// table of contents and stay in the front matter.
std::size_t body_start(const std::vector<Line>& lines, std::size_t first_article) {
  std::size_t start = first_article;
  int rank = 0;
  for (std::size_t i = first_article; i-- > 0;) {
    const Line& line = lines[i];
    if (line.kind == LineKind::blank) continue;
    if (line.kind != LineKind::division || level_rank(line.level) <= rank) break;
    rank = level_rank(line.level);
    start = i;
  }
  return start;
}

/// A line after the last article that begins trailing matter: a source URL,
/// an annex, a signature date, a non-structural Markdown heading.
bool starts_trailing(const Line& line) {
  if (line.kind == LineKind::url || line.kind == LineKind::info_end) return true;
  if (line.kind == LineKind::markdown_title) return true;
  if (line.markdown_heading && line.kind == LineKind::text) return true;
  std::string_view body = text::trim(line.raw);
  return body.starts_with("附件") || body.starts_with("附表") || body.starts_with("附：");
}

/// Joins the lines of one unit into its text: wrapped lines meet without a
/// space, except between two Latin letters or digits.
std::string join_lines(std::span<const Line> lines, Unit unit, std::string_view first_text) {
  std::string out(first_text);
  for (std::size_t i = unit.first + 1; i <= unit.last; ++i) {
    std::string_view piece = text::trim(lines[i].raw);
    if (piece.empty()) continue;
    if (!out.empty() && std::isalnum(static_cast<unsigned char>(out.back())) &&
        std::isalnum(static_cast<unsigned char>(piece.front()))) {
      out += ' ';
    }
    out += piece;
  }
  return out;
}

class Builder {
 public:
  explicit Builder(Document& doc) : doc_(doc) {}

  void run() {
    lines_ = scan_lines(doc_.text);
    std::size_t first_article = find_first_article();
    if (first_article == lines_.size()) {
      add_node(NodeKind::front_matter, -1, 0, lines_.size());
      read_metadata(doc_, lines_, lines_.size());
      return;
    }
    std::size_t start = body_start(lines_, first_article);
    std::size_t end = trailing_start();
    add_node(NodeKind::front_matter, -1, 0, start);
    layout_ = detect_layout(std::span(lines_).subspan(start, end - start));
    walk_body(start, end);
    add_node(NodeKind::trailing_matter, -1, end, lines_.size());
    read_metadata(doc_, lines_, start);
    check_numbering(doc_);
    std::stable_sort(doc_.warnings.begin(), doc_.warnings.end(),
                     [](const Warning& x, const Warning& y) { return x.line < y.line; });
  }

 private:
  std::size_t find_first_article() const {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].kind == LineKind::article) return i;
    }
    return lines_.size();
  }

  std::size_t trailing_start() const {
    std::size_t last_article = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].kind == LineKind::article) last_article = i;
    }
    for (std::size_t i = last_article + 1; i < lines_.size(); ++i) {
      if (starts_trailing(lines_[i])) return i;
    }
    return lines_.size();
  }

  /// Adds a node covering lines [first, last) including their newlines.
  void add_node(NodeKind kind, int index, std::size_t first, std::size_t last) {
    std::size_t begin = first < lines_.size() ? lines_[first].span.begin : doc_.text.size();
    std::size_t end = last < lines_.size() ? lines_[last].span.begin : doc_.text.size();
    if (!doc_.nodes.empty()) begin = doc_.nodes.back().span.end;
    if (begin == end && kind != NodeKind::article && kind != NodeKind::heading) return;
    doc_.nodes.push_back({kind, index, {begin, end}});
  }

  void walk_body(std::size_t start, std::size_t end) {
    std::size_t i = start;
    while (i < end) {
      std::size_t next = i + 1;
      while (next < end && lines_[next].kind != LineKind::article && lines_[next].kind != LineKind::division) ++next;
      const Line& line = lines_[i];
      if (line.kind == LineKind::division) {
        add_division(line, i, next);
      } else if (line.kind == LineKind::article) {
        add_article(i, next);
      } else {
        add_stray(i, next);
      }
      i = next;
    }
  }

  void add_division(const Line& line, std::size_t i, std::size_t next) {
    Division d;
    d.level = line.level;
    d.number = line.number;
    d.label = std::string(line.label);
    d.title = std::string(line.title);
    d.span = line.span;
    int index = static_cast<int>(doc_.divisions.size());
    if (line.level == DivisionLevel::part) {
      part_ = line.number, chapter_ = 0, section_ = 0;
      open_ = {index, -1, -1};
    } else if (line.level == DivisionLevel::chapter) {
      chapter_ = line.number, section_ = 0;
      d.parent_part = part_;
      open_[1] = index, open_[2] = -1;
    } else {
      section_ = line.number;
      d.parent_chapter = chapter_;
      d.parent_part = part_;
      open_[2] = index;
    }
    doc_.divisions.push_back(std::move(d));
    add_node(NodeKind::heading, static_cast<int>(doc_.divisions.size() - 1), i, i + 1);
    if (i + 1 < next) add_stray(i + 1, next);
  }

  /// Body lines outside any article (between a heading and the next article).
  void add_stray(std::size_t first, std::size_t last) {
    for (std::size_t j = first; j < last; ++j) {
      if (lines_[j].kind != LineKind::blank) {
        doc_.warnings.push_back({j + 1, fmt::format("text outside any article: {}",
                                                    text::shorten(text::trim(lines_[j].raw), 40))});
      }
    }
    add_node(NodeKind::interstitial, -1, first, last);
  }

  void add_article(std::size_t first, std::size_t last) {
    const Line& head = lines_[first];
    Article a;
    a.number = head.number;
    a.suffix = head.suffix;
    a.label = std::string(head.label);
    a.title = std::string(head.title);
    a.part = part_, a.chapter = chapter_, a.section = section_;
    a.span = {head.span.begin, last < lines_.size() ? lines_[last].span.begin : doc_.text.size()};
    // The heading line's own text (after 第X条 and 【title】) opens the first
    // paragraph; treat it as a line of its own for grouping.
    std::vector<Line> body(lines_.begin() + static_cast<long>(first), lines_.begin() + static_cast<long>(last));
    body[0].kind = head.rest.empty() ? LineKind::blank : LineKind::text;
    body[0].raw = head.rest;
    for (Unit unit : group_units(body, layout_)) add_unit(a, body, unit, first);
    doc_.articles.push_back(std::move(a));
    int index = static_cast<int>(doc_.articles.size() - 1);
    for (int d : open_) {
      if (d < 0) continue;
      Division& div = doc_.divisions[static_cast<std::size_t>(d)];
      if (div.first_article < 0) div.first_article = index;
      div.last_article = index;
    }
    add_node(NodeKind::article, static_cast<int>(doc_.articles.size() - 1), first, last);
  }

  void add_unit(Article& a, std::span<const Line> body, Unit unit, std::size_t line_offset) {
    const Line& line = body[unit.first];
    // Items keep their label apart; any other line is text in full, even one
    // that looks like a Markdown heading or a bare URL: nothing is dropped.
    const bool labelled = line.kind == LineKind::item || line.kind == LineKind::subitem;
    std::string_view first_text = labelled ? line.rest : text::trim(line.raw);
    std::string joined = join_lines(body, unit, first_text);
    Span span{lines_[line_offset + unit.first].span.begin, lines_[line_offset + unit.last].span.end};
    if (line.kind == LineKind::item || (line.kind == LineKind::subitem && open_item(a) == nullptr)) {
      if (line.kind == LineKind::subitem) {
        // Without an item to hold it, a numbered line is a paragraph.
        a.paragraphs.push_back({std::string(text::trim(line.raw)) + joined.substr(first_text.size()), {}, span});
        return;
      }
      if (a.paragraphs.empty()) a.paragraphs.push_back({"", {}, span});
      a.paragraphs.back().items.push_back({line.number, std::string(line.label), std::move(joined), {}});
      a.paragraphs.back().span.end = span.end;
    } else if (line.kind == LineKind::subitem) {
      open_item(a)->subitems.push_back({line.number, std::string(line.label), std::move(joined)});
      a.paragraphs.back().span.end = span.end;
    } else {
      a.paragraphs.push_back({std::move(joined), {}, span});
    }
  }

  /// The item a sub-item would belong to: the last item of the last
  /// paragraph, when that paragraph has items.
  static Item* open_item(Article& a) {
    if (a.paragraphs.empty() || a.paragraphs.back().items.empty()) return nullptr;
    return &a.paragraphs.back().items.back();
  }

  Document& doc_;
  std::vector<Line> lines_;
  Layout layout_;
  int part_ = 0, chapter_ = 0, section_ = 0;
  std::array<int, 3> open_{-1, -1, -1};  // division indexes: 编, 章, 节 in force
};

}  // namespace

Document parse(std::string text, std::string source_name) {
  Document doc;
  doc.text = std::move(text);
  doc.source_name = std::move(source_name);
  Builder(doc).run();
  return doc;
}

}  // namespace lawdiff::statute
