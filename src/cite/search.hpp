#pragma once
// Keyword in context: where a pattern occurs in an act, by provision.
#include <string>
#include <vector>

#include "cite/provision.hpp"

namespace lawdiff::text {
class Regex;
}

namespace lawdiff::cite {

struct SearchHit {
  Provision where;     // the paragraph (lead-in), item or sub-item
  std::string before;  // up to `context` characters before the match
  std::string match;
  std::string after;   // up to `context` characters after
};

/// Every occurrence of `literal` (when `regex` is null) or of `regex` in
/// the paragraphs, items and sub-items of `act`, in document order, with
/// `context` code points either side (line breaks shown as spaces).
std::vector<SearchHit> search(const statute::Act& act, std::string_view literal, const text::Regex* regex,
                              int context);

}  // namespace lawdiff::cite
