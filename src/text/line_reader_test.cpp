#include "text/line_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <vector>

using lawdiff::text::LineReader;

namespace {
std::vector<std::string> all_lines(const std::string& input, std::size_t max_line, int* cut = nullptr) {
  std::istringstream in(input);
  LineReader r(in, max_line);
  std::vector<std::string> out;
  std::string_view line;
  while (r.next(line)) {
    out.emplace_back(line);
    if (cut != nullptr && r.truncated()) ++*cut;
  }
  return out;
}
}  // namespace

TEST_CASE("line reader: LF, CRLF, empty lines and a last line without newline") {
  CHECK(all_lines("a\r\nb\n\nc", 16) == std::vector<std::string>{"a", "b", "", "c"});
  CHECK(all_lines("", 16).empty());
  CHECK(all_lines("\n", 16) == std::vector<std::string>{""});
}

TEST_CASE("line reader: many lines across buffer refills") {
  std::string input;
  for (int i = 0; i < 100000; ++i) input += "sz:" + std::to_string(i % 73 + 1) + "\n";
  auto lines = all_lines(input, 64);
  REQUIRE(lines.size() == 100000);
  CHECK(lines[99999] == "sz:" + std::to_string(99999 % 73 + 1));
}

TEST_CASE("line reader: an overlong line is cut and the next line survives") {
  std::string input = std::string(200000, 'x') + "\nsz:1\n" + std::string(100, 'y');
  int cut = 0;
  auto lines = all_lines(input, 1000, &cut);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].size() == 1000);
  CHECK(lines[1] == "sz:1");
  CHECK(lines[2].size() == 100);
  CHECK(cut == 1);
}

TEST_CASE("repair_utf8 replaces ill-formed bytes") {
  CHECK(lawdiff::text::repair_utf8("a\xff" "b") == "a\uFFFDb");
  CHECK(lawdiff::text::repair_utf8("第一条") == "第一条");
}
