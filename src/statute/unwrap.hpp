#pragma once
// Rebuilds paragraphs from lines. PDF and Word extractions wrap a paragraph
// over several lines at a fixed width (often with blank lines between them);
// published Markdown puts one paragraph on one line. This decides, line by
// line, whether a line ends its paragraph.
#include <span>
#include <vector>

#include "statute/line_scan.hpp"

namespace lawdiff::statute {

/// How a document's lines were laid out.
struct Layout {
  bool wrapped = false;  // lines wrapped at a fixed width
  int margin = 0;        // display width of a full continuation line
  /// A line this wide reached the margin (ASCII makes lines a little narrower).
  bool full(int width) const { return width >= margin - 2; }
  /// As wide as a full first line of an indented paragraph (the indent of
  /// two ideographs is lost in extraction, so it ends 4 columns short).
  bool indented_full(int width) const { return width >= margin - 6 && width < margin - 2; }
};

/// Measures the layout from the widths of `lines` (the body's lines): a
/// document is wrapped when many of the lines that stop mid-sentence end
/// within a few columns of the same right margin.
Layout detect_layout(std::span<const Line> lines);

/// A logical unit: one paragraph, item or sub-item, possibly over several
/// lines. `first` and `last` index the lines given to group_units.
struct Unit {
  std::size_t first = 0;
  std::size_t last = 0;
};

/// Groups non-blank lines into units: a new unit starts at every item or
/// sub-item label, and wherever the previous line ended its paragraph.
/// In a wrapped layout a line ends its paragraph when it ends a sentence
/// short of the margin, or at the margin when the next line is as wide as
/// an indented first line and runs on.
std::vector<Unit> group_units(std::span<const Line> lines, const Layout& layout);

}  // namespace lawdiff::statute
