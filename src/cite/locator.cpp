// Hand-written recursive-descent scanners: the grammar is a handful of fixed
// markers (第 条 之 款 项 目 编 章 节) around numerals, and the batch path resolves
// a million references a second, which rules out a regex per reference.
#include "cite/locator.hpp"

#include <array>

#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace lawdiff::cite {

namespace {

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00a0'; }

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  std::size_t pos() const { return i_; }
  void rewind(std::size_t at) { i_ = at; }
  bool done() {
    skip_spaces();
    return i_ >= s_.size();
  }

  /// Consumes `word` (after spaces) if it comes next.
  bool eat(std::string_view word) {
    skip_spaces();
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }

  /// Consumes any one of `words`.
  template <std::size_t N>
  bool eat_any(const std::array<std::string_view, N>& words) {
    for (std::string_view w : words) {
      if (eat(w)) return true;
    }
    return false;
  }

  /// Consumes a numeral (Chinese, ASCII, full-width; inner spaces allowed)
  /// and returns its value, or 0 (consuming nothing) when there is none.
  int number() {
    skip_spaces();
    if (int n = ascii_number(); n >= 0) return n;
    std::array<char, 64> buf{};
    std::size_t len = 0, j = i_, end = i_;
    while (j < s_.size()) {
      std::size_t k = j;
      const char32_t cp = text::next_code_point(s_, k);
      if (is_space(cp)) {
        j = k;
        continue;
      }
      if (!text::is_numeral_char(cp) || len + (k - j) > buf.size()) break;
      for (std::size_t b = j; b < k; ++b) buf[len++] = s_[b];
      j = end = k;
    }
    if (len == 0) return 0;
    const auto n = text::parse_number(std::string_view(buf.data(), len));
    if (!n || *n == 0) return 0;
    i_ = end;
    return *n;
  }

 private:
  // The common case, plain ASCII digits ending at a non-numeral: read
  // directly (no code-point decoding). -1 when it does not apply.
  int ascii_number() {
    std::size_t j = i_;
    long long n = 0;
    while (j < s_.size() && s_[j] >= '0' && s_[j] <= '9' && n < 100000000) n = n * 10 + (s_[j++] - '0');
    if (j == i_ || n >= 100000000) return -1;
    if (j < s_.size() && (static_cast<unsigned char>(s_[j]) >= 0x80 || s_[j] == ' ')) return -1;  // maybe more
    if (n == 0) return 0;
    i_ = j;
    return static_cast<int>(n);
  }

  void skip_spaces() {
    while (i_ < s_.size()) {
      std::size_t k = i_;
      if (!is_space(text::next_code_point(s_, k))) return;
      i_ = k;
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

constexpr std::array<std::string_view, 2> kOpen = {"（", "("};
constexpr std::array<std::string_view, 2> kClose = {"）", ")"};
constexpr std::array<std::string_view, 8> kRangeMarks = {"至", "到", "—", "–", "－", "-", "～", "~"};

// 第 N <unit>, all or nothing.
int numbered(Scanner& sc, std::string_view unit) {
  const std::size_t at = sc.pos();
  if (sc.eat("第")) {
    if (int n = sc.number(); n > 0 && sc.eat(unit)) return n;
  }
  sc.rewind(at);
  return 0;
}

// 第 N 条 [之 M]
ArticleNumber article_number(Scanner& sc) {
  ArticleNumber a;
  a.number = numbered(sc, "条");
  if (a.number == 0) return a;
  const std::size_t at = sc.pos();
  if (sc.eat("之")) {
    a.suffix = sc.number();
    if (a.suffix == 0) sc.rewind(at);
  }
  return a;
}

// 第 [（] N [）] 项
int item_number(Scanner& sc) {
  const std::size_t at = sc.pos();
  if (sc.eat("第")) {
    const bool open = sc.eat_any(kOpen);
    const int n = sc.number();
    if (n > 0 && (!open || sc.eat_any(kClose)) && sc.eat("项")) return n;
  }
  sc.rewind(at);
  return 0;
}

// [至 第 N 条 [之 M]] after an article. "、" is not a range, so it is only
// looked at to leave lists (第五条、第六条) alone.
void range_end(Scanner& sc, Locator& out) {
  const std::size_t at = sc.pos();
  if (sc.eat("、")) {
    sc.rewind(at);
    return;
  }
  if (!sc.eat_any(kRangeMarks)) return;
  out.last = article_number(sc);
  if (out.last.number == 0) sc.rewind(at);
}

}  // namespace

std::size_t parse_natural_locator(std::string_view s, Locator& out) {
  Scanner sc(s);
  out = Locator{};
  out.part = numbered(sc, "编");
  if ((out.chapter = numbered(sc, "章")) > 0) out.section = numbered(sc, "节");
  if (out.division()) return sc.pos();
  out.article = article_number(sc);
  if (out.article.number > 0) {
    range_end(sc, out);
    if (out.last.number > 0) return sc.pos();
  }
  out.paragraph = numbered(sc, "款");
  out.item = item_number(sc);
  if (out.item > 0) out.subitem = numbered(sc, "目");
  return sc.pos();
}

bool parse_short_locator(std::string_view s, Locator& out) {
  Scanner sc(s);
  out = Locator{};
  if (sc.eat("p") || sc.eat("P")) {
    out.part = sc.number();
    if (out.part == 0) return false;
    if (sc.done()) return true;
  }
  if (sc.eat("ch") || sc.eat("CH") || sc.eat("Ch")) {
    out.chapter = sc.number();
    if (out.chapter > 0 && (sc.eat("s") || sc.eat("S"))) {
      out.section = sc.number();
      if (out.section == 0) return false;
    }
    return out.chapter > 0 && sc.done();
  }
  if (out.part > 0) return false;
  out.article.number = sc.number();
  if (out.article.number == 0) return false;
  if (sc.eat("-") || sc.eat("－")) {
    out.last.number = sc.number();
    if (out.last.number == 0) return false;
    out.dash_pair = true;
  }
  std::array<int*, 3> parts = {&out.paragraph, &out.item, &out.subitem};
  for (int* part : parts) {
    if (!sc.eat(".") && !sc.eat("．") && !sc.eat("。")) break;
    if ((*part = sc.number()) == 0) return false;
  }
  if (out.dash_pair && out.paragraph > 0) {  // 120-1.2: only 第一百二十条之一 can have a paragraph
    out.article.suffix = out.last.number;
    out.last = ArticleNumber{};
    out.dash_pair = false;
  }
  return sc.done();
}

}  // namespace lawdiff::cite
