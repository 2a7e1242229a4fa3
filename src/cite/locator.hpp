#pragma once
// The part of a reference after the act: where in the act it points.
// Two spellings: the short form (33, 33.2, 72.2.5, 26-28, 120-1, ch3,
// ch3s1, p2ch3, 三十三) and natural Chinese (第七十二条第二款第（五）项, 第三章, 第三章第一节, 第二编第三章,
// 第二十六条至第二十八条, 第一百二十条之一). Parsing knows no act; the
// resolver checks the numbers against one.
#include <cstddef>
#include <string_view>

namespace lawdiff::cite {

struct ArticleNumber {
  int number = 0;  // 0 = absent
  int suffix = 0;  // 之一 → 1
};

struct Locator {
  int part = 0;          // > 0: 第N编 (a division locator: only part/chapter/section are set)
  int chapter = 0;       // > 0: 第N章 (of that part, when one is named)
  int section = 0;       // > 0: 第N节 of that chapter
  ArticleNumber article;
  ArticleNumber last;    // range end (article..last), number 0 = no range
  bool dash_pair = false;  // short "A-B": a range or 第A条之B, the act decides
  int paragraph = 0;     // 款, 1-based, 0 = absent
  int item = 0;          // 项
  int subitem = 0;       // 目
  bool division() const { return part > 0 || chapter > 0; }
  bool whole_act() const { return !division() && article.number == 0 && paragraph == 0 && item == 0; }
};

/// Parses natural Chinese at the start of `s`, as far as it goes: [第K编][第N章[第M节]], or
/// 第N条[之M][至第N条[之M]][第N款][第（N）项][第N目], or a tail starting at
/// 款/项 (第二款, 第（三）项 — as cross-references inside an act are written).
/// Numerals may be Chinese, ASCII or full-width; spaces (also U+3000) may
/// appear anywhere; the item's parentheses are optional. Returns the bytes
/// consumed, 0 when `s` does not start with a locator.
std::size_t parse_natural_locator(std::string_view s, Locator& out);

/// Parses the whole of `s` as a short locator: "33", "33.2", "72.2.5",
/// "72.2.5.1", "26-28", "120-1", "120-1.2", "ch3", "ch3s1" (第三章第一节), "p2", "p2ch3", "p2ch3s1" (第二编第三章第一节), with Chinese, ASCII or
/// full-width numerals; spaces ignored. False when `s` is anything else.
bool parse_short_locator(std::string_view s, Locator& out);

}  // namespace lawdiff::cite
