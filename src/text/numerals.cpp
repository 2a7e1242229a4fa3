// Chinese numerals. parse_number() reads the grouped form (一千零一十) one
// 万-group at a time, with units strictly decreasing inside a group, and the
// positional form used in dates (二〇二二). Ambiguous colloquial shorthands
// (一百五 = 150?) are rejected rather than guessed.
#include "text/numerals.hpp"

#include <array>
#include <vector>

#include "text/utf8.hpp"

namespace lawdiff::text {

namespace {

constexpr int kMax = 99'999'999;

// Digit value of `cp` (0–9), or -1.
int digit_value(char32_t cp) {
  switch (cp) {
    case U'零': case U'〇': return 0;
    case U'一': case U'壹': return 1;
    case U'二': case U'两': case U'贰': return 2;
    case U'三': case U'叁': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

// Unit value of `cp` (10, 100, 1000, 10000), or 0.
int unit_value(char32_t cp) {
  switch (cp) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    case U'万': return 10000;
    default: return 0;
  }
}

// ASCII or full-width digit value, or -1.
int arabic_value(char32_t cp) {
  if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
  if (cp >= U'０' && cp <= U'９') return static_cast<int>(cp - U'０');
  return -1;
}

std::optional<int> parse_arabic(const std::vector<char32_t>& cps) {
  long long n = 0;
  for (char32_t cp : cps) {
    const int d = arabic_value(cp);
    if (d < 0) return std::nullopt;
    n = n * 10 + d;
    if (n > kMax) return std::nullopt;
  }
  return static_cast<int>(n);
}

// 二〇二二 → 2022, and single digits (零 = 0): digits only, no units.
std::optional<int> parse_positional(const std::vector<char32_t>& cps) {
  long long n = 0;
  for (char32_t cp : cps) {
    const int d = digit_value(cp);
    if (d < 0) return std::nullopt;
    n = n * 10 + d;
    if (n > kMax) return std::nullopt;
  }
  return static_cast<int>(n);
}

// One group below 万: [d]千 [d]百 [d]十 [d] with 零 marking gaps. `first`
// allows a bare leading 十 (十二 = 12); `after_wan` allows a leading 零
// (三万零二). Returns nullopt for anything malformed.
std::optional<int> parse_group(const std::vector<char32_t>& cps, bool first, bool after_wan) {
  int value = 0;
  int digit = -1;          // pending digit, not yet given a unit
  int last_unit = 10000;   // units must strictly decrease
  bool zero = false;       // a 零 was seen since the last unit
  for (std::size_t k = 0; k < cps.size(); ++k) {
    const int d = digit_value(cps[k]);
    const int u = unit_value(cps[k]);
    if (d == 0) {
      if (digit >= 0 || zero || (k == 0 && !after_wan) || k + 1 == cps.size()) return std::nullopt;
      zero = true;
    } else if (d > 0) {
      if (digit >= 0) return std::nullopt;
      digit = d;
    } else if (u > 0 && u < 10000) {
      if (u >= last_unit) return std::nullopt;
      if (digit < 0) {
        if (!(u == 10 && k == 0 && first)) return std::nullopt;
        digit = 1;
      }
      value += digit * u;
      digit = -1, last_unit = u, zero = false;
    } else {
      return std::nullopt;
    }
  }
  if (digit >= 0) {
    // A bare final digit is the ones place only after 十, after a 零, or alone.
    if (!(last_unit == 10 || zero || last_unit == 10000)) return std::nullopt;
    value += digit;
  }
  if (value == 0) return std::nullopt;
  return value;
}

std::optional<int> parse_grouped(const std::vector<char32_t>& cps) {
  std::size_t wan = cps.size();
  for (std::size_t k = 0; k < cps.size(); ++k) {
    if (unit_value(cps[k]) != 10000) continue;
    if (wan != cps.size()) return std::nullopt;  // at most one 万
    wan = k;
  }
  if (wan == cps.size()) return parse_group(cps, true, false);
  const std::vector<char32_t> high(cps.begin(), cps.begin() + static_cast<long>(wan));
  const std::vector<char32_t> low(cps.begin() + static_cast<long>(wan) + 1, cps.end());
  const auto h = parse_group(high, true, false);
  if (!h || *h == 0) return std::nullopt;
  if (low.empty()) return *h * 10000;
  const auto l = parse_group(low, false, true);
  if (!l || *l == 0) return std::nullopt;
  return *h * 10000 + *l;
}

}  // namespace

std::optional<int> parse_number(std::string_view s) {
  std::vector<char32_t> cps;
  for (std::size_t i = 0; i < s.size();) cps.push_back(next_code_point(s, i));
  if (cps.empty()) return std::nullopt;
  if (arabic_value(cps[0]) >= 0) return parse_arabic(cps);
  bool has_unit = false;
  for (char32_t cp : cps) has_unit = has_unit || unit_value(cp) > 0;
  if (!has_unit) return parse_positional(cps);
  return parse_grouped(cps);
}

bool is_numeral_char(char32_t cp) {
  return digit_value(cp) >= 0 || unit_value(cp) > 0 || arabic_value(cp) >= 0;
}

namespace {

constexpr std::array<const char*, 10> kDigits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
constexpr std::array<const char*, 4> kUnits = {"千", "百", "十", ""};

// Writes 1 ≤ n ≤ 9999. `leading` drops the 一 of a leading 十 (十二, not 一十二).
std::string group_to_chinese(int n, bool leading) {
  std::string out;
  bool gap = false;
  bool started = false;
  for (int place = 0, div = 1000; place < 4; ++place, div /= 10) {
    const int d = n / div % 10;
    if (d == 0) {
      gap = started;
      continue;
    }
    if (gap) out += kDigits[0];
    if (!(d == 1 && div == 10 && !started && leading)) out += kDigits[static_cast<std::size_t>(d)];
    out += kUnits[static_cast<std::size_t>(place)];
    started = true;
    gap = false;
  }
  return out;
}

}  // namespace

std::string to_chinese(int n) {
  if (n < 0 || n > kMax) return std::to_string(n);
  if (n == 0) return kDigits[0];
  const int high = n / 10000;
  const int low = n % 10000;
  if (high == 0) return group_to_chinese(low, true);
  std::string out = group_to_chinese(high, true) + "万";
  if (low == 0) return out;
  if (low < 1000) out += kDigits[0];
  return out + group_to_chinese(low, false);
}

}  // namespace lawdiff::text
