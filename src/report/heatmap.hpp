#pragma once
// The A×B article similarity matrix as an inline SVG heatmap.
#include <ostream>

#include "report/comparison.hpp"

namespace lawdiff::report {

/// Rows are A's articles, columns B's; a cell's blue deepens with its score
/// (scaled to the matrix's maximum, stated in the caption) and carries a
/// <title> tooltip ("sz:26 × gd:7: 0.61"). Aligned pairs are outlined in
/// red (dashed when partial) and link to their section (#pair-N). Near-zero
/// cells are left blank to keep the page small.
void write_heatmap_svg(std::ostream& out, const Comparison& c);

}  // namespace lawdiff::report
