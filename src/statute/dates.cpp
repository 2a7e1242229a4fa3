// Date recognition in statute front matter. Dates come as 2022年8月30日,
// 2022 年 8 月 30 日 (stray spaces from PDF extraction) and 二〇二二年八月三十日.
#include <fmt/format.h>

#include "statute/metadata.hpp"
#include "text/numerals.hpp"
#include "text/utf8.hpp"

namespace lawdiff::statute {
namespace {

constexpr std::u32string_view kDigitChars = U"〇零一二三四五六七八九";

/// A year written digit by digit (二〇二二) or in digits.
int year_value(std::u32string_view run) {
  if (run.size() != 4) return -1;
  int value = 0;
  for (char32_t cp : run) {
    int d = cp >= U'0' && cp <= U'9' ? static_cast<int>(cp - U'0') : -1;
    if (d < 0) {
      std::size_t k = kDigitChars.find(cp);
      if (k == std::u32string_view::npos) return -1;
      d = k == 0 ? 0 : static_cast<int>(k) - 1;
    }
    value = value * 10 + d;
  }
  return value;
}

int small_value(std::u32string_view run) {
  std::string utf8;
  for (char32_t cp : run) text::append_utf8(utf8, cp);
  auto v = text::parse_number(utf8);
  return v ? *v : -1;
}

bool numeral(char32_t cp) { return (cp >= U'0' && cp <= U'9') || text::is_numeral_char(cp); }

struct Decoded {
  std::u32string cps;
  std::vector<std::size_t> offsets;  // byte offset of each code point, plus end
};

Decoded decode(std::string_view s) {
  Decoded d;
  std::size_t i = 0;
  while (i < s.size()) {
    d.offsets.push_back(i);
    d.cps.push_back(text::next_code_point(s, i));
  }
  d.offsets.push_back(s.size());
  return d;
}

/// Reads a numeral run starting at k (spaces skipped); returns it and moves k.
std::u32string read_run(const std::u32string& cps, std::size_t& k) {
  while (k < cps.size() && cps[k] == U' ') ++k;
  std::u32string run;
  while (k < cps.size() && numeral(cps[k])) run += cps[k++];
  while (k < cps.size() && cps[k] == U' ') ++k;
  return run;
}

}  // namespace

std::vector<FoundDate> find_dates(std::string_view s) {
  Decoded d = decode(s);
  std::vector<FoundDate> found;
  for (std::size_t k = 0; k < d.cps.size(); ++k) {
    if (!numeral(d.cps[k]) || (k > 0 && numeral(d.cps[k - 1]))) continue;
    std::size_t j = k;
    int year = year_value(read_run(d.cps, j));
    if (year < 1900 || j >= d.cps.size() || d.cps[j++] != U'年') continue;
    int month = small_value(read_run(d.cps, j));
    if (month < 1 || month > 12 || j >= d.cps.size() || d.cps[j++] != U'月') continue;
    int day = small_value(read_run(d.cps, j));
    if (day < 1 || day > 31 || j >= d.cps.size() || d.cps[j++] != U'日') continue;
    found.push_back({fmt::format("{:04}-{:02}-{:02}", year, month, day), d.offsets[k], d.offsets[j]});
    k = j - 1;
  }
  return found;
}

}  // namespace lawdiff::statute
