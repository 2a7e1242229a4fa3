#pragma once
// Renderers for provision diffs (diff::ProvisionDiff), one per layout or
// format. `lawdiff diff` and `lawdiff compare` both draw with these.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "diff/provision_diff.hpp"

namespace lawdiff::render {

struct DiffStyle {
  int width = 100;     // no terminal line is wider than this (display columns)
  bool color = false;  // ANSI colour: deletions red, insertions green, headings bold
};

/// Two columns headed by the provisions' citations, text wrapped inside its
/// column by display width; deletions and insertions highlighted in colour,
/// or marked [-…-] and {+…+} without colour. Input text is neutralised.
void write_side_by_side(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, const DiffStyle& style,
                        int omitted = 0);

/// "70 unchanged pairs omitted (--all shows them)": the closing line of a
/// whole-act diff that left out `omitted` identical pairs.
std::string omitted_line(int omitted);

/// Each layout and format below closes with omitted_line() when `omitted`
/// (identical pairs left out) is positive; JSON always has the count.

/// One column: "--- A" / "+++ B" headings, then the text with deletions and
/// insertions in colour, or as [-删除-] and {+新增+} without colour; wrapped
/// to the width.
void write_inline(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, const DiffStyle& style,
                  int omitted = 0);

/// Per pair, a two-column GFM table headed by the citations, one row per
/// block, <del>/<ins> around edits; cells escaped.
void write_diff_markdown(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, int omitted = 0);

/// A self-contained HTML page (inline CSS) with one two-column table per
/// pair. `title` becomes the page title.
void write_diff_html(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, std::string_view title,
                     int omitted = 0);

/// {"schema":1,"identical":…,"omitted_unchanged":N,"diffs":[{"a":{"id","citation"},"b":…,
/// "identical":…,"blocks":[{"a":id|null,"b":id|null,"ops":[{"op","text"[,"ignored"]}]}]}]}
/// ("identical" is true when the diffs shown are and nothing else differs:
/// omitted pairs are identical by definition.)
void write_diff_json(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, int omitted = 0);

}  // namespace lawdiff::render
