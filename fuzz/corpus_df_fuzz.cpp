// libFuzzer target: any bytes as a corpus document-frequency table
// (src/align/corpus_frequencies.hpp; the build's packer reads
// data/corpus-df.tsv this way). A damaged table is an Error, never a crash;
// a table that reads holds one entry per line, sorted, and every line's
// feature is found again with its frequency.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "align/corpus_frequencies.hpp"
#include "base/error.hpp"
#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using lawdiff::align::detail::CorpusFrequencies;
  const std::string text(reinterpret_cast<const char*>(data), size);
  CorpusFrequencies table;
  try {
    table = CorpusFrequencies::parse(text, "fuzz");
  } catch (const lawdiff::Error&) {
    return 0;
  }
  lawdiff::fuzz::require(table.docs() > 0, "a table read with no paragraphs");
  const auto entries = table.entries();
  for (std::size_t k = 1; k < entries.size(); ++k)
    lawdiff::fuzz::require(entries[k - 1].key < entries[k].key, "entries not sorted by key");
  std::size_t lines = 0;
  for (std::size_t pos = text.find('\n'); pos != std::string::npos && pos + 1 < text.size(); pos = text.find('\n', pos + 1)) {
    const std::string_view line(text.data() + pos + 1, text.find('\n', pos + 1) == std::string::npos
                                                            ? text.size() - pos - 1
                                                            : text.find('\n', pos + 1) - pos - 1);
    const auto tab = line.find('\t');
    lawdiff::fuzz::require(tab != std::string_view::npos && tab >= 2, "a line without KEY<TAB>DF was accepted");
    std::uint32_t written = 0;
    const std::string_view number = line.substr(tab + 1);
    std::from_chars(number.data(), number.data() + number.size(), written);
    lawdiff::fuzz::require(table.df(line[0] == 'b', line.substr(1, tab - 1)) == written, "a line's frequency is not found again");
    ++lines;
  }
  lawdiff::fuzz::require(lines == table.size(), "one entry per line");
  return 0;
}
