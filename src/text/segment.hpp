#pragma once
// Word segmentation with ICU's BreakIterator (dictionary-based for Chinese).
#include <string_view>
#include <vector>

namespace lawdiff::text {

/// Splits `s` at ICU word boundaries. Every piece (words, punctuation,
/// spaces) is returned in order, so concatenating them gives back `s`.
/// The views point into `s`.
std::vector<std::string_view> words(std::string_view s);

/// Splits `s` into single code points (views into `s`).
std::vector<std::string_view> characters(std::string_view s);

/// True when the piece is a word (letters, ideographs or digits), false for
/// punctuation, symbols and spaces.
bool is_word(std::string_view piece);

}  // namespace lawdiff::text
