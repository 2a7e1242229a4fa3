#pragma once
// Classifies the lines of a statute: structural headings (编/章/节), article
// openings (第X条, 第X条之一, with 【title】), items (（一）), sub-items (1.),
// Markdown markers and plain text. Pure, per line; no context.
#include <string>
#include <string_view>
#include <vector>

#include "statute/model.hpp"

namespace lawdiff::statute {

enum class LineKind {
  blank,
  division,        // 第X编/章/节 heading
  article,         // 第X条 opening line
  item,            // （一）…
  subitem,         // 1. …
  markdown_title,  // "# title"
  info_end,        // <!-- INFO END -->
  url,             // a bare URL line
  text,
};

struct Line {
  Span span;             // the line without its '\n'
  std::string_view raw;  // text of the line (view into Document::text)
  LineKind kind = LineKind::text;
  bool markdown_heading = false;  // starts with '#'
  bool leading_space = false;     // page-break lines start with a space
  int number = 0;                 // division/article/item/subitem number
  int suffix = 0;                 // 之X for articles
  DivisionLevel level = DivisionLevel::chapter;
  std::string_view label;  // "第七十二条", "（一）", "1." as written
  std::string_view title;  // division title, article 【title】 (no brackets)
  std::string_view rest;   // text after label and title (trimmed at the left)
};

/// Splits `text` into lines (on '\n') and classifies each.
std::vector<Line> scan_lines(std::string_view text);

/// Classifies one line (no '\n'). Exposed for tests.
Line classify_line(std::string_view raw, std::size_t offset);

}  // namespace lawdiff::statute
