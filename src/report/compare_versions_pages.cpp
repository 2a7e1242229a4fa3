// The 新旧对照 as GitHub-flavoured Markdown and as an HTML page: the
// versions, the articles by relation, the renumbering, and the 新旧对照表
// researchers paste into memos (修订前 | 修订后, one row per changed pair in
// the new act's order, deletions in <del>, insertions in <ins>).
#include "render/table.hpp"
#include "report/comparison.hpp"
#include "report/html_page.hpp"
#include "report/versions_table.hpp"

namespace lawdiff::report {
namespace {

constexpr CellStyle kMarkdown{render::markdown_escape, "**", "**", "<del>", "</del>", "<ins>", "</ins>", "<br>"};
constexpr CellStyle kHtml{render::html_escape, "<strong>", "</strong>", "<del>", "</del>", "<ins><strong>",
                          "</strong></ins>", "<br/>"};

std::string h(std::string_view s) { return render::html_escape(s); }

}  // namespace

void write_versions_markdown(std::ostream& out, const Comparison& c) {
  out << "# " << render::markdown_cell(versions_title(c)) << "\n\n";
  render::write_markdown_table(out, versions_acts_table(c));
  if (const std::string note = version_note(c); !note.empty()) out << '\n' << render::markdown_cell(note) << '\n';
  out << "\n## Summary\n\n";
  render::write_markdown_table(out, relations_table(c));
  out << '\n' << render::markdown_cell(omitted_note(c)) << "\n\n## Renumbered (" << c.v.renumbered.size() << ")\n\n";
  if (c.v.renumbered.empty()) out << "(none)\n";
  else render::write_markdown_table(out, renumbering_table(c));
  out << "\n## 新旧对照表\n\n";
  if (c.v.rows.empty()) return void(out << "(no changed provisions)\n");
  out << "| 修订前 | 修订后 |\n| --- | --- |\n";
  for (const VersionRow& r : c.v.rows) {
    const VersionCells v = version_cells(c, r, kMarkdown);
    out << "| " << v.old_cell << " | " << v.new_cell << " |\n";
  }
}

void write_versions_html(std::ostream& out, const Comparison& c) {
  write_page_start(out, versions_title(c));
  out << "<h1>" << h(versions_title(c)) << "</h1>\n";
  render::write_html_table(out, versions_acts_table(c), "acts");
  if (const std::string note = version_note(c); !note.empty()) out << "<p>" << h(note) << "</p>\n";
  out << "<h2 id=\"summary\">Summary</h2>\n";
  render::write_html_table(out, relations_table(c), "figures");
  out << "<p>" << h(omitted_note(c)) << "</p>\n<h2 id=\"renumbered\">Renumbered (" << c.v.renumbered.size()
      << ")</h2>\n";
  if (c.v.renumbered.empty()) out << "<p>(none)</p>\n";
  else render::write_html_table(out, renumbering_table(c), "renumbered");
  out << "<h2 id=\"table\">新旧对照表</h2>\n";
  if (c.v.rows.empty()) {
    out << "<p>(no changed provisions)</p>\n";
    return write_page_end(out);
  }
  out << "<table class=\"diff versions\">\n<thead><tr><th>修订前</th><th>修订后</th></tr></thead>\n<tbody>\n";
  for (const VersionRow& r : c.v.rows) {
    const VersionCells v = version_cells(c, r, kHtml);
    out << "<tr><td>" << v.old_cell << "</td><td>" << v.new_cell << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  write_page_end(out);
}

}  // namespace lawdiff::report
