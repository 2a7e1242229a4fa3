// Line classification. Matching works on folded code points (full-width
// digits and letters as ASCII, U+3000 as a space) while every view it
// returns points at the statute's own characters.
#include "statute/line_scan.hpp"

#include "text/normalize.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace lawdiff::statute {
namespace {

using text::fold_char;
using text::next_code_point;

/// A position in a line that reads folded code points.
struct Cursor {
  std::string_view s;
  std::size_t i = 0;

  bool done() const { return i >= s.size(); }
  char32_t peek() const {
    std::size_t j = i;
    return done() ? 0 : fold_char(next_code_point(s, j));
  }
  char32_t take() { return done() ? 0 : fold_char(next_code_point(s, i)); }
  bool accept(char32_t cp) {
    if (peek() != cp) return false;
    take();
    return true;
  }
  /// Skips spaces and tabs; returns whether any were skipped.
  bool skip_spaces() {
    std::size_t start = i;
    while (!done() && (peek() == U' ' || peek() == U'\t')) take();
    return i != start;
  }
};

bool is_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

/// Reads a run of numeral characters (Chinese or digits; stray spaces between
/// them are tolerated). Returns the parsed value, or -1.
int read_number(Cursor& c) {
  std::string digits;
  std::size_t save = c.i;
  for (;;) {
    std::size_t before = c.i;
    c.skip_spaces();
    char32_t cp = c.peek();
    if (!(is_digit(cp) || text::is_numeral_char(cp))) {
      c.i = before;
      break;
    }
    text::append_utf8(digits, c.take());
  }
  auto value = digits.empty() ? std::nullopt : text::parse_number(digits);
  if (!value) {
    c.i = save;
    return -1;
  }
  return *value;
}

/// Characters that, right after 第X条 with no space between, show the line is
/// running text that mentions an article ("第十条规定的…"), not an article.
bool continues_reference(char32_t cp) {
  static constexpr std::u32string_view kinds = U"规第的、和或至及，。中之款项目所以等";
  return kinds.find(cp) != std::u32string_view::npos;
}

std::string_view rest_of(const Cursor& c) { return text::trim(c.s.substr(c.i)); }

bool read_division_or_article(Line& line, Cursor c) {
  if (!c.accept(U'第')) return false;
  std::size_t label_begin = c.i - std::string_view("第").size();
  int number = read_number(c);
  if (number < 0) return false;
  c.skip_spaces();
  char32_t unit = c.take();
  if (unit == U'编' || unit == U'章' || unit == U'节') {
    std::size_t label_end = c.i;
    bool spaced = c.skip_spaces();
    std::string_view title = rest_of(c);
    // A heading is short and is not a sentence.
    if (title.find("。") != std::string_view::npos || text::code_point_count(title) > 40) return false;
    if (!spaced && !title.empty() && continues_reference(c.peek())) return false;
    line.kind = LineKind::division;
    line.level = unit == U'编' ? DivisionLevel::part
                 : unit == U'章' ? DivisionLevel::chapter : DivisionLevel::section;
    line.number = number;
    line.label = line.raw.substr(label_begin, label_end - label_begin);
    line.title = title;
    return true;
  }
  if (unit != U'条') return false;
  std::size_t after_unit = c.i;
  int suffix = 0;
  if (c.accept(U'之')) {
    suffix = read_number(c);
    if (suffix <= 0) {
      c.i = after_unit;
      suffix = 0;
    }
  }
  std::size_t label_end = c.i;
  bool spaced = c.skip_spaces();
  char32_t next = c.peek();
  if (!spaced && next != 0 && next != U'【' && next != U'[' && continues_reference(next)) return false;
  line.kind = LineKind::article;
  line.number = number;
  line.suffix = suffix;
  line.label = line.raw.substr(label_begin, label_end - label_begin);
  if (next == U'【') {
    std::size_t title_begin = c.i + std::string_view("【").size();
    std::size_t close = c.s.find("】", title_begin);
    if (close != std::string_view::npos) {
      line.title = text::trim(c.s.substr(title_begin, close - title_begin));
      c.i = close + std::string_view("】").size();
    }
  }
  line.rest = rest_of(c);
  return true;
}

bool read_item(Line& line, Cursor c) {
  std::size_t begin = c.i;
  char32_t open = c.take();
  if (open != U'（' && open != U'(') return false;
  bool chinese = !is_digit(c.peek());
  int number = read_number(c);
  if (number <= 0) return false;
  char32_t close = c.take();
  if (close != U'）' && close != U')') return false;
  line.kind = chinese ? LineKind::item : LineKind::subitem;
  line.number = number;
  line.label = line.raw.substr(begin, c.i - begin);
  line.rest = rest_of(c);
  return true;
}

bool read_subitem(Line& line, Cursor c) {
  std::size_t begin = c.i;
  if (!is_digit(c.peek())) return false;
  int number = 0;
  while (is_digit(c.peek()) && number < 1000) number = number * 10 + static_cast<int>(c.take() - U'0');
  char32_t mark = c.take();
  if (mark != U'.' && mark != U'、') return false;
  // "1.5亿" is a number, not a label.
  if (mark == U'.' && is_digit(c.peek())) return false;
  line.kind = LineKind::subitem;
  line.number = number;
  line.label = line.raw.substr(begin, c.i - begin);
  line.rest = rest_of(c);
  return true;
}

}  // namespace

Line classify_line(std::string_view raw, std::size_t offset) {
  Line line;
  line.span = {offset, offset + raw.size()};
  line.raw = raw;
  std::string_view body = text::trim(raw);
  if (body.empty()) {
    line.kind = LineKind::blank;
    return line;
  }
  line.leading_space = body.data() != raw.data();
  Cursor c{raw, static_cast<std::size_t>(body.data() - raw.data())};
  if (c.peek() == U'#') {
    int hashes = 0;
    while (c.accept(U'#')) ++hashes;
    c.skip_spaces();
    line.markdown_heading = true;
    if (read_division_or_article(line, c)) return line;
    if (hashes == 1) {
      line.kind = LineKind::markdown_title;
      line.title = rest_of(c);
      return line;
    }
    line.rest = rest_of(c);
    return line;
  }
  if (body == "<!-- INFO END -->") {
    line.kind = LineKind::info_end;
    return line;
  }
  if ((body.starts_with("http://") || body.starts_with("https://")) &&
      body.find(' ') == std::string_view::npos) {
    line.kind = LineKind::url;
    return line;
  }
  if (read_division_or_article(line, c) || read_item(line, c) || read_subitem(line, c)) return line;
  line.rest = body;
  return line;
}

std::vector<Line> scan_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 40 + 1);
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(classify_line(text.substr(begin, end - begin), begin));
    begin = end + 1;
  }
  return lines;
}

}  // namespace lawdiff::statute
