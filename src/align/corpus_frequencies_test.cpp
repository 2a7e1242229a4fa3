// The corpus document-frequency table: its text format, lookups, and the
// compiled-in table.
#include <doctest/doctest.h>

#include "align/corpus_frequencies.hpp"
#include "base/error.hpp"

namespace lawdiff::align::detail {
namespace {

TEST_CASE("corpus frequencies: a table is read and looked up by kind and feature; absent features are 0") {
  const CorpusFrequencies t = CorpusFrequencies::parse("#docs\t10\nb数据\t4\nw数据\t3\nw罚款\t7\n", "t");
  CHECK(t.docs() == 10);
  CHECK(t.size() == 3);
  CHECK(t.df(true, "数据") == 4);
  CHECK(t.df(false, "数据") == 3);  // a word and a bigram of the same text are two features
  CHECK(t.df(false, "罚款") == 7);
  CHECK(t.df(true, "罚款") == 0);
  CHECK(t.df(false, "数") == 0);
  CHECK(CorpusFrequencies().df(false, "罚款") == 0);
  CHECK(CorpusFrequencies().docs() == 0);
}

TEST_CASE("corpus frequencies: a damaged table is an error naming the line, not a silent miss") {
  CHECK_THROWS_AS(CorpusFrequencies::parse("", "t"), Error);
  CHECK_THROWS_AS(CorpusFrequencies::parse("b数据\t4\n", "t"), Error);                    // no header
  CHECK_THROWS_AS(CorpusFrequencies::parse("#docs\tmany\n", "t"), Error);                 // count not a number
  CHECK_THROWS_AS(CorpusFrequencies::parse("#docs\t0\n", "t"), Error);                    // no paragraphs
  CHECK_THROWS_AS(CorpusFrequencies::parse("#docs\t10\nb数据 4\n", "t"), Error);          // no tab
  CHECK_THROWS_AS(CorpusFrequencies::parse("#docs\t10\nx数据\t4\n", "t"), Error);         // neither word nor bigram
  CHECK_THROWS_AS(CorpusFrequencies::parse("#docs\t10\nb数据\t4x\n", "t"), Error);        // df not a number
  CHECK_THROWS_AS(CorpusFrequencies::parse("#docs\t10\nw罚款\t4\nb数据\t3\n", "t"), Error);  // unsorted
  try {
    (void)CorpusFrequencies::parse("#docs\t10\nw罚款\t4\nb数据\t3\n", "t.tsv");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("t.tsv:3") != std::string::npos);
  }
  CHECK(CorpusFrequencies::parse("#docs\t10\nb数据\t4", "t").df(true, "数据") == 4);  // no final newline
}

TEST_CASE("corpus frequencies: counts become a table of the keys frequent enough, which copies keep") {
  const std::unordered_map<std::string, std::uint32_t> counts = {{"w罚款", 9}, {"b数据", 2}, {"w数据", 5}, {"wbad\tkey", 7}};
  CHECK(corpus_table_text(counts, 20, 3) == "#docs\t20\nw数据\t5\nw罚款\t9\n");
  CorpusFrequencies copy;
  {
    const CorpusFrequencies t = CorpusFrequencies::from_counts(counts, 20, 3);
    copy = t;
  }
  CHECK(copy.df(false, "罚款") == 9);  // the entries outlive the table they came from
  CHECK(copy.df(true, "数据") == 0);
  CHECK(copy.size() == 2);
}

TEST_CASE("corpus frequencies: the compiled-in table has the corpus's common legal words") {
  const CorpusFrequencies& t = CorpusFrequencies::builtin();
  CHECK(t.docs() > 10000);
  CHECK(t.size() > 10000);
  CHECK(t.df(false, "罚款") > 100);
  CHECK(t.df(false, "罚款") < t.docs());
  CHECK(t.df(true, "罚款") >= t.df(false, "罚款"));  // every word 罚款 has the bigram
  CHECK(t.df(false, "人工智能") < t.df(false, "罚款"));
}

}  // namespace
}  // namespace lawdiff::align::detail
