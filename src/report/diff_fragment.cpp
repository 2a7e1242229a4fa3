#include "report/diff_fragment.hpp"

#include "diff/edit.hpp"
#include "render/edit_view.hpp"
#include "render/table.hpp"

namespace lawdiff::report {
namespace {

/// One side of a block: equal runs plain, this side's own edits wrapped.
void write_side(std::ostream& out, const diff::Block& block, bool b_side) {
  const std::string& id = b_side ? block.b_id : block.a_id;
  if (id.empty()) return;
  out << "<span class=\"score\">" << render::html_escape(id) << "</span> ";
  for (const diff::Edit& e : render::view_edits(block.edits, b_side ? render::Side::b : render::Side::a)) {
    if (e.op == diff::Op::equal) {
      out << render::html_escape(e.text);
    } else if (e.op == diff::Op::del) {
      out << "<del>" << render::html_escape(e.text) << "</del>";
    } else {
      out << "<ins>" << render::html_escape(e.text) << "</ins>";
    }
  }
}

}  // namespace

void write_diff_fragment(std::ostream& out, const diff::ProvisionDiff& d) {
  out << "<table class=\"diff\">\n<thead><tr><th>" << render::html_escape(d.a_heading) << "</th><th>"
      << render::html_escape(d.b_heading) << "</th></tr></thead>\n<tbody>\n";
  for (const diff::Block& block : d.blocks) {
    out << "<tr><td>";
    write_side(out, block, false);
    out << "</td><td>";
    write_side(out, block, true);
    out << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace lawdiff::report
