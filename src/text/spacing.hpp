#pragma once
// Loose spacing: white space that typesetting and PDF extraction add or
// drop around Chinese text (`降低 5G` / `降低5G`, `2022年 11月 1日` /
// `2022年11月1日`) and that comparisons do not count as a difference.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::text {

/// Which white space comparisons ignore (diff(1)'s -b/-w family):
/// `none` counts every space; `cjk` (the default) ignores loose spacing, a
/// run of horizontal white space (spaces, tabs, U+3000, U+00A0 …, never
/// '\n') that touches a wide character (East Asian Wide or Fullwidth: 汉字,
/// kana, full-width punctuation) or a line's start or end; `all` ignores
/// every run of horizontal white space, as `diff -w` does.
enum class SpaceMode { none, cjk, all };

/// "none", "cjk", "all".
std::string_view space_mode_name(SpaceMode m);

/// One byte per byte of `s`: 1 where that byte belongs to white space that
/// `mode` ignores, else 0. All zeros for SpaceMode::none.
std::vector<char> ignored_space_mask(std::string_view s, SpaceMode mode);

/// `s` without the white space `mode` ignores: two texts with equal
/// without_ignored_space() differ only by such spacing.
std::string without_ignored_space(std::string_view s, SpaceMode mode = SpaceMode::cjk);

}  // namespace lawdiff::text
