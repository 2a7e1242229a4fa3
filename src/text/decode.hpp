#pragma once
// Bytes → UTF-8: charset detection and decoding with ICU converters.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lawdiff::text {

/// Raised when bytes cannot be turned into text. `offset` is the byte offset
/// of the first offending byte in the input (or npos when it does not apply).
class DecodeError : public std::runtime_error {
 public:
  DecodeError(const std::string& why, std::size_t offset)
      : std::runtime_error(why), offset_(offset) {}
  std::size_t offset() const { return offset_; }

 private:
  std::size_t offset_;
};

struct Decoded {
  std::string utf8;      // the text, UTF-8, without BOM
  std::string encoding;  // what it was read as: "UTF-8", "UTF-16LE", "GB18030", …
};

/// Decodes `bytes`. With `forced_encoding` empty, detects: a BOM (UTF-8,
/// UTF-16LE/BE, UTF-32LE/BE) wins; else valid UTF-8; else GB18030 (a superset
/// of GBK and GB2312) when the bytes are valid GB18030. Binary data (NUL bytes
/// outside UTF-16/32) and bytes valid in no candidate raise DecodeError with
/// the offset of the first bad byte; nothing is ever silently replaced.
/// `forced_encoding` is any ICU converter name ("GBK", "UTF-16LE", "Big5").
Decoded decode(std::string_view bytes, std::string_view forced_encoding = {});

}  // namespace lawdiff::text
