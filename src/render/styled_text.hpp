#pragma once
// Styled text for terminal diffs: runs of plain, deleted, inserted or
// heading text, wrapped by display width and written with ANSI colour (each
// run closed by a reset, so a wrapped column never leaks colour into its
// neighbour) or with textual markers when colour is off.
#include <ostream>
#include <string>
#include <vector>

#include "diff/edit.hpp"

namespace lawdiff::render {

enum class Style { plain, del, ins, heading };

struct Run {
  Style style = Style::plain;
  std::string text;
};

using Line = std::vector<Run>;

/// The runs of one side of an edit script (`b_side`: equal + inserted, else
/// equal + deleted; both sides when `both`), as render::view_edits shows
/// them (ignored white space plain, breaks in changes as ¶). Text is neutralised (controls
/// made visible, tabs made spaces). Without colour, edits are wrapped in
/// [-…-] and {+…+} markers.
std::vector<Run> edit_runs(const std::vector<diff::Edit>& edits, bool b_side, bool both, bool color);

/// One run of neutralised text.
Run plain_run(std::string_view text, Style style = Style::plain);

/// Breaks runs into lines at most `width` display columns wide (width ≥ 2),
/// breaking between code points and at '\n'.
std::vector<Line> wrap_runs(const std::vector<Run>& runs, int width);

/// Display columns of a line.
int line_width(const Line& line);

/// Writes a line, in colour when `color`; ends with a reset if anything was
/// styled. Writes no newline.
void write_line(std::ostream& out, const Line& line, bool color);

}  // namespace lawdiff::render
