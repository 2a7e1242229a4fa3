#pragma once
// ICU break iterators run over UTF-8 text: word boundaries (dictionary-based
// for Chinese) and line-break opportunities (UAX #14). Shared by word
// segmentation and wrapping; grapheme clusters for truncation.
#include <cstdint>
#include <string_view>
#include <vector>

namespace lawdiff::text {

/// word: UAX #29 words (dictionary-based for Chinese); line: UAX #14 line
/// breaks. Grapheme clusters (ICU's character iterator) serve
/// text/truncate.hpp, implemented beside these in breaks.cpp.
enum class BreakKind { word, line };

/// Byte offsets in `s` after which ICU's `kind` iterator breaks, strictly
/// increasing, excluding 0 and ending at s.size() (empty for an empty `s`).
/// When ICU cannot make the iterator (no data), every code point boundary,
/// and `from_icu` is false: still a valid split that loses nothing.
std::vector<std::uint32_t> icu_breaks(BreakKind kind, std::string_view s, bool& from_icu);

}  // namespace lawdiff::text
