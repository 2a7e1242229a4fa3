// The word-boundary cache (see segment_cache.hpp). The file is mapped, not
// read, so opening it costs the same whatever its size, and a lookup is a
// binary search over its sorted index. Layout (native byte order, which the
// header records):
//   Header | Entry[count] sorted by hash | uint32 ends[ends_count]
// Written by hand: none of our libraries offers a persistent map, and the
// format is a few lines of POSIX.
#include "text/segment_cache.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicode/uvernum.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <system_error>

namespace lawdiff::text {

namespace {

// Bump when words() would split differently for the same ICU (or the format changes).
constexpr char kMagic[8] = {'L', 'D', 'W', 'E', 'N', 'D', 'S', '1'};
constexpr std::uint32_t kByteOrder = 0x01020304;
// Beyond this the file is started afresh: a cache must stay small and quick.
constexpr std::uint64_t kMaxEnds = std::uint64_t{1} << 24;  // 64 MiB of offsets

struct Header {
  char magic[8];
  std::uint32_t byte_order;
  std::uint32_t reserved;
  std::uint64_t count;
  std::uint64_t ends_count;
};

struct Entry {
  std::uint64_t hash;
  std::uint32_t length;
  std::uint32_t first;  // index into the ends array
  std::uint32_t n;
  std::uint32_t reserved;
};

std::atomic<SegmentCache*> current{nullptr};

}  // namespace

// The mapped file, once checked: header, index and offsets agree in size.
struct SegmentCache::Mapping {
  void* base = nullptr;
  std::size_t size = 0;
  const Entry* entries = nullptr;
  std::uint64_t count = 0;
  const std::uint32_t* ends = nullptr;
  std::uint64_t ends_count = 0;

  ~Mapping() {
    if (base != nullptr) ::munmap(base, size);
  }

  static Mapping* open(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    void* base = MAP_FAILED;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) >= sizeof(Header))
      base = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (base == MAP_FAILED) return nullptr;
    auto* m = new Mapping;
    m->base = base;
    m->size = static_cast<std::size_t>(st.st_size);
    Header h;
    std::memcpy(&h, base, sizeof h);
    const std::uint64_t room = m->size - sizeof(Header);
    const bool sane = std::memcmp(h.magic, kMagic, sizeof kMagic) == 0 && h.byte_order == kByteOrder &&
                      h.count <= room / sizeof(Entry) && h.ends_count <= kMaxEnds &&
                      h.count * sizeof(Entry) + h.ends_count * sizeof(std::uint32_t) == room;
    if (!sane) {
      delete m;
      return nullptr;
    }
    m->entries = reinterpret_cast<const Entry*>(static_cast<const char*>(base) + sizeof(Header));
    m->count = h.count;
    m->ends = reinterpret_cast<const std::uint32_t*>(m->entries + h.count);
    m->ends_count = h.ends_count;
    return m;
  }
};

namespace detail {

std::uint64_t text_hash(std::string_view s) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

bool valid_ends(std::string_view s, const std::uint32_t* ends, std::size_t n) {
  if (n == 0 || ends[n - 1] != s.size()) return s.empty() && n == 0;
  std::uint32_t prev = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t e = ends[i];
    if (e <= prev || e > s.size()) return false;
    if (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) return false;  // inside a code point
    prev = e;
  }
  return true;
}

}  // namespace detail

SegmentCache::SegmentCache(std::filesystem::path dir)
    : dir_(std::move(dir)),
      path_(dir_ / (std::string("word-ends-icu") + U_ICU_VERSION + ".bin")),
      mapping_(Mapping::open(path_)) {}

SegmentCache::~SegmentCache() {
  if (current.load() == this) current.store(nullptr);
  delete mapping_;
}

std::optional<std::vector<std::uint32_t>> SegmentCache::find(std::string_view s) const {
  const std::uint64_t hash = detail::text_hash(s);
  if (mapping_ != nullptr) {
    const Entry* begin = mapping_->entries;
    const Entry* end = begin + mapping_->count;
    const Entry* it = std::lower_bound(begin, end, hash, [](const Entry& e, std::uint64_t h) { return e.hash < h; });
    for (; it != end && it->hash == hash; ++it) {
      if (it->length != s.size() || it->first > mapping_->ends_count || it->n > mapping_->ends_count - it->first)
        continue;
      const std::uint32_t* ends = mapping_->ends + it->first;
      if (detail::valid_ends(s, ends, it->n)) return std::vector<std::uint32_t>(ends, ends + it->n);
    }
  }
  const std::lock_guard lock(mutex_);
  if (const auto f = fresh_.find(hash); f != fresh_.end() && f->second.first == s.size()) return f->second.second;
  return std::nullopt;
}

void SegmentCache::add(std::string_view s, const std::vector<std::uint32_t>& ends) {
  const std::lock_guard lock(mutex_);
  fresh_.try_emplace(detail::text_hash(s), static_cast<std::uint32_t>(s.size()), ends);
}

bool SegmentCache::save() noexcept {
  try {
    const std::lock_guard lock(mutex_);
    if (fresh_.empty()) return true;
    std::vector<Entry> index;
    std::vector<std::uint32_t> ends;
    std::uint64_t fresh_ends = 0;
    for (const auto& [hash, value] : fresh_) fresh_ends += value.second.size();
    // Keep the old entries unless the file would grow past its bound.
    if (mapping_ != nullptr && mapping_->ends_count + fresh_ends <= kMaxEnds) {
      index.reserve(mapping_->count + fresh_.size());
      for (std::uint64_t i = 0; i < mapping_->count; ++i) {
        Entry e = mapping_->entries[i];
        if (fresh_.count(e.hash) != 0 || e.first > mapping_->ends_count || e.n > mapping_->ends_count - e.first)
          continue;
        const std::uint32_t* from = mapping_->ends + e.first;
        e.first = static_cast<std::uint32_t>(ends.size());
        ends.insert(ends.end(), from, from + e.n);
        index.push_back(e);
      }
    }
    for (const auto& [hash, value] : fresh_) {
      if (ends.size() + value.second.size() > kMaxEnds) break;
      index.push_back({hash, value.first, static_cast<std::uint32_t>(ends.size()),
                       static_cast<std::uint32_t>(value.second.size()), 0});
      ends.insert(ends.end(), value.second.begin(), value.second.end());
    }
    std::sort(index.begin(), index.end(), [](const Entry& a, const Entry& b) { return a.hash < b.hash; });

    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    const std::filesystem::path tmp = path_.string() + ".tmp." + std::to_string(::getpid());
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      Header h{};
      std::memcpy(h.magic, kMagic, sizeof kMagic);
      h.byte_order = kByteOrder;
      h.count = index.size();
      h.ends_count = ends.size();
      out.write(reinterpret_cast<const char*>(&h), sizeof h);
      out.write(reinterpret_cast<const char*>(index.data()), static_cast<std::streamsize>(index.size() * sizeof(Entry)));
      out.write(reinterpret_cast<const char*>(ends.data()), static_cast<std::streamsize>(ends.size() * sizeof(std::uint32_t)));
      out.close();
      if (!out) {
        std::filesystem::remove(tmp, ec);
        return false;
      }
    }
    std::filesystem::rename(tmp, path_, ec);  // atomic: readers see the old file or the new one
    if (ec) std::filesystem::remove(tmp, ec);
    return !ec;
  } catch (...) {
    return false;
  }
}

void use_segment_cache(SegmentCache* cache) { current.store(cache); }

SegmentCache* segment_cache() { return current.load(); }

std::filesystem::path default_segment_cache_dir() {
  if (const char* dir = std::getenv("LAWDIFF_CACHE_DIR"); dir != nullptr && *dir != '\0') return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') return std::filesystem::path(xdg) / "lawdiff";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/')
    return std::filesystem::path(home) / ".cache" / "lawdiff";
  return {};
}

}  // namespace lawdiff::text
