#pragma once
// `lawdiff compare`: everything the full report shows, computed once and
// drawn by one renderer per format (compare_*.cpp).
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "align/align.hpp"
#include "diff/provision_diff.hpp"
#include "render/table.hpp"
#include "report/coverage.hpp"

namespace lawdiff::report {

/// An article present on one side only, in full.
struct Unmatched {
  int article = 0;       // index into its act's articles
  std::string id;        // "sz:4"
  std::string heading;   // "《…》第四条"
  std::string topic;
  std::string text;      // statute::article_text: paragraphs and items, one per line
};

struct Comparison {
  const statute::Act* a = nullptr;
  const statute::Act* b = nullptr;
  align::Alignment alignment;
  Coverage coverage;
  std::vector<diff::ProvisionDiff> diffs;  // one per alignment.pairs entry, same order
  std::vector<Unmatched> only_a, only_b;
  int identical_pairs = 0;
  /// True when every article of each act pairs, one to one, with an article
  /// of the other that has the same title and text (but for the white space
  /// the diff options ignore): then `compare` exits 0.
  bool identical = false;
};

/// Aligns `a` with `b` (align::align with default options), diffs every
/// pair word by word with `options` (white space it ignores is no
/// difference, in the pairs' diffs and in `identical`) and gathers the
/// coverage and the unmatched articles.
Comparison compare_acts(const statute::Act& a, const statute::Act& b, const diff::DiffOptions& options = {});

/// The report in `format`: text (lines within `width`, ANSI colour when
/// `color`), markdown, html or json.
void write_comparison(std::ostream& out, const Comparison& c, std::string_view format, int width, bool color);

void write_comparison_text(std::ostream& out, const Comparison& c, int width, bool color);
void write_comparison_markdown(std::ostream& out, const Comparison& c);
void write_comparison_html(std::ostream& out, const Comparison& c);
void write_comparison_json(std::ostream& out, const Comparison& c);

/// "lawdiff compare sz gd": the report's title line.
std::string comparison_title(const Comparison& c);

/// Facts about both acts: one row per fact (title, status, dates, counts),
/// one column per act.
render::Table acts_table(const Comparison& c);

/// Summary figures: one row per figure (name, value).
render::Table figures_table(const Comparison& c);

/// "sz:26 ↔ gd:7", the heading of pair `i`'s section.
std::string pair_label(const Comparison& c, std::size_t i);

}  // namespace lawdiff::report
