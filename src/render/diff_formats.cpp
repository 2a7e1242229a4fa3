// Document formats of provision diffs: GFM Markdown, a self-contained HTML
// page, and JSON. Each escapes statute text for its format; <del>/<ins>
// mark the edits.
#include "render/diff_render.hpp"
#include "render/edit_view.hpp"
#include "render/json_writer.hpp"
#include "render/table.hpp"

namespace lawdiff::render {
namespace {

constexpr std::string_view kNone = "(no counterpart)";

using Escape = std::string (*)(std::string_view);

/// One side of a block as markup: equal text escaped, edits in <del>/<ins>.
std::string side_markup(const diff::Block& b, bool b_side, Escape escape) {
  if ((b_side ? b.b_id : b.a_id).empty()) return {};
  std::string out;
  for (const diff::Edit& e : view_edits(b.edits, b_side ? Side::b : Side::a)) {
    if (e.op == diff::Op::equal) {
      out += escape(e.text);
    } else {
      const char* tag = b_side ? "ins" : "del";
      out += std::string("<") + tag + ">" + escape(e.text) + "</" + tag + ">";
    }
  }
  return out;
}

std::string html_text(std::string_view s) {
  std::string out;
  for (char c : html_escape(s)) {
    if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

// One run of a diff: its spaces matter (they may be all that separates it
// from the next run).
std::string markdown_text(std::string_view s) { return markdown_escape(s); }

std::string heading_or_none(const std::string& h) { return h.empty() ? std::string(kNone) : h; }

// B's heading, followed by the pair's relation when the diff has one.
std::string b_heading_or_none(const diff::ProvisionDiff& d) {
  if (d.relation.empty() || d.b_heading.empty()) return heading_or_none(d.b_heading);
  return d.b_heading + " (" + d.relation + ")";
}

void write_side_json(JsonWriter& w, const std::string& id, const std::string& heading) {
  if (id.empty()) {
    w.null();
    return;
  }
  w.begin_object().member("id", id).member("citation", heading).end_object();
}

}  // namespace

void write_diff_markdown(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, int omitted) {
  for (std::size_t i = 0; i < diffs.size(); ++i) {
    const diff::ProvisionDiff& d = diffs[i];
    if (i > 0) out << '\n';
    out << "| " << markdown_cell(heading_or_none(d.a_heading)) << " | " << markdown_cell(b_heading_or_none(d))
        << " |\n| --- | --- |\n";
    for (const diff::Block& b : d.blocks) {
      out << "| " << side_markup(b, false, markdown_text) << " | " << side_markup(b, true, markdown_text) << " |\n";
    }
  }
  if (omitted > 0) out << (diffs.empty() ? "" : "\n") << markdown_escape(omitted_line(omitted)) << '\n';
}

void write_diff_html(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, std::string_view title,
                     int omitted) {
  out << "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << html_escape(title)
      << "</title>\n<style>\n"
         "body { font-family: sans-serif; margin: 2em; }\n"
         "table.diff { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 2em; }\n"
         "table.diff th, table.diff td { border: 1px solid #ccc; padding: .4em .6em; vertical-align: top; "
         "text-align: left; }\n"
         "del { background: #fdd; color: #a00; }\nins { background: #dfd; color: #070; text-decoration: none; }\n"
         "</style>\n</head>\n<body>\n<h1>" << html_escape(title) << "</h1>\n";
  for (const diff::ProvisionDiff& d : diffs) {
    out << "<table class=\"diff\">\n<thead><tr><th>" << html_escape(heading_or_none(d.a_heading)) << "</th><th>"
        << html_escape(b_heading_or_none(d)) << "</th></tr></thead>\n<tbody>\n";
    for (const diff::Block& b : d.blocks) {
      out << "<tr><td>" << side_markup(b, false, html_text) << "</td><td>" << side_markup(b, true, html_text)
          << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  if (omitted > 0) out << "<p class=\"omitted\">" << html_escape(omitted_line(omitted)) << "</p>\n";
  out << "</body>\n</html>\n";
}

void write_diff_json(std::ostream& out, const std::vector<diff::ProvisionDiff>& diffs, int omitted) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).member("identical", diff::all_identical(diffs));
  w.member("omitted_unchanged", omitted).key("diffs").begin_array();
  for (const diff::ProvisionDiff& d : diffs) {
    w.begin_object().key("a");
    write_side_json(w, d.a_id, d.a_heading);
    w.key("b");
    write_side_json(w, d.b_id, d.b_heading);
    if (!d.relation.empty()) w.member("relation", d.relation);
    w.member("identical", d.identical()).key("blocks").begin_array();
    for (const diff::Block& b : d.blocks) {
      w.begin_object().key("a").string_or_null(b.a_id).key("b").string_or_null(b.b_id).key("ops").begin_array();
      write_ops_json(w, b.edits);
      w.end_array().end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().end_object();
  out << '\n';
}

}  // namespace lawdiff::render
