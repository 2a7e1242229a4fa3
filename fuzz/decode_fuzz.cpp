// libFuzzer target: any bytes through charset detection and decoding, and
// through a forced converter chosen by the first byte. Decoding succeeds
// with valid UTF-8 or raises DecodeError with an offset inside the input;
// valid UTF-8 without a BOM comes back byte for byte.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "text/decode.hpp"
#include "text/utf8_validate.hpp"

namespace {

void decode_checked(std::string_view bytes, std::string_view forced) {
  try {
    const lawdiff::text::Decoded d = lawdiff::text::decode(bytes, forced);
    lawdiff::fuzz::check_utf8(d.utf8, "decoded text");
    lawdiff::fuzz::check_utf8(d.encoding, "encoding name");
    if (forced.empty() && !bytes.starts_with("\xEF\xBB\xBF") && d.encoding == "UTF-8") {
      lawdiff::fuzz::require(d.utf8 == bytes, "valid UTF-8 changed by decoding");
    }
  } catch (const lawdiff::text::DecodeError& e) {
    lawdiff::fuzz::require(e.offset() == std::string_view::npos || e.offset() <= bytes.size(),
                           "DecodeError offset past the input");
    lawdiff::fuzz::check_utf8(e.what(), "DecodeError message");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  decode_checked(bytes, {});
  static constexpr std::array<std::string_view, 6> kForced{"UTF-8", "GB18030", "GBK", "UTF-16LE", "UTF-16BE", "Big5"};
  if (!bytes.empty()) decode_checked(bytes.substr(1), kForced[static_cast<unsigned char>(bytes[0]) % kForced.size()]);
  return 0;
}
