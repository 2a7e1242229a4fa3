#pragma once
// What each renderer draws of an edit script: the runs of one side, with
// ignored white-space changes drawn as plain text and paragraph breaks
// inside a change made visible as ¶.
#include <string_view>
#include <vector>

#include "diff/edit.hpp"
#include "render/json_writer.hpp"

namespace lawdiff::render {

/// The side drawn: A's column, B's column, or one inline column with both
/// sides' changes.
enum class Side { a, b, both };

/// The break mark: a deleted or inserted '\n' (paragraph or item break).
inline constexpr std::string_view kBreakMark = "¶";

/// The runs to draw for `side`: equal runs; the side's own deletions (A) or
/// insertions (B), or both for Side::both; an ignored change as equal text
/// of its side (B's inline); each '\n' inside a change as ¶ closing its
/// run, followed by the line break as an equal run when the side drawn has
/// it (inline: insertions only).
std::vector<diff::Edit> view_edits(const std::vector<diff::Edit>& edits, Side side);

/// Writes each edit as a JSON object {"op","text"}, with "ignored": true
/// for an ignored white-space change; the caller opens the array. The ops
/// spell both sides exactly (a '\n' in a change is a break).
void write_ops_json(JsonWriter& w, const std::vector<diff::Edit>& edits);

}  // namespace lawdiff::render
