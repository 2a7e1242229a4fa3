#pragma once
// Tables for `lawdiff refs` and `lawdiff search`, and their JSON.
#include <ostream>
#include <vector>

#include "cite/citation.hpp"
#include "cite/search.hpp"
#include "cite/xref.hpp"
#include "render/table.hpp"

namespace lawdiff::render {

/// Columns: source, text, target, kind, note.
Table xref_table(const std::vector<cite::CrossReference>& refs);

/// {"schema": 1, "act": id, "references": [{source, text, target, kind, note}]}
void write_xref_json(std::ostream& out, std::string_view act_id, const std::vector<cite::CrossReference>& refs);

/// Columns: id, citation, before, match, after.
Table search_table(const std::vector<cite::SearchHit>& hits, cite::Style style);

/// {"schema": 1, "hits": [{id, citation, before, match, after}]}
void write_search_json(std::ostream& out, const std::vector<cite::SearchHit>& hits, cite::Style style);

/// One hit per line: "id  citation  …before[match]after…", the match in
/// bold red when `color`; line breaks as spaces; controls neutralised.
void write_search_text(std::ostream& out, const std::vector<cite::SearchHit>& hits, cite::Style style, bool color);

/// The markdown table of search_table() with the match in bold.
void write_search_markdown(std::ostream& out, const std::vector<cite::SearchHit>& hits, cite::Style style);

}  // namespace lawdiff::render
