// The 新旧对照 for a terminal: the versions, the articles by relation, the
// renumbering, then each changed provision side by side in the new act's
// order (added and deleted articles with one side empty).
#include <fmt/format.h>

#include "render/diff_render.hpp"
#include "report/comparison.hpp"
#include "report/text_fit.hpp"
#include "text/sanitize.hpp"
#include "text/truncate.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

void bold_line(std::ostream& out, std::string_view s, int width, bool color) {
  out << (color ? kBold : "") << text::shorten_to_width(text::neutralize_controls(s), width)
      << (color ? kReset : "") << '\n';
}

void heading(std::ostream& out, std::string_view title, int width, bool color) {
  out << '\n';
  bold_line(out, title, width, color);
  out << std::string(static_cast<std::size_t>(std::min(text::display_width(title), width)), '=') << "\n\n";
}

void paragraph(std::ostream& out, std::string_view s, int width) {
  for (const std::string& line : text::wrap(text::neutralize_controls(s), width)) out << line << '\n';
}

/// An added or deleted article: a heading line, then its text wrapped
/// and indented (full width: the other column would be empty).
void write_one_side(std::ostream& out, std::string_view what, const statute::Act& act, const Unmatched& u, int width,
                    bool color) {
  bold_line(out, fmt::format("{}: {}{}", what, locator(act, {u.article, 0}), u.topic.empty() ? "" : "  (" + u.topic + ")"),
            width, color);
  for (const std::string& line : text::wrap(text::neutralize_controls(u.text), std::max(width - 2, 10))) {
    out << "  " << line << '\n';
  }
}

void write_pair(std::ostream& out, const Comparison& c, std::size_t i, int width, bool color) {
  const align::Pair& p = c.alignment.pairs[i];
  bold_line(out,
            fmt::format("{} → {}  {} {}, {}{}", locator(*c.a, p.a), locator(*c.b, p.b), format_score(p.score),
                        align::to_string(p.strength), align::to_string(p.relation),
                        c.diffs[i].identical() ? ", identical" : ""),
            width, color);
  render::write_side_by_side(out, {c.diffs[i]}, render::DiffStyle{width, color});
}

}  // namespace

void write_versions_text(std::ostream& out, const Comparison& c, int width, bool color) {
  for (const std::string& line : text::wrap(text::neutralize_controls(versions_title(c)), width)) {
    out << (color ? kBold : "") << line << (color ? kReset : "") << '\n';
  }
  out << '\n';
  render::write_text_table(out, fit_to_width(versions_acts_table(c), width));
  if (const std::string note = version_note(c); !note.empty()) {
    out << '\n';
    paragraph(out, note, width);
  }
  heading(out, "Summary", width, color);
  render::write_text_table(out, fit_to_width(relations_table(c), width));
  out << '\n';
  paragraph(out, omitted_note(c), width);
  heading(out, fmt::format("Renumbered ({})", c.v.renumbered.size()), width, color);
  if (c.v.renumbered.empty()) out << "(none)\n";
  else render::write_text_table(out, fit_to_width(renumbering_table(c), width));
  std::size_t shown = 0;
  for (const VersionRow& r : c.v.rows) shown += r.kind != RowKind::renumbered_only;
  heading(out, fmt::format("{} ({})", c.all ? "All provisions" : "Changed provisions", shown), width, color);
  for (const VersionRow& r : c.v.rows) {
    if (r.kind == RowKind::renumbered_only) continue;
    if (r.kind == RowKind::pair) write_pair(out, c, r.index, width, color);
    if (r.kind == RowKind::added) write_one_side(out, "added", *c.b, c.only_b[r.index], width, color);
    if (r.kind == RowKind::deleted) write_one_side(out, "deleted", *c.a, c.only_a[r.index], width, color);
    out << '\n';
  }
  if (shown == 0) out << "(none)\n";
}

}  // namespace lawdiff::report
