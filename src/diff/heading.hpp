#pragma once
// Column headings for diffs: a provision's formal citation. A local
// formatter until the cite module's formatter lands (the lead switches this
// to cite's `full` style at merge).
#include <string>

#include "cite/provision.hpp"

namespace lawdiff::diff {

/// 《cited title》第X条第Y款第（Z）项, 《…》第三章, 《…》第三条至第五条, 《…》.
std::string heading(const cite::Provision& p);

}  // namespace lawdiff::diff
