#pragma once
// `lawdiff coverage`: the coverage tables as a whole document.
#include <ostream>
#include <string_view>

#include "report/coverage.hpp"

namespace lawdiff::report {

/// Writes the coverage document in `format` (text, markdown, tsv, json,
/// html); text keeps every line within `width` columns.
void write_coverage(std::ostream& out, const Coverage& cov, std::string_view format, int width);

/// "Coverage of 《A》 (sz) by 《B》 (gd)".
std::string coverage_title(const Coverage& cov);

}  // namespace lawdiff::report
