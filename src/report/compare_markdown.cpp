// The compare report as GitHub-flavoured Markdown: every table is a GFM
// table with escaped cells; diffs come from render::write_diff_markdown.
#include <fmt/format.h>

#include "render/diff_render.hpp"
#include "report/comparison.hpp"
#include "report/coverage_render.hpp"
#include "text/utf8.hpp"

namespace lawdiff::report {
namespace {

/// One line of statute text as a Markdown paragraph: inline escapes, and a
/// backslash before what would open a block at the start of a line (a
/// heading, list, quote or thematic break) so the line stays a paragraph.
std::string markdown_paragraph(std::string_view line) {
  std::string s = render::markdown_cell(line);
  if (s.empty()) return s;
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits > 0 && digits < s.size() && (s[digits] == '.' || s[digits] == ')')) {
    s.insert(digits, 1, '\\');
  } else if (std::string_view("#-+=~").find(s.front()) != std::string_view::npos) {
    s.insert(0, 1, '\\');
  }
  return s;
}

void write_unmatched(std::ostream& out, const Unmatched& u) {
  out << "#### " << render::markdown_cell(u.id + " " + u.heading) << "\n\n";
  if (!u.topic.empty()) out << "*" << render::markdown_cell(u.topic) << "*\n\n";
  std::string_view rest = u.text;
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string para = markdown_paragraph(rest.substr(0, nl));
    if (!para.empty()) out << para << "\n\n";
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  }
}

void write_pairs(std::ostream& out, const Comparison& c) {
  for (std::size_t i = 0; i < c.diffs.size(); ++i) {
    const align::Pair& p = c.alignment.pairs[i];
    out << "### " << render::markdown_cell(pair_label(c, i)) << " (" << format_score(p.score) << ", "
        << align::to_string(p.strength) << ", " << align::to_string(p.relation) << (c.diffs[i].identical() ? ", identical" : "") << ")\n\n";
    render::write_diff_markdown(out, {c.diffs[i]});
    out << '\n';
  }
}

}  // namespace

void write_comparison_markdown(std::ostream& out, const Comparison& c) {
  out << "# " << render::markdown_cell(comparison_title(c)) << "\n\n";
  render::write_markdown_table(out, acts_table(c));
  out << "\n## Summary\n\n";
  render::write_markdown_table(out, figures_table(c));
  out << "\n## Coverage\n\n" << render::markdown_cell(coverage_summary(c.coverage)) << "\n\n";
  write_coverage_markdown(out, c.coverage, "###");
  out << "\n## Aligned pairs (" << c.diffs.size() << ")\n\n";
  write_pairs(out, c);
  out << "## Only in " << c.a->info.id << " (" << c.only_a.size() << ")\n\n";
  for (const auto& u : c.only_a) write_unmatched(out, u);
  out << "## Only in " << c.b->info.id << " (" << c.only_b.size() << ")\n\n";
  for (const auto& u : c.only_b) write_unmatched(out, u);
}

}  // namespace lawdiff::report
