#include "render/table.hpp"

#include <algorithm>

#include "text/sanitize.hpp"
#include "text/truncate.hpp"
#include "text/utf8.hpp"
#include "text/width.hpp"

namespace lawdiff::render {

std::string pad_to_width(std::string_view s, int width) {
  std::string out(s);
  int w = text::display_width(s);
  if (w < width) out.append(static_cast<std::size_t>(width - w), ' ');
  return out;
}

void write_text_table(std::ostream& out, const Table& t, int max_cell) {
  auto cell = [&](std::string_view s) {
    std::string clean = text::neutralize_controls(s);
    std::replace(clean.begin(), clean.end(), '\n', ' ');
    return text::shorten_to_width(clean, max_cell);
  };
  std::vector<std::vector<std::string>> cells;
  cells.reserve(t.rows.size() + 1);
  cells.push_back({});
  for (const auto& h : t.headers) cells.back().push_back(cell(h));
  for (const auto& row : t.rows) {
    cells.push_back({});
    for (const auto& c : row) cells.back().push_back(cell(c));
  }
  std::vector<int> widths(t.headers.size(), 0);
  for (const auto& row : cells) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      widths[c] = std::max(widths[c], text::display_width(row[c]));
    }
  }
  for (const auto& row : cells) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      bool last = c + 1 == row.size();
      line += last ? row[c] : pad_to_width(row[c], widths[c]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

std::string markdown_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '\\': out += "\\\\"; break;
      case '`': out += "\\`"; break;
      case '*': out += "\\*"; break;
      case '_': out += "\\_"; break;
      case '[': out += "\\["; break;
      case ']': out += "\\]"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '\n': out += "<br>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return text::neutralize_controls(out);
}

std::string markdown_cell(std::string_view s) { return markdown_escape(text::trim(s)); }

void write_markdown_table(std::ostream& out, const Table& t) {
  auto row_line = [&](const std::vector<std::string>& row, bool escape) {
    out << '|';
    for (std::size_t c = 0; c < t.headers.size(); ++c) {
      std::string_view v = c < row.size() ? std::string_view(row[c]) : std::string_view();
      out << ' ' << (escape ? markdown_cell(v) : std::string(v)) << " |";
    }
    out << '\n';
  };
  row_line(t.headers, true);
  out << '|';
  for (std::size_t c = 0; c < t.headers.size(); ++c) out << " --- |";
  out << '\n';
  for (const auto& row : t.rows) row_line(row, true);
}

std::string tsv_field(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return text::neutralize_controls(out);
}

void write_tsv_table(std::ostream& out, const Table& t) {
  auto row_line = [&](const std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size(); ++c) out << (c ? "\t" : "") << tsv_field(row[c]);
    out << '\n';
  };
  row_line(t.headers);
  for (const auto& row : t.rows) row_line(row);
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return text::neutralize_controls(out);
}

void write_html_table(std::ostream& out, const Table& t, std::string_view css_class) {
  out << "<table" << (css_class.empty() ? "" : " class=\"" + html_escape(css_class) + "\"") << ">\n<thead><tr>";
  for (const auto& h : t.headers) out << "<th>" << html_escape(h) << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (const auto& c : row) out << "<td>" << html_escape(c) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

}  // namespace lawdiff::render
