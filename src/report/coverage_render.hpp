#pragma once
// Coverage tables in every format. `lawdiff coverage` prints them alone;
// `lawdiff compare` embeds them in its report.
#include <ostream>

#include "render/json_writer.hpp"
#include "render/table.hpp"
#include "report/coverage.hpp"

namespace lawdiff::report {

/// Per article of A: article, topic, counterparts in B, status.
render::Table article_table(const Coverage& cov);
/// Per chapter of A: chapter, title, articles, covered, partial, none, coverage.
render::Table chapter_table(const Coverage& cov);
/// B's articles with no counterpart: article, chapter, topic, nearest in A.
render::Table only_b_table(const Coverage& cov);

/// "73 articles of sz: 40 covered, 10 partial, 23 none (68% have a
/// counterpart); 12 articles of gd have none in sz."
std::string coverage_summary(const Coverage& cov);

/// The three tables with headings, no line wider than `width` columns.
void write_coverage_text(std::ostream& out, const Coverage& cov, int width);

/// The three tables as GFM, under headings of the given level ("##").
void write_coverage_markdown(std::ostream& out, const Coverage& cov, std::string_view level);

/// One row per A article (`a topic b scores status`: `b` and `scores` are
/// comma-separated, in the same order), then one row per B-only article
/// (`a` empty, topic B's, status `only_b`).
void write_coverage_tsv(std::ostream& out, const Coverage& cov);

/// Members "summary", "articles", "chapters", "only_b" of the enclosing
/// JSON object.
void write_coverage_json_members(render::JsonWriter& w, const Coverage& cov);

/// The three tables as HTML. With `link_pairs`, each counterpart links to
/// the pair's section (#pair-N) and each B-only article to #only-b-N.
void write_coverage_html(std::ostream& out, const Coverage& cov, bool link_pairs);

}  // namespace lawdiff::report
