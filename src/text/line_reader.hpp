#pragma once
// Reads a stream line by line through one fixed buffer, so a batch of a
// million lines runs in constant memory (std::getline through a synced
// std::cin is a function call per character; this reads 64 KiB at a time).
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::text {

class LineReader {
 public:
  /// Lines longer than `max_line` bytes are cut there (the rest of the line
  /// is skipped) and reported by truncated().
  explicit LineReader(std::istream& in, std::size_t max_line = 64 * 1024);

  /// The next line without its '\n' and without a trailing '\r' (CRLF input
  /// is tolerated). False at the end of the input; a last line without a
  /// newline is still a line. `line` stays valid until the next call.
  bool next(std::string_view& line);

  /// The line last returned was longer than max_line and was cut.
  bool truncated() const { return truncated_; }

 private:
  bool fill();

  std::istream& in_;
  std::size_t max_line_;
  std::vector<char> buf_;
  std::size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  bool truncated_ = false;
};

/// `s` with every ill-formed UTF-8 byte replaced by U+FFFD.
std::string repair_utf8(std::string_view s);

}  // namespace lawdiff::text
