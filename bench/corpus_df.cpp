// corpus_df [OUT]: builds the aligner's corpus document-frequency table
// (src/align/corpus_frequencies.hpp; data/corpus-df.tsv) from every
// statute of ../shared/corpus-sample except the dev references' acts
// (bench/corpus_words.hpp: the evaluation scores acts the table has never
// seen, as a user's new act would be), keeping the features at least
// kMinDf paragraphs have — a rarer one is looked up as df 1, which on the
// dev pairs changes no figure (docs/alignment.md). Writes to OUT, or to
// standard output; a summary goes to standard error.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "align/features.hpp"
#include "base/error.hpp"
#include "corpus_words.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;

namespace {

constexpr std::uint32_t kMinDf = 3;

}  // namespace

int main(int argc, char** argv) try {
  const auto shared = statute::testing::shared_dir();
  if (!shared) throw Error("corpus_df", "needs ../shared/corpus-sample (LAWDIFF_SHARED overrides)");
  statute::Library lib({});
  const std::vector<const statute::Act*> acts = bench::corpus_acts(*shared, lib, {"corpus-sample"}, true);
  const align::detail::CorpusCounts counts = align::detail::count_corpus(acts);
  const std::string text = align::detail::corpus_table_text(counts.df, counts.docs, kMinDf);
  const align::detail::CorpusFrequencies table = align::detail::CorpusFrequencies::parse(text, "corpus_df");
  if (argc > 1) {
    std::ofstream out(argv[1], std::ios::binary);
    out << text;
    if (!out) throw Error(argv[1], "cannot write");
  } else {
    std::cout << text;
  }
  std::cerr << fmt::format("corpus_df: {} statutes, {} paragraphs, {} features with df >= {}, {} bytes\n", acts.size(),
                           table.docs(), table.size(), kMinDf, text.size());
  return 0;
} catch (const Error& e) {
  std::cerr << "corpus_df: " << e.what() << "\n";
  return 2;
}
