// Paragraph reconstruction. No library knows how a PDF extraction wrapped a
// Chinese statute, so this is hand-written: a margin measured from the line
// widths, and the punctuation that ends a Chinese sentence.
#include "statute/unwrap.hpp"

#include <algorithm>

#include "text/utf8.hpp"
#include "text/width.hpp"

namespace lawdiff::statute {
namespace {

int content_width(const Line& line) { return text::display_width(text::trim(line.raw)); }

bool ends_sentence(std::string_view s) {
  s = text::trim(s);
  for (std::string_view end : {"。", "：", "；", "！", "？", "”", "’", "」", "』", ":", ";"}) {
    if (s.ends_with(end)) return true;
  }
  return false;
}

/// A 《 with no 》 after it: a title cut by a line or page break.
bool open_title(std::string_view s) {
  std::size_t open = s.rfind("《");
  return open != std::string_view::npos && s.find("》", open) == std::string_view::npos;
}

bool starts_unit(const Line& line) {
  return line.kind == LineKind::item || line.kind == LineKind::subitem;
}

}  // namespace

Layout detect_layout(std::span<const Line> lines) {
  // Lines that stop mid-sentence were cut by the wrap: their widths show
  // the margin. Sentence ends fall anywhere and would blur it.
  std::vector<int> widths;
  int content_lines = 0;
  for (const Line& line : lines) {
    if (line.kind == LineKind::blank) continue;
    ++content_lines;
    if (!ends_sentence(line.raw)) widths.push_back(content_width(line));
  }
  Layout layout;
  if (widths.size() < 8) return layout;
  std::sort(widths.begin(), widths.end());
  int margin = widths[widths.size() * 9 / 10];
  // Wrapped text hugs its margin: a third or more of all lines lie within a
  // few columns of it. One-paragraph-per-line text spreads widely.
  int near = static_cast<int>(std::count_if(widths.begin(), widths.end(),
                                            [&](int w) { return w >= margin - 6 && w <= margin + 2; }));
  layout.wrapped = margin >= 20 && near * 3 >= content_lines;
  layout.margin = margin;
  return layout;
}

namespace {

/// Whether a wrapped line ends its paragraph, given the next non-blank line.
bool ends_paragraph(const Line& line, const Line* next, const Layout& layout) {
  std::string_view body = text::trim(line.raw);
  if (open_title(body)) return false;
  if (!layout.wrapped) return true;
  if (!ends_sentence(body)) return false;
  if (!layout.full(content_width(line)) || next == nullptr) return true;
  // A sentence that ends exactly at the margin: the next line tells.
  return next->kind != LineKind::text ||
         (layout.indented_full(content_width(*next)) && !ends_sentence(next->raw));
}

}  // namespace

std::vector<Unit> group_units(std::span<const Line> lines, const Layout& layout) {
  std::vector<Unit> units;
  bool open = false;  // the last unit continues on the next line
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.kind == LineKind::blank) continue;
    if (!open || starts_unit(line)) {
      units.push_back({i, i});
    } else {
      units.back().last = i;
    }
    const Line* next = nullptr;
    for (std::size_t j = i + 1; j < lines.size() && next == nullptr; ++j) {
      if (lines[j].kind != LineKind::blank) next = &lines[j];
    }
    open = !ends_paragraph(line, next, layout);
  }
  return units;
}

}  // namespace lawdiff::statute
