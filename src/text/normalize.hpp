#pragma once
// Normalisation for parsing and matching. The text shown to users keeps the
// statute's own characters; these folds are only for recognising structure.
#include <string>
#include <string_view>

namespace lawdiff::text {

/// CRLF and lone CR become LF. This is the only change made to the text that
/// the parser stores, so byte offsets in the stored text are stable.
std::string normalize_newlines(std::string_view s);

/// Folds one code point for matching: full-width ASCII (U+FF01–U+FF5E) to
/// ASCII, U+3000 and U+00A0 to an ASCII space; others unchanged.
char32_t fold_char(char32_t cp);

/// fold_char over a whole string.
std::string fold(std::string_view s);

/// fold(), then removes every space, so `2022 年 8月 30日` and `第 65 条`
/// compare equal to their unspaced forms.
std::string fold_compact(std::string_view s);

/// fold(), then removes every white-space and punctuation code point
/// (Unicode classes Z*, P* and controls): two provisions with equal
/// fold_letters() are identical but for spacing and punctuation (the
/// aligner's `same` relation).
std::string fold_letters(std::string_view s);

}  // namespace lawdiff::text
