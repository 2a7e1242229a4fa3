#pragma once
// Diffs of provisions: what the renderers draw. A ProvisionDiff is one pair
// of provisions (or a provision on one side only) headed by citations; its
// blocks are the pieces compared side by side — paragraphs paired by
// content, and inside them items paired likewise.
#include <string>
#include <vector>

#include "cite/provision.hpp"
#include "diff/edit.hpp"
#include "text/spacing.hpp"

namespace lawdiff::diff {

/// One row group of a side-by-side diff: a paragraph or item of A against
/// its counterpart in B. An id is empty when that side has no counterpart.
struct Block {
  std::string a_id, b_id;  // "sz:26.2", "gd:7.1.3"
  std::vector<Edit> edits;
};

/// One diffed provision pair. A side that is absent (a provision only in
/// one act) has an empty id and heading.
struct ProvisionDiff {
  std::string a_id, b_id;            // "sz:26", "gd:7"
  std::string a_heading, b_heading;  // "《…》第二十六条"
  std::vector<Block> blocks;
  std::string relation;  // set by diff_acts from the alignment ("merged"); empty otherwise
  /// True when every block is all equal and both sides are present.
  bool identical() const;
};

struct DiffOptions {
  Granularity granularity = Granularity::word;
  text::SpaceMode spaces = text::SpaceMode::cjk;  // white space the diff ignores (text/spacing.hpp)
};

/// Diffs two provisions of any kind (act, chapter, range, article,
/// paragraph, item, sub-item), from the same or different acts. Articles
/// are compared paragraph by paragraph, paragraphs item by item, each paired
/// by content. Acts, chapters and ranges give one ProvisionDiff per article
/// pair (articles paired by content, in order); every other kind gives one.
/// Either pointer may be null for a provision present on one side only.
std::vector<ProvisionDiff> diff_provisions(const cite::Provision* a, const cite::Provision* b,
                                           const DiffOptions& options);

/// True when every diff is identical.
bool all_identical(const std::vector<ProvisionDiff>& diffs);

}  // namespace lawdiff::diff
