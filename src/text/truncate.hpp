#pragma once
// The one way text is shortened for a message, a label or a table cell:
// always at a grapheme-cluster boundary (UAX #29 extended grapheme
// clusters, ICU's character break iterator), so a cut never splits a UTF-8
// sequence, a base letter from its combining mark, or an emoji sequence.
#include <cstddef>
#include <string>
#include <string_view>

namespace lawdiff::text {

/// Byte length of the longest prefix of `s` made of whole grapheme clusters
/// with at most `max_clusters` clusters and, when `max_columns` ≥ 0, at most
/// `max_columns` display columns (text::display_width). 0 when not even the
/// first cluster fits; s.size() when all of `s` does.
std::size_t grapheme_prefix(std::string_view s, std::size_t max_clusters, int max_columns = -1);

/// Byte offset where the longest suffix of `s` made of at most
/// `max_clusters` whole grapheme clusters starts (s.size() for 0).
std::size_t grapheme_suffix(std::string_view s, std::size_t max_clusters);

/// `s` itself when it has at most `max_clusters` grapheme clusters, else its
/// first `max_clusters - 1` clusters and "…" (which counts as one).
std::string shorten(std::string_view s, std::size_t max_clusters);

/// `s` itself when it takes at most `width` columns (or `width` ≤ 0), else
/// its longest grapheme prefix of at most `width - 1` columns and "…".
std::string shorten_to_width(std::string_view s, int width);

}  // namespace lawdiff::text
