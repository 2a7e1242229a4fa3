#include "report/coverage_report.hpp"

#include "render/act_json.hpp"
#include "render/table.hpp"
#include "report/coverage_render.hpp"
#include "report/html_page.hpp"
#include "text/sanitize.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

void write_json(std::ostream& out, const Coverage& cov) {
  render::JsonWriter w(out);
  w.begin_object().member("schema", 1).key("a");
  render::write_act_object(w, *cov.a);
  w.key("b");
  render::write_act_object(w, *cov.b);
  write_coverage_json_members(w, cov);
  w.end_object();
  out << '\n';
}

void write_html(std::ostream& out, const Coverage& cov) {
  write_page_start(out, coverage_title(cov));
  out << "<h1>" << render::html_escape(coverage_title(cov)) << "</h1>\n<p>"
      << render::html_escape(coverage_summary(cov)) << "</p>\n";
  write_coverage_html(out, cov, false);
  write_page_end(out);
}

}  // namespace

std::string coverage_title(const Coverage& cov) {
  return "Coverage of 《" + statute::cited_title(cov.a->info) + "》 (" + cov.a->info.id + ") by 《" +
         statute::cited_title(cov.b->info) + "》 (" + cov.b->info.id + ")";
}

void write_coverage(std::ostream& out, const Coverage& cov, std::string_view format, int width) {
  if (format == "markdown") {
    out << "## " << render::markdown_cell(coverage_title(cov)) << "\n\n"
        << render::markdown_cell(coverage_summary(cov)) << "\n\n";
    write_coverage_markdown(out, cov, "###");
  } else if (format == "tsv") {
    write_coverage_tsv(out, cov);
  } else if (format == "json") {
    write_json(out, cov);
  } else if (format == "html") {
    write_html(out, cov);
  } else {
    for (const std::string& line : text::wrap(text::neutralize_controls(coverage_title(cov)), width)) out << line << '\n';
    for (const std::string& line : text::wrap(text::neutralize_controls(coverage_summary(cov)), width)) out << line << '\n';
    out << '\n';
    write_coverage_text(out, cov, width);
  }
}

}  // namespace lawdiff::report
