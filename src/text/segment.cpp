// Word segmentation with ICU's dictionary-based word BreakIterator
// (text/breaks). Segmenting Chinese costs ~0.25 µs per character, and alignment
// segments the same provision many times, so each thread also remembers the
// boundaries of recent short texts, and across runs a SegmentCache (when the
// CLI enables one) remembers them all.
#include "text/segment.hpp"

#include <unicode/uchar.h>

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "text/breaks.hpp"
#include "text/segment_cache.hpp"
#include "text/utf8.hpp"

namespace lawdiff::text {

namespace {

// ICU's word ends of `s`, through the persistent cache when there is one.
std::vector<std::uint32_t> boundaries(std::string_view s) {
  SegmentCache* cache = segment_cache();
  if (cache != nullptr) {
    if (auto hit = cache->find(s)) return std::move(*hit);
  }
  bool from_icu = false;
  std::vector<std::uint32_t> ends = icu_breaks(BreakKind::word, s, from_icu);
  if (cache != nullptr && from_icu) cache->add(s, ends);
  return ends;
}

// Hashes std::string and std::string_view alike, so the memo is searched
// with the caller's view and a string is built only for a new entry.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// boundaries(), remembered per thread for texts up to kMemoText bytes; the
// memo is dropped whole when it reaches kMemoEntries (bounded memory, and
// recent texts are the ones asked for again).
const std::vector<std::uint32_t>& memo_boundaries(std::string_view s) {
  constexpr std::size_t kMemoText = 4096;
  constexpr std::size_t kMemoEntries = 4096;
  thread_local std::unordered_map<std::string, std::vector<std::uint32_t>, TextHash, std::equal_to<>> memo;
  thread_local std::vector<std::uint32_t> scratch;
  if (s.size() > kMemoText) return scratch = boundaries(s);
  if (const auto it = memo.find(s); it != memo.end()) return it->second;
  if (memo.size() >= kMemoEntries) memo.clear();
  return memo.emplace(std::string(s), boundaries(s)).first->second;
}

}  // namespace

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  if (s.empty()) return out;
  const std::vector<std::uint32_t>& ends = memo_boundaries(s);
  out.reserve(ends.size());
  std::size_t prev = 0;
  for (const std::uint32_t end : ends) {
    out.push_back(s.substr(prev, end - prev));
    prev = end;
  }
  return out;
}

std::vector<std::string_view> characters(std::string_view s) {
  std::vector<std::string_view> out;
  out.reserve(s.size() / 2);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    next_code_point(s, i);
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool is_word(std::string_view piece) {
  for (std::size_t i = 0; i < piece.size();) {
    const auto cp = static_cast<UChar32>(next_code_point(piece, i));
    if (u_isalnum(cp) || u_hasBinaryProperty(cp, UCHAR_IDEOGRAPHIC)) return true;
  }
  return false;
}

}  // namespace lawdiff::text
