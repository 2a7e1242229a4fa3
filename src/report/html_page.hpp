#pragma once
// The frame of lawdiff's HTML reports: a self-contained page (inline CSS, no
// scripts, no external URLs) that is also well-formed XML (every element
// closed, only the five XML entities), so an XML parser can check it.
#include <ostream>
#include <string_view>

namespace lawdiff::report {

/// <!DOCTYPE html> through <body>; `title` (plain text) is escaped.
void write_page_start(std::ostream& out, std::string_view title);

/// </body></html>.
void write_page_end(std::ostream& out);

}  // namespace lawdiff::report
