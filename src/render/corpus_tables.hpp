#pragma once
// Output of the corpus commands: `index build`'s summary, `index info`,
// `versions`, and the JSON Lines export.
#include <ostream>
#include <vector>

#include "cite/citation.hpp"
#include "corpus/build.hpp"
#include "corpus/catalogue.hpp"
#include "render/table.hpp"

namespace lawdiff::render {

/// One line: files, MB, time, rate, acts, what changed, how many files are
/// not statutes; with `verbose`, one more line per such file.
void write_build_report(std::ostream& out, const corpus::BuildReport& r, bool verbose);

/// `index info` as aligned "name  value" lines.
void write_index_info_text(std::ostream& out, const corpus::IndexStats& s);
/// {"schema": 1, "index": {...}}
void write_index_info_json(std::ostream& out, const corpus::IndexStats& s);

/// Columns: id, version, kind, title, articles, chapters, file; newest first.
Table versions_table(const std::vector<corpus::VersionRow>& rows);
/// `t` without its column named `name` (the terminal has no room for paths).
Table without_column(Table t, std::string_view name);

/// {"schema": 1, "versions": [...]}
void write_versions_json(std::ostream& out, const std::vector<corpus::VersionRow>& rows);

/// One JSON object per article of `act` (JSON Lines): act, title,
/// version_date, id, citation (in `style`), text.
void write_act_jsonl(std::ostream& out, const statute::Act& act, cite::Style style);

}  // namespace lawdiff::render
