// The parser against ../shared/corpus-sample: no crash, lossless, and the
// article sequence agrees with an independent line-start scan. Skipped when
// ../shared is absent.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "statute/loader.hpp"
#include "support/fixtures.hpp"
#include "text/numerals.hpp"

namespace lawdiff::statute {
namespace {

namespace fs = std::filesystem;

/// An independent scan: a line (after spaces and '#') that starts with
/// 第<numerals>条[之<numerals>] followed by a space, 【 or the line's end.
/// Deliberately written with std::regex, not the parser's cursor.
std::vector<std::pair<int, int>> scan_article_lines(const std::string& text) {
  static const std::string num = "((?:[0-9]|一|二|三|四|五|六|七|八|九|十|百|千|零|〇|两)+)";
  static const std::regex re("^(?:[ \\t#]|　)*第" + num + "条(?:之" + num + ")?(?:[ \\t]|　|【|$)");
  std::vector<std::pair<int, int>> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::smatch m;
    if (!std::regex_search(line, m, re)) continue;
    int number = text::parse_number(m[1].str()).value_or(-1);
    int suffix = m[2].matched ? text::parse_number(m[2].str()).value_or(-1) : 0;
    out.emplace_back(number, suffix);
  }
  return out;
}

std::vector<fs::path> sample_files(const fs::path& shared) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(shared / "corpus-sample")) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("corpus-sample: every file parses losslessly and article sequences match a line scan") {
  auto shared = testing::shared_dir();
  if (!shared) {
    MESSAGE("../shared/corpus-sample absent: skipped");
    return;
  }
  int with_articles = 0, agreeing = 0, without = 0;
  for (const fs::path& path : sample_files(*shared)) {
    std::string bytes = testing::read_file(path);
    Document doc = parse_bytes(bytes, path.string());
    std::size_t at = 0;
    for (const Node& n : doc.nodes) {
      REQUIRE(n.span.begin == at);
      at = n.span.end;
    }
    REQUIRE(at == doc.text.size());
    auto expected = scan_article_lines(doc.text);
    if (expected.empty() && doc.articles.empty()) {
      ++without;
      continue;
    }
    ++with_articles;
    std::vector<std::pair<int, int>> got;
    for (const Article& a : doc.articles) got.emplace_back(a.number, a.suffix);
    if (got == expected) {
      ++agreeing;
    } else {
      MESSAGE("article sequence differs: " << path.string() << " parser " << got.size() << " scan " << expected.size());
    }
  }
  MESSAGE("corpus-sample: " << agreeing << "/" << with_articles << " files agree; " << without << " without articles");
  CHECK(with_articles > 300);
  CHECK(agreeing * 100 >= with_articles * 99);
}

}  // namespace lawdiff::statute
