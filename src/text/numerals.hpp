#pragma once
// Chinese numerals as used in statute numbering (第一百二十条, 第（三）项).
#include <optional>
#include <string>
#include <string_view>

namespace lawdiff::text {

/// Parses a non-negative number written in Chinese numerals (零〇一二两三四五
/// 六七八九十百千万, also 壹贰叁… in financial form), ASCII digits or full-width
/// digits. "十" = 10, "十二" = 12, "一百零五" = 105, "两千" = 2000. Returns
/// nullopt for anything else (empty, mixed garbage, overflow past 99,999,999).
std::optional<int> parse_number(std::string_view s);

/// Writes `n` (0 ≤ n ≤ 99,999,999) in Chinese numerals as statutes number
/// articles: 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五, 110 → 一百一十,
/// 1000 → 一千, 1010 → 一千零一十.
std::string to_chinese(int n);

/// True for the characters parse_number() accepts as digits or units.
bool is_numeral_char(char32_t cp);

}  // namespace lawdiff::text
