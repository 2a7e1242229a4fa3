#pragma once
// A persistent cache of word boundaries, kept between runs.
//
// Why: ICU's dictionary segmentation costs ~0.3 µs per Chinese character,
// and merely building its CJK break engine costs more than git's whole
// word-diff of the two seed acts. Researchers run lawdiff again and again
// over the same acts, so, like ccache, lawdiff remembers the boundaries it
// computed: one file per ICU version (the dictionary is part of ICU), keyed
// by a hash of each text. A missing, unreadable, foreign or corrupt file is
// an empty cache; a cache that cannot be written is silently not written.
// Boundaries read back are checked against the text before use, so even a
// hostile cache file can only move word boundaries, never lose text.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lawdiff::text {

class SegmentCache {
 public:
  /// Maps the cache file in `dir` (which need not exist yet).
  explicit SegmentCache(std::filesystem::path dir);
  ~SegmentCache();
  SegmentCache(const SegmentCache&) = delete;
  SegmentCache& operator=(const SegmentCache&) = delete;

  /// The byte offsets of the word ends of `s` (as words() computes them),
  /// when this cache holds them and they are valid for `s`.
  std::optional<std::vector<std::uint32_t>> find(std::string_view s) const;

  /// Remembers the word ends of `s`, to be written by save().
  void add(std::string_view s, const std::vector<std::uint32_t>& ends);

  /// Writes the file anew (old entries and new ones, atomically replaced)
  /// when add() was called; false when it could not. Never throws.
  bool save() noexcept;

  /// The cache file's path.
  const std::filesystem::path& path() const { return path_; }

 private:
  struct Mapping;
  std::filesystem::path dir_;
  std::filesystem::path path_;
  Mapping* mapping_ = nullptr;  // the file as it was opened, or null
  mutable std::mutex mutex_;    // guards fresh_
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::vector<std::uint32_t>>> fresh_;
};

/// The cache words() consults and fills; null (the default) for none.
void use_segment_cache(SegmentCache* cache);
SegmentCache* segment_cache();

/// Where the cache lives: LAWDIFF_CACHE_DIR, else $XDG_CACHE_HOME/lawdiff,
/// else ~/.cache/lawdiff; empty when none is set.
std::filesystem::path default_segment_cache_dir();

namespace detail {
/// 64-bit FNV-1a of `s`: the cache key (with the length, checked too).
std::uint64_t text_hash(std::string_view s);
/// True when `ends` are word ends of `s`: strictly increasing, inside `s`,
/// the last at its end, each on a code point boundary.
bool valid_ends(std::string_view s, const std::uint32_t* ends, std::size_t n);
}  // namespace detail

}  // namespace lawdiff::text
