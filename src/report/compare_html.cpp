// The compare report as one self-contained HTML page: coverage rows link to
// the pairs' side-by-side diffs, and a heatmap shows the similarity matrix.
#include <fmt/format.h>

#include "render/table.hpp"
#include "report/comparison.hpp"
#include "report/coverage_render.hpp"
#include "report/diff_fragment.hpp"
#include "report/heatmap.hpp"
#include "report/html_page.hpp"

namespace lawdiff::report {
namespace {

std::string h(std::string_view s) { return render::html_escape(s); }

void write_contents(std::ostream& out, const Comparison& c) {
  out << "<p>Contents: <a href=\"#summary\">summary</a> · <a href=\"#coverage\">coverage</a> · "
      << "<a href=\"#heatmap\">similarity heatmap</a> · <a href=\"#pairs\">aligned pairs (" << c.diffs.size()
      << ")</a> · <a href=\"#only-a\">only in " << h(c.a->info.id) << " (" << c.only_a.size() << ")</a> · "
      << "<a href=\"#only-b\">only in " << h(c.b->info.id) << " (" << c.only_b.size() << ")</a></p>\n";
}

void write_pairs(std::ostream& out, const Comparison& c) {
  for (std::size_t i = 0; i < c.diffs.size(); ++i) {
    const align::Pair& p = c.alignment.pairs[i];
    out << "<section id=\"pair-" << i << "\">\n<h3>" << h(pair_label(c, i)) << " <span class=\"score\">"
        << format_score(p.score) << " " << align::to_string(p.strength) << ", " << align::to_string(p.relation)
        << (c.diffs[i].identical() ? ", identical" : "") << " · <a href=\"#coverage-articles\">back to coverage</a>"
        << "</span></h3>\n";
    write_diff_fragment(out, c.diffs[i]);
    out << "</section>\n";
  }
}

void write_unmatched(std::ostream& out, const std::vector<Unmatched>& list, std::string_view anchor) {
  for (const auto& u : list) {
    out << "<section id=\"" << anchor << u.article << "\" class=\"provision\">\n<h3>" << h(u.id) << " "
        << h(u.heading) << (u.topic.empty() ? "" : " <span class=\"score\">" + h(u.topic) + "</span>") << "</h3>\n";
    std::string_view rest = u.text;
    while (!rest.empty()) {
      std::size_t nl = rest.find('\n');
      out << "<p>" << h(rest.substr(0, nl)) << "</p>\n";
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    out << "</section>\n";
  }
  if (list.empty()) out << "<p>(none)</p>\n";
}

}  // namespace

void write_comparison_html(std::ostream& out, const Comparison& c) {
  write_page_start(out, comparison_title(c));
  out << "<h1>" << h(comparison_title(c)) << "</h1>\n";
  write_contents(out, c);
  render::write_html_table(out, acts_table(c), "acts");
  out << "<h2 id=\"summary\">Summary</h2>\n";
  render::write_html_table(out, figures_table(c), "figures");
  out << "<h2 id=\"coverage\">Coverage</h2>\n<p>" << h(coverage_summary(c.coverage)) << "</p>\n";
  write_coverage_html(out, c.coverage, true);
  out << "<h2 id=\"heatmap\">Similarity heatmap</h2>\n";
  write_heatmap_svg(out, c);
  out << "<h2 id=\"pairs\">Aligned pairs (" << c.diffs.size() << ")</h2>\n";
  write_pairs(out, c);
  out << "<h2 id=\"only-a\">Only in " << h(c.a->info.id) << " (" << c.only_a.size() << ")</h2>\n";
  write_unmatched(out, c.only_a, "only-a-");
  out << "<h2 id=\"only-b\">Only in " << h(c.b->info.id) << " (" << c.only_b.size() << ")</h2>\n";
  write_unmatched(out, c.only_b, "only-b-");
  write_page_end(out);
}

}  // namespace lawdiff::report
