// The corpus document-frequency table: read from its text format (by the
// build's packer and the benches), or compiled in; looked up by binary
// search over hashed keys (a hash map of 50,000 strings would cost every
// run a millisecond or more to build; the compiled-in array costs nothing).
#include "align/corpus_frequencies.hpp"

// Inline: the build-time packer compiles this file without the library.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <charconv>

#include "base/error.hpp"

namespace lawdiff::align::detail {

namespace {

constexpr std::string_view kHeader = "#docs\t";

// The number from `from` to the end of its line, into `value`; false when
// that is not a number. `end` receives the offset past the newline.
bool number_at(std::string_view text, std::size_t from, std::uint32_t& value, std::size_t& end) {
  auto eol = text.find('\n', from);
  if (eol == std::string_view::npos) eol = text.size();
  const char* first = text.data() + from;
  const char* last = text.data() + eol;
  const auto [ptr, ec] = std::from_chars(first, last, value);
  end = eol + 1;
  return first != last && ec == std::errc() && ptr == last;
}

bool by_key(const CorpusFrequencies::Entry& x, const CorpusFrequencies::Entry& y) { return x.key < y.key; }

}  // namespace

std::uint64_t CorpusFrequencies::key_hash(bool bigram, std::string_view feature) {
  return XXH3_64bits_withSeed(feature.data(), feature.size(), bigram ? 2 : 1);
}

CorpusFrequencies CorpusFrequencies::parse(std::string_view text, std::string_view source) {
  auto fail = [&](int line, std::string_view what) {
    throw Error(std::string(source) + ":" + std::to_string(line), std::string(what));
  };
  if (!text.starts_with(kHeader)) fail(1, "not a corpus frequency table (expected '#docs<TAB>N' first)");
  std::uint32_t docs = 0;
  std::size_t pos = 0;
  if (!number_at(text, kHeader.size(), docs, pos) || docs == 0) fail(1, "the paragraph count is not a positive number");
  std::vector<Entry> entries;
  std::string_view previous;
  for (int line = 2; pos < text.size(); ++line) {
    const auto tab = text.find('\t', pos);
    const auto eol = text.find('\n', pos);
    if (tab == std::string_view::npos || (eol != std::string_view::npos && tab > eol) || tab < pos + 2 ||
        (text[pos] != 'w' && text[pos] != 'b'))
      fail(line, "expected KEY<TAB>DF, KEY a 'w' or 'b' and the feature");
    const std::string_view key = text.substr(pos, tab - pos);
    if (!previous.empty() && key <= previous) fail(line, "keys are not in sorted order");
    std::uint32_t df = 0;
    std::size_t next = 0;
    if (!number_at(text, tab + 1, df, next)) fail(line, "the document frequency is not a number");
    entries.push_back({key_hash(key[0] == 'b', key.substr(1)), df});
    previous = key;
    pos = next;
  }
  std::sort(entries.begin(), entries.end(), by_key);
  const auto dup = std::adjacent_find(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.key == y.key; });
  if (dup != entries.end()) throw Error(std::string(source), "two keys hash alike (change the seeds of key_hash)");
  return from_entries(std::move(entries), docs);
}

CorpusFrequencies CorpusFrequencies::from_counts(const std::unordered_map<std::string, std::uint32_t>& df, std::uint32_t docs,
                                                 std::uint32_t min_df) {
  return parse(corpus_table_text(df, docs, min_df), "corpus counts");
}

CorpusFrequencies CorpusFrequencies::from_entries(std::vector<Entry> entries, std::uint32_t docs) {
  std::sort(entries.begin(), entries.end(), by_key);
  auto owned = std::make_shared<const std::vector<Entry>>(std::move(entries));
  CorpusFrequencies out(*owned, docs);
  out.owned_ = std::move(owned);
  return out;
}

std::uint32_t CorpusFrequencies::df(bool bigram, std::string_view feature) const {
  const Entry probe{key_hash(bigram, feature), 0};
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), probe, by_key);
  return it != entries_.end() && it->key == probe.key ? it->df : 0;
}

std::string corpus_table_text(const std::unordered_map<std::string, std::uint32_t>& df, std::uint32_t docs,
                              std::uint32_t min_df) {
  std::vector<std::pair<std::string_view, std::uint32_t>> kept;
  for (const auto& [key, n] : df)
    if (n >= min_df && key.size() >= 2 && (key[0] == 'w' || key[0] == 'b') && key.find_first_of("\t\n") == std::string::npos)
      kept.emplace_back(key, n);
  std::sort(kept.begin(), kept.end());
  std::string text = std::string(kHeader) + std::to_string(docs) + "\n";
  for (const auto& [key, n] : kept) text.append(key).append("\t").append(std::to_string(n)).append("\n");
  return text;
}

}  // namespace lawdiff::align::detail
