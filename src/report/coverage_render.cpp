#include "report/coverage_render.hpp"

#include <fmt/format.h>

#include "report/text_fit.hpp"
#include "text/sanitize.hpp"

namespace lawdiff::report {
namespace {

std::string percent(double p) { return fmt::format("{:.0f}%", p); }

enum class Column { ids, scores, relations };

// One TSV cell: the counterparts' ids, scores or relations, comma-separated.
std::string counterpart_ids(const ArticleCoverage& row, Column column) {
  std::string out;
  for (const auto& c : row.counterparts) {
    out += out.empty() ? "" : ",";
    if (column == Column::ids) out += c.b_id;
    else if (column == Column::scores) out += format_score(c.pair.score);
    else out += align::to_string(c.pair.relation);
  }
  return out;
}

std::string nearest_cell(const OnlyB& r) {
  return r.nearest_id.empty() ? "" : r.nearest_id + " (" + format_score(r.nearest_score) + ")";
}

std::string h(std::string_view s) { return render::html_escape(s); }

// "Only in gd (no counterpart in sz)"; "Added in" for two versions of one act.
std::string only_b_heading(const Coverage& cov) {
  return fmt::format("{} in {} (no counterpart in {})", cov.versions ? "Added" : "Only", cov.b->info.id, cov.a->info.id);
}

void html_article_rows(std::ostream& out, const Coverage& cov, bool link_pairs) {
  for (const auto& r : cov.articles) {
    out << "<tr class=\"" << to_string(r.status) << "\"><td>" << h(r.id) << "</td><td>" << h(r.topic) << "</td><td>";
    for (std::size_t k = 0; k < r.counterparts.size(); ++k) {
      const Counterpart& c = r.counterparts[k];
      std::string label = h(c.b_id) + " (" + format_score(c.pair.score) + " " + std::string(align::to_string(c.pair.relation)) + ")";
      out << (k ? ", " : "");
      if (link_pairs) {
        out << "<a href=\"#pair-" << c.pair_index << "\">" << label << "</a>";
      } else {
        out << label;
      }
    }
    out << "</td><td>" << status_label(cov, r.status) << "</td></tr>\n";
  }
}

void html_only_b_rows(std::ostream& out, const Coverage& cov, bool link_pairs) {
  for (const auto& r : cov.only_b) {
    out << "<tr><td>";
    if (link_pairs) {
      out << "<a href=\"#only-b-" << r.article << "\">" << h(r.id) << "</a>";
    } else {
      out << h(r.id);
    }
    out << "</td><td>" << h(r.chapter) << "</td><td>" << h(r.topic) << "</td><td>" << h(nearest_cell(r))
        << "</td></tr>\n";
  }
}

void html_head_row(std::ostream& out, const render::Table& t) {
  out << "<thead><tr>";
  for (const auto& c : t.headers) out << "<th>" << h(c) << "</th>";
  out << "</tr></thead>\n";
}

}  // namespace

render::Table article_table(const Coverage& cov) {
  render::Table t{{"article", "topic", "counterparts in " + cov.b->info.id, "status"}, {}};
  for (const auto& r : cov.articles)
    t.rows.push_back({r.id, r.topic, counterparts_cell(r), std::string(status_label(cov, r.status))});
  return t;
}

render::Table chapter_table(const Coverage& cov) {
  render::Table t{{"chapter", "title", "articles", "covered", "partial", cov.versions ? "deleted" : "none", "coverage"}, {}};
  auto row = [](const ChapterCoverage& c) {
    return std::vector<std::string>{c.label, c.title, std::to_string(c.articles), std::to_string(c.covered),
                                    std::to_string(c.partial), std::to_string(c.none), percent(c.percent())};
  };
  for (const auto& c : cov.chapters) t.rows.push_back(row(c));
  ChapterCoverage total = cov.total();
  total.label = "total";
  t.rows.push_back(row(total));
  return t;
}

render::Table only_b_table(const Coverage& cov) {
  render::Table t{{"article", "chapter", "topic", "nearest in " + cov.a->info.id}, {}};
  for (const auto& r : cov.only_b) t.rows.push_back({r.id, r.chapter, r.topic, nearest_cell(r)});
  return t;
}

std::string coverage_summary(const Coverage& cov) {
  const ChapterCoverage t = cov.total();
  auto articles = [](std::size_t n) { return fmt::format("{} article{}", n, n == 1 ? "" : "s"); };
  if (cov.versions)  // a 新旧对照: what the new version deleted and added
    return fmt::format("{} of {}: {} covered, {} partial, {} deleted ({} have a counterpart in {}); "
                       "{} of {} added.",
                       articles(t.articles), cov.a->info.id, t.covered, t.partial, t.none, percent(t.percent()),
                       cov.b->info.id, articles(cov.only_b.size()), cov.b->info.id);
  return fmt::format("{} of {}: {} covered, {} partial, {} none ({} have a counterpart in {}); "
                     "{} of {} {} none in {}.",
                     articles(t.articles), cov.a->info.id, t.covered, t.partial, t.none, percent(t.percent()),
                     cov.b->info.id, articles(cov.only_b.size()), cov.b->info.id,
                     cov.only_b.size() == 1 ? "has" : "have", cov.a->info.id);
}

void write_coverage_text(std::ostream& out, const Coverage& cov, int width) {
  out << "Per article of " << cov.a->info.id << "\n\n";
  render::write_text_table(out, fit_to_width(article_table(cov), width));
  out << "\nPer chapter of " << cov.a->info.id << "\n\n";
  render::write_text_table(out, fit_to_width(chapter_table(cov), width));
  out << '\n' << only_b_heading(cov) << "\n\n";
  if (cov.only_b.empty()) {
    out << "(none)\n";
  } else {
    render::write_text_table(out, fit_to_width(only_b_table(cov), width));
  }
}

void write_coverage_markdown(std::ostream& out, const Coverage& cov, std::string_view level) {
  out << level << " Per article of " << cov.a->info.id << "\n\n";
  render::write_markdown_table(out, article_table(cov));
  out << '\n' << level << " Per chapter of " << cov.a->info.id << "\n\n";
  render::write_markdown_table(out, chapter_table(cov));
  out << '\n' << level << ' ' << only_b_heading(cov) << "\n\n";
  if (cov.only_b.empty()) {
    out << "(none)\n";
  } else {
    render::write_markdown_table(out, only_b_table(cov));
  }
}

void write_coverage_tsv(std::ostream& out, const Coverage& cov) {
  render::Table t{{"a", "topic", "b", "scores", "relations", "status"}, {}};
  for (const auto& r : cov.articles) {
    t.rows.push_back({r.id, r.topic, counterpart_ids(r, Column::ids), counterpart_ids(r, Column::scores),
                      counterpart_ids(r, Column::relations), std::string(status_label(cov, r.status))});
  }
  for (const auto& r : cov.only_b) t.rows.push_back({"", r.topic, r.id, "", "", std::string(only_b_label(cov))});
  render::write_tsv_table(out, t);
}

void write_coverage_json_members(render::JsonWriter& w, const Coverage& cov) {
  const ChapterCoverage t = cov.total();
  w.key("summary").begin_object().member("articles", t.articles).member("covered", t.covered);
  w.member("partial", t.partial).member("none", t.none).member("coverage", t.percent() / 100);
  w.member("only_b", cov.only_b.size()).member("pairs", cov.pairs).member("strong", cov.strong);
  w.member("partial_pairs", cov.partial_pairs).member("versions", cov.versions).end_object();
  w.key("articles").begin_array();
  for (const auto& r : cov.articles) {
    w.begin_object().member("id", r.id).key("chapter").string_or_null(r.chapter).member("topic", r.topic);
    w.member("status", to_string(r.status)).key("counterparts").begin_array();
    for (const auto& c : r.counterparts) {
      w.begin_object().member("a", c.a_id).member("b", c.b_id).member("score", c.pair.score);
      w.member("strength", align::to_string(c.pair.strength)).member("relation", align::to_string(c.pair.relation)).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().key("chapters").begin_array();
  for (const auto& c : cov.chapters) {
    w.begin_object().member("chapter", c.label).member("title", c.title).member("articles", c.articles);
    w.member("covered", c.covered).member("partial", c.partial).member("none", c.none);
    w.member("coverage", c.percent() / 100).end_object();
  }
  w.end_array().key("only_b").begin_array();
  for (const auto& r : cov.only_b) {
    w.begin_object().member("id", r.id).key("chapter").string_or_null(r.chapter).member("topic", r.topic);
    w.key("nearest_a").string_or_null(r.nearest_id).member("nearest_score", r.nearest_score).end_object();
  }
  w.end_array();
}

void write_coverage_html(std::ostream& out, const Coverage& cov, bool link_pairs) {
  out << "<h3 id=\"coverage-articles\">Per article of " << h(cov.a->info.id) << "</h3>\n<table class=\"coverage\">\n";
  html_head_row(out, article_table(cov));
  out << "<tbody>\n";
  html_article_rows(out, cov, link_pairs);
  out << "</tbody></table>\n<h3 id=\"coverage-chapters\">Per chapter of " << h(cov.a->info.id) << "</h3>\n";
  render::write_html_table(out, chapter_table(cov), "chapters");
  out << "<h3 id=\"coverage-only-b\">" << h(cov.versions ? "Added in " : "Only in ") << h(cov.b->info.id) << " (no counterpart in " << h(cov.a->info.id)
      << ")</h3>\n<table class=\"coverage\">\n";
  html_head_row(out, only_b_table(cov));
  out << "<tbody>\n";
  html_only_b_rows(out, cov, link_pairs);
  out << "</tbody></table>\n";
}

}  // namespace lawdiff::report
