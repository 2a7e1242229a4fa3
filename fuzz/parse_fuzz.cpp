// libFuzzer target: any bytes as a statute file (charset detection,
// decoding, the plain-text parser) and, behind a "# " title line, as the
// Markdown that public law databases publish. Never a crash; a Document
// whose nodes cover the decoded text exactly once, or a lawdiff::Error;
// warnings in valid UTF-8, quoting lines cut at grapheme boundaries.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/error.hpp"
#include "check.hpp"
#include "statute/loader.hpp"
#include "statute/version.hpp"

namespace {

void parse_checked(std::string_view bytes, std::string name) {
  try {
    const lawdiff::statute::Document doc = lawdiff::statute::parse_bytes(bytes, std::move(name));
    std::size_t at = 0;
    for (const auto& node : doc.nodes) {
      lawdiff::fuzz::require(node.span.begin == at && node.span.end >= node.span.begin, "parse nodes leave a gap or overlap");
      at = node.span.end;
    }
    lawdiff::fuzz::require(doc.nodes.empty() || at == doc.text.size(), "parse nodes stop short of the text's end");
    lawdiff::fuzz::check_utf8(doc.text, "document text");
    for (const auto& w : doc.warnings) lawdiff::fuzz::check_utf8(w.message, "warning");
    for (const auto& a : doc.articles) {
      lawdiff::fuzz::check_utf8(a.label, "article label");
      for (const auto& p : a.paragraphs) lawdiff::fuzz::check_utf8(p.text, "paragraph");
    }
    (void)lawdiff::statute::read_version(doc, "fuzz(2020-01-01).md");
  } catch (const lawdiff::Error& e) {
    lawdiff::fuzz::check_utf8(e.what(), "error message");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parse_checked(bytes, "fuzz.txt");
  parse_checked("# 深圳经济特区测试条例\n\n" + std::string(bytes), "fuzz.md");
  return 0;
}
