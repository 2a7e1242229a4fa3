#include "render/styled_text.hpp"

#include "render/edit_view.hpp"
#include "text/sanitize.hpp"
#include "text/utf8.hpp"
#include "text/width.hpp"

namespace lawdiff::render {
namespace {

std::string_view sgr(Style s) {
  switch (s) {
    case Style::del: return "\x1b[31m";
    case Style::ins: return "\x1b[32m";
    case Style::heading: return "\x1b[1m";
    case Style::plain: break;
  }
  return "";
}

// Punctuation that Chinese typesetting never puts at the start of a line
// (行首禁则): a line break before one carries the previous character along.
bool no_line_start(char32_t cp) {
  static constexpr std::u32string_view kClosers = U"，。、；：？！）」』》〉】〕”’…—,.;:?!)]}%";
  return kClosers.find(cp) != std::u32string_view::npos;
}

// Removes the last code point of `line` and returns it with its style.
Run pop_last(Line& line) {
  Run& last = line.back();
  std::size_t cut = last.text.size() - 1;
  while (cut > 0 && (static_cast<unsigned char>(last.text[cut]) & 0xC0) == 0x80) --cut;
  Run out{last.style, last.text.substr(cut)};
  last.text.erase(cut);
  if (last.text.empty()) line.pop_back();
  return out;
}

void append(Line& line, Style style, std::string_view piece) {
  if (line.empty() || line.back().style != style) line.push_back({style, {}});
  line.back().text.append(piece);
}

}  // namespace

Run plain_run(std::string_view text, Style style) {
  std::string s = text::neutralize_controls(text);
  for (char& c : s) {
    if (c == '\t') c = ' ';  // a tab's width depends on the terminal: never let one through
  }
  return {style, std::move(s)};
}

std::vector<Run> edit_runs(const std::vector<diff::Edit>& edits, bool b_side, bool both, bool color) {
  std::vector<Run> runs;
  for (const diff::Edit& e : view_edits(edits, both ? Side::both : b_side ? Side::b : Side::a)) {
    if (e.op == diff::Op::equal) {
      runs.push_back(plain_run(e.text));
      continue;
    }
    const bool is_ins = e.op == diff::Op::ins;
    if (color) {
      runs.push_back(plain_run(e.text, is_ins ? Style::ins : Style::del));
    } else {
      runs.push_back(plain_run(std::string(is_ins ? "{+" : "[-") + e.text + (is_ins ? "+}" : "-]")));
    }
  }
  return runs;
}

std::vector<Line> wrap_runs(const std::vector<Run>& runs, int width) {
  width = std::max(width, 2);
  std::vector<Line> lines(1);
  int used = 0;
  for (const Run& run : runs) {
    std::string_view s = run.text;
    for (std::size_t i = 0; i < s.size();) {
      const std::size_t start = i;
      const char32_t cp = text::next_code_point(s, i);
      if (cp == U'\n') {
        lines.emplace_back();
        used = 0;
        continue;
      }
      const int w = text::code_point_width(cp);
      if (used + w > width) {
        Line next;
        used = 0;
        const bool carry = no_line_start(cp) && line_width(lines.back()) > 2 && width >= 4;
        if (carry) {
          Run moved = pop_last(lines.back());
          used = text::display_width(moved.text);
          next.push_back(std::move(moved));
        }
        lines.push_back(std::move(next));
      }
      append(lines.back(), run.style, s.substr(start, i - start));
      used += w;
    }
  }
  return lines;
}

int line_width(const Line& line) {
  int w = 0;
  for (const Run& r : line) w += text::display_width(r.text);
  return w;
}

void write_line(std::ostream& out, const Line& line, bool color) {
  for (const Run& r : line) {
    if (color && r.style != Style::plain) {
      out << sgr(r.style) << r.text << "\x1b[0m";
    } else {
      out << r.text;
    }
  }
}

}  // namespace lawdiff::render
