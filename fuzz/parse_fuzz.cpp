// libFuzzer target: any bytes as a statute file (charset detection,
// decoding, the parser). Never a crash; a Document whose nodes cover the
// decoded text exactly once, or a lawdiff::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/error.hpp"
#include "statute/loader.hpp"
#include "statute/version.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const lawdiff::statute::Document doc = lawdiff::statute::parse_bytes(bytes, "fuzz");
    std::size_t at = 0;
    for (const auto& node : doc.nodes) {
      if (node.span.begin != at || node.span.end < node.span.begin) __builtin_trap();
      at = node.span.end;
    }
    if (!doc.nodes.empty() && at != doc.text.size()) __builtin_trap();
    (void)lawdiff::statute::read_version(doc, "fuzz(2020-01-01).md");
  } catch (const lawdiff::Error&) {
  }
  return 0;
}
