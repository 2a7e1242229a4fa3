// The parser against ../shared/corpus-sample: no crash, lossless, and the
// article sequence agrees with an independent line-start scan. Skipped when
// ../shared is absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>

#include "statute/loader.hpp"
#include "support/fixtures.hpp"
#include "text/numerals.hpp"

namespace lawdiff::statute {
namespace {

namespace fs = std::filesystem;

/// Reads a run of numeral characters (UTF-8, as written) starting at `i`.
std::string numeral_run(std::string_view line, std::size_t& i) {
  static const std::vector<std::string_view> numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九",
                                                          "十", "百", "千", "零", "〇", "两"};
  std::string run;
  for (bool more = true; more && i < line.size();) {
    more = false;
    if (line[i] >= '0' && line[i] <= '9') {
      run += line[i++];
      more = true;
      continue;
    }
    for (std::string_view n : numerals) {
      if (line.substr(i).starts_with(n)) {
        run += n;
        i += n.size();
        more = true;
        break;
      }
    }
  }
  return run;
}

/// An independent scan: a line (after spaces, U+3000 and '#') that starts
/// with 第<numerals>条[之<numerals>] followed by a space, 【 or the line's
/// end. Deliberately simple byte matching, not the parser's cursor. (Not
/// std::regex: GCC 12 warns inside <regex> under ASan, and -Werror.)
std::optional<std::pair<int, int>> scan_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t' || line[i] == '#') ++i;
    else if (line.substr(i).starts_with("　")) i += 3;
    else break;
  }
  if (!line.substr(i).starts_with("第")) return std::nullopt;
  i += 3;
  std::string number = numeral_run(line, i);
  if (number.empty() || !line.substr(i).starts_with("条")) return std::nullopt;
  i += 3;
  std::string suffix;
  if (line.substr(i).starts_with("之")) {
    std::size_t j = i + 3;
    suffix = numeral_run(line, j);
    if (!suffix.empty()) i = j;
  }
  std::string_view rest = line.substr(i);
  if (!(rest.empty() || rest[0] == ' ' || rest[0] == '\t' || rest.starts_with("　") || rest.starts_with("【"))) {
    return std::nullopt;
  }
  int n = text::parse_number(number).value_or(-1);
  int sfx = suffix.empty() ? 0 : text::parse_number(suffix).value_or(-1);
  return std::pair{n, sfx};
}

std::vector<std::pair<int, int>> scan_article_lines(const std::string& text) {
  std::vector<std::pair<int, int>> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (auto found = scan_line(line)) out.push_back(*found);
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
