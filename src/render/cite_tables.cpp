#include "render/cite_tables.hpp"

#include "render/json_writer.hpp"
#include "text/sanitize.hpp"

namespace lawdiff::render {

namespace {

std::string one_line(std::string_view s) {
  std::string out = text::neutralize_controls(s);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

Table xref_table(const std::vector<cite::CrossReference>& refs) {
  Table t{{"source", "text", "target", "kind", "note"}, {}};
  for (const auto& r : refs) {
    t.rows.push_back({cite::provision_id(r.source), r.text, r.target, cite::xref_kind_name(r.kind), r.note});
  }
  return t;
}

void write_xref_json(std::ostream& out, std::string_view act_id, const std::vector<cite::CrossReference>& refs) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).member("act", act_id).key("references").begin_array();
  for (const auto& r : refs) {
    w.begin_object().member("source", cite::provision_id(r.source)).member("text", r.text);
    w.key("target").string_or_null(r.target);
    w.member("kind", cite::xref_kind_name(r.kind)).key("note").string_or_null(r.note);
    w.end_object();
  }
  w.end_array().end_object();
  out << '\n';
}

Table search_table(const std::vector<cite::SearchHit>& hits, cite::Style style) {
  Table t{{"id", "citation", "before", "match", "after"}, {}};
  for (const auto& h : hits) {
    t.rows.push_back({cite::provision_id(h.where), cite::citation(h.where, style), h.before, h.match, h.after});
  }
  return t;
}

void write_search_json(std::ostream& out, const std::vector<cite::SearchHit>& hits, cite::Style style) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).key("hits").begin_array();
  for (const auto& h : hits) {
    w.begin_object().member("id", cite::provision_id(h.where)).member("citation", cite::citation(h.where, style));
    w.member("before", h.before).member("match", h.match).member("after", h.after).end_object();
  }
  w.end_array().end_object();
  out << '\n';
}

void write_search_text(std::ostream& out, const std::vector<cite::SearchHit>& hits, cite::Style style, bool color) {
  for (const auto& h : hits) {
    out << cite::provision_id(h.where) << "  " << one_line(cite::citation(h.where, style)) << "\n    …"
        << one_line(h.before) << (color ? "\x1b[1;31m" : "") << one_line(h.match) << (color ? "\x1b[0m" : "")
        << one_line(h.after) << "…\n";
  }
}

void write_search_markdown(std::ostream& out, const std::vector<cite::SearchHit>& hits, cite::Style style) {
  out << "| id | citation | context |\n|---|---|---|\n";
  for (const auto& h : hits) {
    out << "| " << markdown_cell(cite::provision_id(h.where)) << " | " << markdown_cell(cite::citation(h.where, style))
        << " | …" << markdown_escape(h.before) << "**" << markdown_cell(h.match) << "**" << markdown_escape(h.after)
        << "… |\n";
  }
}

}  // namespace lawdiff::render
