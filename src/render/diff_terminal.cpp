// Terminal layouts of provision diffs: two columns side by side, or one
// inline column. Every line fits in DiffStyle::width display columns.
#include <algorithm>

#include "render/diff_render.hpp"
#include "render/styled_text.hpp"

namespace lawdiff::render {
namespace {

// ASCII rules: box-drawing characters are East Asian "Ambiguous" and take
// two columns in many CJK terminal set-ups, which would break the columns.
constexpr std::string_view kGutter = " | ";
constexpr int kGutterWidth = 3;
constexpr std::string_view kNone = "(no counterpart)";

struct Columns {
  int left, right;
};

Columns columns(int width) {
  const int inner = std::max(width - kGutterWidth, 4);
  return {inner / 2, inner - inner / 2};
}

/// Writes two wrapped texts side by side, row by row; the right column is
/// not padded, so no line ends in spaces.
void write_rows(std::ostream& out, const std::vector<Line>& left, const std::vector<Line>& right, Columns c,
                bool color) {
  const std::size_t rows = std::max(left.size(), right.size());
  for (std::size_t r = 0; r < rows; ++r) {
    const Line empty;
    const Line& l = r < left.size() ? left[r] : empty;
    const Line& x = r < right.size() ? right[r] : empty;
    write_line(out, l, color);
    out << std::string(static_cast<std::size_t>(c.left - line_width(l)), ' ');
    if (x.empty()) {
      out << " |\n";
      continue;
    }
    out << kGutter;
    write_line(out, x, color);
    out << '\n';
  }
}

std::vector<Line> heading_lines(const std::string& heading, int width) {
  return wrap_runs({plain_run(heading.empty() ? kNone : heading, Style::heading)}, width);
}

// B's heading, followed by the pair's relation when the diff has one.
std::string b_heading(const diff::ProvisionDiff& d) {
  if (d.relation.empty() || d.b_heading.empty()) return d.b_heading;
  return d.b_heading + "  (" + d.relation + ")";
}

void write_side_pair(std::ostream& out, const diff::ProvisionDiff& d, const DiffStyle& style) {
  const Columns c = columns(style.width);
  write_rows(out, heading_lines(d.a_heading, c.left), heading_lines(b_heading(d), c.right), c, style.color);
  out << std::string(static_cast<std::size_t>(c.left), '-') << "-+-" << std::string(static_cast<std::size_t>(c.right), '-')
      << '\n';
  for (std::size_t i = 0; i < d.blocks.size(); ++i) {
    const diff::Block& b = d.blocks[i];
    if (i > 0) out << std::string(static_cast<std::size_t>(c.left), ' ') << " |\n";
    std::vector<Line> left, right;
    if (!b.a_id.empty()) left = wrap_runs(edit_runs(b.edits, false, false, style.color), c.left);
    if (!b.b_id.empty()) right = wrap_runs(edit_runs(b.edits, true, false, style.color), c.right);
    write_rows(out, left, right, c, style.color);
  }
}

void write_inline_pair(std::ostream& out, const diff::ProvisionDiff& d, const DiffStyle& style) {
  const std::string b = b_heading(d);
  for (const auto& [mark, heading] : {std::pair{"--- ", &d.a_heading}, std::pair{"+++ ", &b}}) {
    for (const Line& l : wrap_runs({plain_run(mark + (heading->empty() ? std::string(kNone) : *heading), Style::heading)},
                                   style.width)) {
      write_line(out, l, style.color);
      out << '\n';
    }
  }
  for (const diff::Block& b : d.blocks) {
    out << '\n';
    for (const Line& l : wrap_runs(edit_runs(b.edits, true, true, style.color), style.width)) {
      write_line(out, l, style.color);
      out << '\n';
    }
  }
}

}  // namespace

std::string omitted_line(int omitted) {
  return std::to_string(omitted) + (omitted == 1 ? " unchanged pair" : " unchanged pairs") + " omitted (--all shows them)";
}

void write_side_by_side(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, const DiffStyle& style,
                        int omitted) {
  for (std::size_t i = 0; i < diffs.size(); ++i) {
    if (i > 0) out << '\n';
    write_side_pair(out, diffs[i], style);
  }
  if (omitted > 0) out << (diffs.empty() ? "" : "\n") << omitted_line(omitted) << '\n';
}

void write_inline(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, const DiffStyle& style, int omitted) {
  for (std::size_t i = 0; i < diffs.size(); ++i) {
    if (i > 0) out << '\n';
    write_inline_pair(out, diffs[i], style);
  }
  if (omitted > 0) out << (diffs.empty() ? "" : "\n") << omitted_line(omitted) << '\n';
}

}  // namespace lawdiff::render
