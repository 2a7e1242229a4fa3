#pragma once
// Coverage of act A by act B, read off an alignment: for each article of A
// its counterparts in B and a status, a summary per chapter of A, and B's
// articles with no counterpart in A (what B adds).
#include <string>
#include <string_view>
#include <vector>

#include "align/align.hpp"
#include "statute/library.hpp"

namespace lawdiff::report {

/// covered: at least one strong counterpart; partial: only partial ones;
/// none: no counterpart.
enum class Status { covered, partial, none };

/// "covered", "partial", "none".
std::string_view to_string(Status s);

/// One counterpart of an A article: the aligned pair and its ids.
struct Counterpart {
  align::Pair pair;
  int pair_index = 0;  // index into Alignment::pairs
  std::string a_id;  // "sz:9", or "sz:9.2" when the pair names a paragraph
  std::string b_id;  // "gd:4.8"
};

struct ArticleCoverage {
  int article = 0;  // index into A's articles
  std::string id;   // "sz:26"
  std::string chapter;  // "第三章", empty when the act has no chapters
  std::string topic;
  std::vector<Counterpart> counterparts;  // in B's order
  Status status = Status::none;
};

struct ChapterCoverage {
  std::string label;  // "第三章", or "—" for articles outside any chapter
  std::string title;  // "产业基础设施建设"
  int articles = 0, covered = 0, partial = 0, none = 0;
  /// Share of the chapter's articles with any counterpart (covered or
  /// partial), in percent.
  double percent() const;
};

/// An article of B with no counterpart in A, and the A article closest to it
/// (by the similarity the aligner chose from), for orientation.
struct OnlyB {
  int article = 0;  // index into B's articles
  std::string id;
  std::string chapter;
  std::string topic;
  std::string nearest_id;  // empty when no A article scores above 0
  double nearest_score = 0;
};

struct Coverage {
  const statute::Act* a = nullptr;
  const statute::Act* b = nullptr;
  std::vector<ArticleCoverage> articles;  // every article of A, in order
  std::vector<ChapterCoverage> chapters;  // A's chapters, in order
  std::vector<OnlyB> only_b;              // in B's order
  int pairs = 0, strong = 0, partial_pairs = 0;
  /// Two versions of one act (same title): unmatched articles of A read
  /// as deleted and B's as added.
  bool versions = false;
  /// Totals over `articles` (the chapters' sums).
  ChapterCoverage total() const;
};

/// Coverage of `a` by `b` according to `alignment` (which must come from
/// align::align(a, b)). Never throws for a well-formed alignment.
Coverage compute_coverage(const statute::Act& a, const statute::Act& b, const align::Alignment& alignment);

/// How a status reads in `cov`'s tables: as to_string(), except that an
/// article of an older version with no counterpart is "deleted".
std::string_view status_label(const Coverage& cov, Status s);

/// What a B-only article is called in `cov`'s tables: "added" for two
/// versions of one act, else "only_b".
std::string_view only_b_label(const Coverage& cov);

/// True when `a` and `b` are two versions of one act: two acts (not one
/// compared with itself) with the same title.
bool is_version_pair(const statute::Act& a, const statute::Act& b);

/// "gd:7 (0.61 merged), gd:8 (0.32 partial)": the counterparts cell of text
/// and Markdown, each with its score and relation.
std::string counterparts_cell(const ArticleCoverage& row);

/// A score as shown in tables: two decimals.
std::string format_score(double score);

}  // namespace lawdiff::report
