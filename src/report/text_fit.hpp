#pragma once
// Fitting a table into a terminal width.
#include "render/table.hpp"

namespace lawdiff::report {

/// Truncates cells (text::shorten_to_width, ending in "…") so that
/// render::write_text_table prints no line wider than `width` columns:
/// the widest columns give way first, none below 6 columns. Control
/// characters are neutralised and newlines flattened first, as the table
/// writer would.
render::Table fit_to_width(const render::Table& t, int width);

}  // namespace lawdiff::report
