#pragma once
// Which articles of an act each article cites (本条例第X条, bare 第X条…,
// as cite/xref.hpp finds them). A penalty article names the duty it
// sanctions (违反本条例第二十条第一款规定的，…处…罚款) and says little else of
// its own, so two penalty articles are counterparts when the duties they
// cite are: the aligner's citation term (Params::xref) reads this.
#include <vector>

#include "statute/library.hpp"

namespace lawdiff::align::detail {

/// For each article of `act` (by index), the other articles of `act` it
/// cites, by index, sorted and distinct.
std::vector<std::vector<int>> cited_articles(const statute::Act& act);

}  // namespace lawdiff::align::detail
