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

/// How `compare` reads its two acts.
struct CompareOptions {
  bool versions = false;  // --versions: a 新旧对照 even when the titles differ
  bool all = false;       // --all: a 新旧对照 shows its unchanged pairs too
  /// How pairs are diffed; the white space it ignores is no difference, in
  /// the pairs' diffs and in Comparison::identical.
  diff::DiffOptions diff{};
};

/// Articles of one version by how they fared: each article takes the
/// relation of its pairs (strong pairs first; split, then merged, then
/// modified, then same), an article with no pair is deleted (old) or added (new).
struct RelationCounts {
  int same = 0, modified = 0, split = 0, merged = 0, partial = 0, unmatched = 0;
};

/// An old article none of whose strong counterparts keeps its number
/// (原第七十二条 → 第八十条).
struct Renumbering {
  int from = 0;         // index into the old act's articles
  std::vector<int> to;  // its strong counterparts in the new act, in order
  align::Relation relation = align::Relation::modified;  // the old article's relation
  bool text_unchanged = false;  // renumbered only: every pair same and identical
};

/// One row of a 新旧对照, in the new act's article order: a pair (index
/// into pairs and diffs), an added article (only_b), a deleted one (only_a),
/// or the one compact row of the articles that were renumbered only.
enum class RowKind { pair, added, deleted, renumbered_only };
struct VersionRow {
  RowKind kind = RowKind::pair;
  std::size_t index = 0;
};

/// What a version comparison (新旧对照) adds: read off the alignment's
/// pairs and their relations, never recomputed.
struct VersionReport {
  bool swapped = false;  // ACT_A was the newer version: shown oldest first
  RelationCounts old_counts, new_counts;
  std::vector<Renumbering> renumbered;  // in the old act's order
  std::vector<VersionRow> rows;         // changed rows (every row with --all)
  int shown_pairs = 0;
  int unchanged_pairs = 0;              // relation same and no edit at all
  int omitted_pairs = 0;                // unchanged pairs left out (0 with --all)
  std::vector<diff::ProvisionDiff> only_a_diffs, only_b_diffs;  // deleted / added articles, one side empty
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
  /// A 新旧对照: both acts are versions of one act (statute::work_key of
  /// their titles is the same, ids differ) or CompareOptions::versions. `a`
  /// is then the old version, `b` the new.
  bool versions = false;
  bool all = false;
  VersionReport v;
};

/// Aligns `a` with `b` (align::align with default options), diffs every
/// pair word by word and gathers the coverage and the unmatched articles.
/// For two versions of one act (see Comparison::versions) the older one,
/// by version date, becomes `a`, and the VersionReport is filled.
Comparison compare_acts(const statute::Act& a, const statute::Act& b, const CompareOptions& options = {});

/// True when `a` and `b` are two versions of one act: different ids, the
/// same statute::work_key of their titles.
bool versions_of_one_act(const statute::Act& a, const statute::Act& b);

/// Fills c.v from c's alignment, diffs and unmatched articles.
void fill_version_report(Comparison& c);

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

// The 新旧对照: compare_versions_text.cpp, compare_versions_pages.cpp (Markdown, HTML).
void write_versions_text(std::ostream& out, const Comparison& c, int width, bool color);
void write_versions_markdown(std::ostream& out, const Comparison& c);
void write_versions_html(std::ostream& out, const Comparison& c);

/// "Versions of 《title》: old-id → new-id".
std::string versions_title(const Comparison& c);

/// The two versions side by side: id, version (date and kind), status,
/// dates, counts; columns "old", "new".
render::Table versions_acts_table(const Comparison& c);

/// Articles per relation: rows unchanged … deleted, added, renumbered,
/// columns "old" and "new" ("—" where a row does not apply).
render::Table relations_table(const Comparison& c);

/// One row per renumbered article: "原第三条 → 第六条", relation.
render::Table renumbering_table(const Comparison& c);

/// Which version is taken as the old one when the dates do not say so
/// plainly (ACT_A was newer, or a version date is missing); else empty.
std::string version_note(const Comparison& c);

/// "40 of 42 pairs changed; 2 unchanged pairs omitted (--all shows them)."
std::string omitted_note(const Comparison& c);

/// 第十一条 or 第十一条第一款: provision `p` of `act` without the title.
std::string locator(const statute::Act& act, align::Provision p);

}  // namespace lawdiff::report
