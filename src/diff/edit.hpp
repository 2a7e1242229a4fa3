#pragma once
// An edit script between two texts: runs of equal, deleted and inserted
// text. Concatenating the equal and deleted runs gives A; the equal and
// inserted runs give B.
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::diff {

enum class Op { equal, del, ins };

/// A run of the script. `ignored`: a deletion or insertion of white space
/// only that the comparison does not count (text::SpaceMode): renderers draw
/// it as plain text of its side, and all_equal() passes over it. In a
/// deletion or insertion, '\n' is a paragraph or item break.
struct Edit {
  Op op = Op::equal;
  std::string text;
  bool ignored = false;
  bool operator==(const Edit&) const = default;
};

/// What the diff compares: ICU words (the default) or single code points.
enum class Granularity { word, character };

/// "equal", "delete", "insert".
std::string_view op_name(Op op);

/// Applies `edits` to `a`: checks that the equal and deleted runs spell `a`
/// exactly and returns the text of the equal and inserted runs. Throws
/// std::invalid_argument when the script does not fit `a`.
std::string apply_edits(std::string_view a, const std::vector<Edit>& edits);

/// The A side (equal + deleted) or B side (equal + inserted) of `edits`.
std::string side_text(const std::vector<Edit>& edits, bool b_side);

/// True when every run is equal or ignored (or there are none).
bool all_equal(const std::vector<Edit>& edits);

}  // namespace lawdiff::diff
