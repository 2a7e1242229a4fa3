#pragma once
// Column headings for diffs: a provision's formal citation (cite's `full`
// style, so a draft is always headed as a draft).
#include <string>

#include "cite/provision.hpp"

namespace lawdiff::diff {

/// 《cited title》第X条第Y款第（Z）项, 《…》第三章, 《…》第二十六条至第二十八条, 《…》.
std::string heading(const cite::Provision& p);

}  // namespace lawdiff::diff
