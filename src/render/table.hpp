#pragma once
// One table, four renderings: aligned terminal columns (by display width),
// GitHub-flavoured Markdown, TSV and HTML. Cells are plain UTF-8 text; each
// renderer escapes what its format needs.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::render {

struct Table {
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};

/// Columns padded to their widest cell (CJK counts two columns), separated
/// by two spaces; control characters neutralised. Cells wider than
/// `max_cell` columns are cut with "…" (0: no limit).
void write_text_table(std::ostream& out, const Table& t, int max_cell = 0);

/// A GFM table; cells escaped so any statute text stays inside its cell.
void write_markdown_table(std::ostream& out, const Table& t);

/// Header row then rows; tab, newline, CR and backslash in cells written as
/// \t, \n, \r and \\, other control characters neutralised.
void write_tsv_table(std::ostream& out, const Table& t);

/// An HTML <table> with <thead> and <tbody>; cells HTML-escaped.
void write_html_table(std::ostream& out, const Table& t, std::string_view css_class = {});

/// Escapes text inside a Markdown table cell: | \ ` * _ [ ] < > & and
/// newlines (<br>), control characters neutralised. Spaces are kept: this
/// is for a piece of a cell (one run of a diff, the text around a match).
std::string markdown_escape(std::string_view s);

/// A whole Markdown table cell: markdown_escape() of `s`, trimmed.
std::string markdown_cell(std::string_view s);

/// Escapes text for HTML element content and attribute values.
std::string html_escape(std::string_view s);

/// Escapes a TSV field as write_tsv_table does.
std::string tsv_field(std::string_view s);

/// `s` padded with spaces to `width` display columns.
std::string pad_to_width(std::string_view s, int width);

}  // namespace lawdiff::render
