// libFuzzer target: two texts (the input split at its first NUL, else in
// half; ill-formed bytes scrubbed as decode() would refuse them) through the
// word and the character diff with its clean-up. The edit script spells A
// and B exactly, alternates equal and changed runs, and cuts no code point.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include "check.hpp"
#include "diff/edit.hpp"
#include "diff/text_diff.hpp"
#include "text/spacing.hpp"
#include "text/utf8_validate.hpp"

namespace {

void diff_checked(const std::string& a, const std::string& b, lawdiff::diff::Granularity g,
                  lawdiff::text::SpaceMode spaces) {
  using lawdiff::diff::Op;
  const std::vector<lawdiff::diff::Edit> edits = lawdiff::diff::diff_text(a, b, g, spaces);
  try {
    lawdiff::fuzz::require(lawdiff::diff::apply_edits(a, edits) == b, "apply_edits(a, diff(a, b)) != b");
  } catch (const std::invalid_argument& e) {
    lawdiff::fuzz::fail("the script does not fit A", e.what());
  }
  std::string spelled_a;
  for (std::size_t k = 0; k < edits.size(); ++k) {
    const auto& e = edits[k];
    lawdiff::fuzz::require(!e.text.empty(), "empty edit");
    lawdiff::fuzz::check_utf8(e.text, "edit text");
    if (e.op != Op::ins) spelled_a += e.text;
    if (e.ignored) {
      lawdiff::fuzz::require(spaces != lawdiff::text::SpaceMode::none, "white space ignored under --ignore-space=none");
      lawdiff::fuzz::require(e.op != Op::equal, "an equal run marked ignored");
      lawdiff::fuzz::require(e.text.find('\n') == std::string::npos, "a line break ignored");
    }
    // Within runs of one kind (ignored white space or real change) a change
    // is a deletion then an insertion, never two of one op in a row.
    if (k > 0 && edits[k - 1].ignored == e.ignored) {
      const Op prev = edits[k - 1].op;
      lawdiff::fuzz::require(prev != e.op, "two runs of one kind in a row");
      lawdiff::fuzz::require(!(prev == Op::ins && e.op == Op::del), "a deletion after an insertion");
    }
  }
  lawdiff::fuzz::require(spelled_a == a, "the script does not spell A");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;  // the diff is quadratic at worst; long inputs only slow the search
  const auto [x, y] = lawdiff::fuzz::split_input({reinterpret_cast<const char*>(data), size});
  const std::string a = lawdiff::text::scrub_utf8(x), b = lawdiff::text::scrub_utf8(y);
  for (const auto spaces : {lawdiff::text::SpaceMode::cjk, lawdiff::text::SpaceMode::none}) {
    diff_checked(a, b, lawdiff::diff::Granularity::word, spaces);
    diff_checked(a, b, lawdiff::diff::Granularity::character, spaces);
  }
  return 0;
}
