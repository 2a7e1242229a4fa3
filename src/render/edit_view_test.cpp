#include "render/edit_view.hpp"

#include <doctest/doctest.h>

namespace lawdiff::render {

using diff::Edit;
using diff::Op;

TEST_CASE("view_edits: a changed break is a ¶, with the line break on the side that has it") {
  const std::vector<Edit> merged{{Op::equal, "甲。"}, {Op::del, "\n"}, {Op::equal, "乙。"}};
  CHECK(view_edits(merged, Side::a) == std::vector<Edit>{{Op::equal, "甲。"}, {Op::del, "¶"}, {Op::equal, "\n"}, {Op::equal, "乙。"}});
  CHECK(view_edits(merged, Side::b) == std::vector<Edit>{{Op::equal, "甲。"}, {Op::equal, "乙。"}});
  CHECK(view_edits(merged, Side::both) == std::vector<Edit>{{Op::equal, "甲。"}, {Op::del, "¶"}, {Op::equal, "乙。"}});
  const std::vector<Edit> split{{Op::equal, "甲。"}, {Op::ins, "\n"}, {Op::equal, "乙。"}};
  CHECK(view_edits(split, Side::both) == std::vector<Edit>{{Op::equal, "甲。"}, {Op::ins, "¶"}, {Op::equal, "\n"}, {Op::equal, "乙。"}});
}

TEST_CASE("view_edits: ignored white space is plain text of its side, B's inline") {
  const std::vector<Edit> e{{Op::equal, "降低"}, {Op::del, " ", true}, {Op::equal, "5G"}};
  CHECK(view_edits(e, Side::a) == std::vector<Edit>{{Op::equal, "降低"}, {Op::equal, " "}, {Op::equal, "5G"}});
  CHECK(view_edits(e, Side::b) == std::vector<Edit>{{Op::equal, "降低"}, {Op::equal, "5G"}});
  CHECK(view_edits(e, Side::both) == std::vector<Edit>{{Op::equal, "降低"}, {Op::equal, "5G"}});
}

}  // namespace lawdiff::render
