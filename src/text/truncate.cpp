// Shortening built on grapheme_prefix() (in breaks.cpp, beside the other
// ICU iterators): one notion of a cut for messages, labels and cells.
#include "text/truncate.hpp"

#include "text/width.hpp"

namespace lawdiff::text {

std::string shorten(std::string_view s, std::size_t max_clusters) {
  if (grapheme_prefix(s, max_clusters) == s.size()) return std::string(s);
  if (max_clusters == 0) return {};
  return std::string(s.substr(0, grapheme_prefix(s, max_clusters - 1))) + "…";
}

std::string shorten_to_width(std::string_view s, int width) {
  if (width <= 0 || display_width(s) <= width) return std::string(s);
  return std::string(s.substr(0, grapheme_prefix(s, s.size(), width - 1))) + "…";
}

}  // namespace lawdiff::text
