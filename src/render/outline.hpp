#pragma once
// `outline` and `parse` in text form, and `list` as a table.
#include <ostream>
#include <vector>

#include "render/table.hpp"
#include "statute/library.hpp"

namespace lawdiff::render {

/// The acts as a table: id, title, status, chapters, articles, aliases.
Table act_list_table(const std::vector<const statute::Act*>& acts);

/// The table of contents as a table: level, label, title, articles (range).
/// Article rows (with titles) are included for acts whose articles have titles.
Table outline_table(const statute::Act& act);

/// The title block then the indented table of contents.
void write_outline_text(std::ostream& out, const statute::Act& act);

/// Every article with its paragraphs, items and sub-items, indented.
void write_parse_text(std::ostream& out, const statute::Act& act);

/// One line per event of the act's history (statute::Metadata::amendments):
/// "2015-03-15 修正 第十二届全国人民代表大会第三次会议《关于修改〈中华人民共和国立法法〉的决定》".
std::vector<std::string> history_lines(const statute::Document& doc);

/// The history lines as a Markdown list, then a blank line; nothing when the
/// act records no history.
void write_history_markdown(std::ostream& out, const statute::Document& doc);

/// "第一条–第十二条" for a division, or "" when it holds no articles.
std::string article_range_label(const statute::Document& doc, const statute::Division& d);

}  // namespace lawdiff::render
