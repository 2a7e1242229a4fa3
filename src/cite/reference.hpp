#pragma once
// The reference grammar (DESIGN.md "References"): short ids (sz:33.2,
// sz:26-28, sz:ch3, sz:三十三, sz:120-1) and natural Chinese
// (深圳条例第三十三条第二款, 《…》第七十二条第二款第（五）项, 广东第7条).
#include <string>
#include <string_view>

#include "cite/provision.hpp"
#include "statute/library.hpp"

namespace lawdiff::cite {

/// Resolves `ref` against the acts of `library`. Throws lawdiff::Error with
/// exit status 1 (Exit::different) when the reference is well-formed but
/// names nothing, with a message that says why and what is near
/// ("深圳条例 has 73 articles (第一条–第七十三条)"), and with exit status 2
/// for an unknown act or a malformed reference.
Provision resolve(statute::Library& library, std::string_view ref);

}  // namespace lawdiff::cite
