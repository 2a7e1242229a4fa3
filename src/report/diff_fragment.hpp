#pragma once
// One provision diff as an HTML fragment (a two-column <table class="diff">)
// to embed in a larger page. render::write_diff_html writes a whole page;
// the compare report needs the table alone, with its own headings.
#include <ostream>

#include "diff/provision_diff.hpp"

namespace lawdiff::report {

/// Header row: the two citations; then one row per block: A's text with
/// deletions in <del>, B's with insertions in <ins>, each cell opening with
/// the block's id. Text is neutralised and escaped; output is XML-clean.
void write_diff_fragment(std::ostream& out, const diff::ProvisionDiff& d);

}  // namespace lawdiff::report
