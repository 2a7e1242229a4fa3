#pragma once
// Cross-references inside an act: 本条例第X条, 本条第X款, 前款, 前两款,
// bare 第X条第Y款 (which in a statute means this act), and references to
// other acts (《中华人民共和国民法典》, with or without a 第X条 after it).
#include <string>
#include <vector>

#include "cite/reference.hpp"

namespace lawdiff::cite {

enum class XrefKind { internal, external, unresolved };

struct CrossReference {
  Provision source;    // the paragraph, item or sub-item that contains it
  std::string text;    // as written: "前款", "《中华人民共和国民法典》"
  std::string target;  // ids ("sz:72.2", "sz:5.1, sz:5.2"), or the external act's citation
  XrefKind kind = XrefKind::internal;
  std::string note;    // why an internal reference names nothing
  Provision resolved;  // an internal reference's target (the first paragraph of 前两款); act null otherwise
};

/// "internal", "external", "unresolved".
const char* xref_kind_name(XrefKind kind);

/// Every cross-reference in `act`, in document order. A 《title》 that names
/// a loaded act (this one or another) resolves to that act's ids; a title
/// split by a line or page break (spaces inside 《》) is joined.
std::vector<CrossReference> find_cross_references(Resolver& resolver, statute::Library& library,
                                                  const statute::Act& act);

}  // namespace lawdiff::cite
