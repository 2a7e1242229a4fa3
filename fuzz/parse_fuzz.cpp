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
#include "text/utf8.hpp"

namespace {

// Line `n` (1-based) of `text`.
std::string_view line_of(std::string_view text, std::size_t n) {
  for (std::size_t k = 1; k < n; ++k) {
    const std::size_t nl = text.find('\n');
    if (nl == std::string_view::npos) return {};
    text.remove_prefix(nl + 1);
  }
  return text.substr(0, text.find('\n'));
}

// A warning quoting a line outside any article quotes it whole or cut at a
// grapheme boundary.
void check_quote(const lawdiff::statute::Document& doc, const lawdiff::statute::Warning& w) {
  constexpr std::string_view kStray = "text outside any article: ";
  if (!w.message.starts_with(kStray)) return;
  const std::string_view quote = std::string_view(w.message).substr(kStray.size());
  const std::string_view line = lawdiff::text::trim(line_of(doc.text, w.line));
  if (!quote.ends_with("…")) lawdiff::fuzz::require(quote == line, "stray-line warning quotes another line", quote);
  lawdiff::fuzz::check_cut(quote, line, "stray-line warning");
}

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
    for (const auto& w : doc.warnings) {
      lawdiff::fuzz::check_utf8(w.message, "warning");
      check_quote(doc, w);
    }
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
