#pragma once
// Word substitutions read off an edit script: where a revision replaced a
// short run of words by another (公民 → 个人, 数据中心 → 算力中心). A
// version pair's substitutions are the raw material of the paraphrase model
// the aligner folds in (bench/mine_paraphrases.cpp, align/paraphrases.hpp).
#include <cstddef>
#include <string>
#include <vector>

#include "diff/edit.hpp"

namespace lawdiff::diff {

struct Replacement {
  std::string from;  // the deleted run (A)
  std::string to;    // the inserted run right after it (B)
  bool operator==(const Replacement&) const = default;
};

/// Every deletion immediately followed by an insertion in `edits` whose two
/// runs are both 2..`max_chars` CJK ideographs and nothing else (no
/// punctuation, digits or spaces: a rewritten clause is not a paraphrase)
/// and do not differ only in Chinese numerals (a renumbered cross-reference
/// 第十条 → 第十二条, a changed amount). In script order; duplicates kept.
std::vector<Replacement> replacements(const std::vector<Edit>& edits, std::size_t max_chars = 6);

}  // namespace lawdiff::diff
