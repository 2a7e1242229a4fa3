#include "text/line_reader.hpp"

#include <cstring>

#include "text/utf8.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::text {

namespace {
constexpr std::size_t kChunk = 64 * 1024;
}

LineReader::LineReader(std::istream& in, std::size_t max_line)
    : in_(in), max_line_(max_line), buf_(max_line + kChunk) {}

// Moves the unread bytes to the front and reads more; false when nothing
// more could be read.
bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buf_.size()) return false;
  in_.read(buf_.data() + end_, static_cast<std::streamsize>(buf_.size() - end_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  end_ += got;
  if (!in_) eof_ = true;  // a short read sets eof and fail: nothing more to come
  return got > 0;
}

bool LineReader::next(std::string_view& line) {
  truncated_ = false;
  std::size_t scanned = begin_;
  for (;;) {
    const void* nl = std::memchr(buf_.data() + scanned, '\n', end_ - scanned);
    if (nl != nullptr) {
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(nl) - buf_.data());
      std::size_t len = at - begin_;
      if (len > max_line_) len = max_line_, truncated_ = true;
      line = std::string_view(buf_.data() + begin_, len);
      begin_ = at + 1;
      if (line.ends_with('\r')) line.remove_suffix(1);
      return true;
    }
    if (end_ - begin_ >= max_line_) {  // an overlong line: keep its head, drop the rest
      truncated_ = true;
      std::memmove(buf_.data(), buf_.data() + begin_, max_line_);
      begin_ = 0;
      end_ = max_line_;
      std::string_view head(buf_.data(), max_line_);
      std::vector<char> skip(kChunk);
      while (in_.read(skip.data(), kChunk) || in_.gcount() > 0) {
        const auto got = static_cast<std::size_t>(in_.gcount());
        const void* nl2 = std::memchr(skip.data(), '\n', got);
        if (nl2 == nullptr) continue;
        const auto off = static_cast<std::size_t>(static_cast<const char*>(nl2) - skip.data()) + 1;
        // Keep what follows the newline: it is the start of the next lines.
        std::memmove(buf_.data() + end_, skip.data() + off, got - off);
        line = std::string_view(buf_.data() + begin_, max_line_);
        begin_ = end_;
        end_ += got - off;
        return true;
      }
      eof_ = true;
      line = head;
      begin_ = end_;
      return true;
    }
    scanned = end_;
    const std::size_t before = begin_;
    if (!fill()) {
      if (end_ == begin_) return false;
      line = std::string_view(buf_.data() + begin_, end_ - begin_);
      if (line.ends_with('\r')) line.remove_suffix(1);
      begin_ = end_;
      return true;
    }
    scanned -= before;  // fill() moved the unread bytes to the front
  }
}

std::string repair_utf8(std::string_view s) {
  std::string out;
  while (!s.empty()) {
    const std::size_t bad = first_invalid_utf8(s);
    if (bad == std::string_view::npos) {
      out += s;
      break;
    }
    out += s.substr(0, bad);
    append_utf8(out, U'\uFFFD');
    s.remove_prefix(bad + 1);
  }
  return out;
}

}  // namespace lawdiff::text
