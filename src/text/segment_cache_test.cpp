#include "text/segment_cache.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "text/segment.hpp"

using lawdiff::text::SegmentCache;
using lawdiff::text::detail::valid_ends;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system's temporary directory, removed after.
struct TempDir {
  fs::path path;
  TempDir() : path(fs::temp_directory_path() / ("lawdiff-cache-test-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

std::vector<std::uint32_t> ends_of(std::string_view s) {
  std::vector<std::uint32_t> out;
  std::size_t at = 0;
  for (const auto w : lawdiff::text::words(s)) out.push_back(static_cast<std::uint32_t>(at += w.size()));
  return out;
}

}  // namespace

TEST_CASE("valid_ends accepts word ends and rejects anything that could lose or split text") {
  const std::string s = "人工智能";  // 12 bytes, code points at 0, 3, 6, 9
  const std::uint32_t good[] = {6, 12};
  CHECK(valid_ends(s, good, 2));
  const std::uint32_t short_of_end[] = {6};
  CHECK_FALSE(valid_ends(s, short_of_end, 1));
  const std::uint32_t mid_code_point[] = {4, 12};
  CHECK_FALSE(valid_ends(s, mid_code_point, 2));
  const std::uint32_t backwards[] = {9, 6, 12};
  CHECK_FALSE(valid_ends(s, backwards, 3));
  const std::uint32_t past_end[] = {6, 13};
  CHECK_FALSE(valid_ends(s, past_end, 2));
  CHECK(valid_ends("", nullptr, 0));
  CHECK_FALSE(valid_ends(s, nullptr, 0));
}

TEST_CASE("a saved cache answers the next run, and only for the same text") {
  TempDir dir;
  const std::string a = "第一条 为了促进人工智能产业高质量发展，制定本条例。";
  const std::string b = "算力基础设施";
  {
    SegmentCache cache(dir.path);
    CHECK_FALSE(cache.find(a).has_value());
    cache.add(a, ends_of(a));
    CHECK(cache.find(a) == ends_of(a));  // known before it is saved
    REQUIRE(cache.save());
  }
  {
    SegmentCache cache(dir.path);
    CHECK(cache.find(a) == ends_of(a));
    CHECK_FALSE(cache.find(b).has_value());
    CHECK_FALSE(cache.find(a + "。").has_value());
    cache.add(b, ends_of(b));
    REQUIRE(cache.save());
  }
  SegmentCache cache(dir.path);
  CHECK(cache.find(a) == ends_of(a));  // old entries survive a later save
  CHECK(cache.find(b) == ends_of(b));
}

TEST_CASE("words gives the same pieces with a cache, cold and warm") {
  TempDir dir;
  const std::string s = "省人民政府应当统筹全省人工智能发展，建立健全工作协调机制。";
  const auto plain = lawdiff::text::words(s);
  for (int run = 0; run < 2; ++run) {
    SegmentCache cache(dir.path);
    lawdiff::text::use_segment_cache(&cache);
    // A fresh string object each time: the per-thread memo is keyed by text,
    // so this exercises the memo, then the cache file.
    const std::string copy = s;
    CHECK(lawdiff::text::words(copy) == plain);
    lawdiff::text::use_segment_cache(nullptr);
    CHECK(cache.save());
  }
}

TEST_CASE("an unusable cache file is an empty cache, and is replaced on save") {
  TempDir dir;
  const std::string a = "人工智能产业";
  std::string path;
  {
    SegmentCache cache(dir.path);
    path = cache.path().string();
  }
  fs::create_directories(dir.path);
  for (const std::string& junk : {std::string(), std::string("LDWENDS1"), std::string(4096, '\xff'),
                                 std::string("LDWENDS1\x04\x03\x02\x01") + std::string(100, '\0')}) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << junk;
    SegmentCache cache(dir.path);
    CHECK_FALSE(cache.find(a).has_value());
    cache.add(a, ends_of(a));
    CHECK(cache.save());
    SegmentCache again(dir.path);
    CHECK(again.find(a) == ends_of(a));
  }
}

TEST_CASE("a cache that cannot be written does not throw") {
  SegmentCache cache("/proc/no-such-dir/lawdiff");
  cache.add("人工智能", {12});
  CHECK_FALSE(cache.save());
}
