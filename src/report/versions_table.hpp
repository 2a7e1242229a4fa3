#pragma once
// The cells of a 新旧对照表 (修订前 | 修订后), shared by the Markdown and HTML
// renderers: each cell opens with its provision's number in bold, then the
// provision's paragraphs and items joined by a line break, deletions and
// insertions marked as the format marks them.
#include <string>
#include <string_view>

#include "report/comparison.hpp"

namespace lawdiff::report {

/// How a format writes a cell: its escape and its markup.
struct CellStyle {
  std::string (*escape)(std::string_view);
  std::string_view strong_open, strong_close;
  std::string_view del_open, del_close;
  std::string_view ins_open, ins_close;
  std::string_view line_break;
};

struct VersionCells {
  std::string old_cell, new_cell;  // empty for an added (old) or deleted (new) article
};

/// The two cells of `row`. A renumbered-only row lists the old numbers on
/// the left and each new number with its old one on the right.
VersionCells version_cells(const Comparison& c, const VersionRow& row, const CellStyle& style);

}  // namespace lawdiff::report
