// The compare report for a terminal: tables fitted to the width, each pair
// drawn side by side by the diff renderer, unmatched articles wrapped.
#include <fmt/format.h>

#include "render/diff_render.hpp"
#include "report/comparison.hpp"
#include "report/coverage_render.hpp"
#include "report/text_fit.hpp"
#include "text/sanitize.hpp"
#include "text/truncate.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

void heading(std::ostream& out, std::string_view title, int width, bool color) {
  std::string line = text::shorten_to_width(text::neutralize_controls(title), width);
  out << '\n' << (color ? kBold : "") << line << (color ? kReset : "") << '\n';
  std::string rule;
  for (int w = text::display_width(line); w > 0; --w) rule += "=";
  out << rule << "\n\n";
}

/// An article in full: a heading line, then its text wrapped and indented.
void write_unmatched(std::ostream& out, const Unmatched& u, int width, bool color) {
  std::string head = u.id + "  " + u.heading + (u.topic.empty() ? "" : "  (" + u.topic + ")");
  out << (color ? kBold : "") << text::shorten_to_width(text::neutralize_controls(head), width)
      << (color ? kReset : "") << '\n';
  for (const std::string& line : text::wrap(text::neutralize_controls(u.text), std::max(width - 2, 10))) {
    out << "  " << line << '\n';
  }
  out << '\n';
}

void write_pairs(std::ostream& out, const Comparison& c, int width, bool color) {
  const render::DiffStyle style{width, color};
  for (std::size_t i = 0; i < c.diffs.size(); ++i) {
    const align::Pair& p = c.alignment.pairs[i];
    std::string head = fmt::format("{}  {} {}, {}{}", pair_label(c, i), format_score(p.score), align::to_string(p.strength),
                                   align::to_string(p.relation), c.diffs[i].identical() ? ", identical" : "");
    out << (color ? kBold : "") << text::shorten_to_width(head, width) << (color ? kReset : "") << '\n';
    render::write_side_by_side(out, {c.diffs[i]}, style);
    out << '\n';
  }
}

}  // namespace

void write_comparison_text(std::ostream& out, const Comparison& c, int width, bool color) {
  for (const std::string& line : text::wrap(text::neutralize_controls(comparison_title(c)), width)) {
    out << (color ? kBold : "") << line << (color ? kReset : "") << '\n';
  }
  out << '\n';
  render::write_text_table(out, fit_to_width(acts_table(c), width));
  heading(out, "Summary", width, color);
  render::write_text_table(out, fit_to_width(figures_table(c), width));
  heading(out, "Coverage", width, color);
  write_coverage_text(out, c.coverage, width);
  heading(out, fmt::format("Aligned pairs ({})", c.diffs.size()), width, color);
  write_pairs(out, c, width, color);
  heading(out, fmt::format("Only in {} ({})", c.a->info.id, c.only_a.size()), width, color);
  for (const auto& u : c.only_a) write_unmatched(out, u, width, color);
  heading(out, fmt::format("Only in {} ({})", c.b->info.id, c.only_b.size()), width, color);
  for (const auto& u : c.only_b) write_unmatched(out, u, width, color);
}

}  // namespace lawdiff::report
