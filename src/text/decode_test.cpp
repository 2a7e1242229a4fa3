#include "text/decode.hpp"

#include <doctest/doctest.h>

#include <string>

using lawdiff::text::decode;
using lawdiff::text::DecodeError;

namespace {

const std::string kText = "第一条 中华人民共和国";

// UTF-16 bytes of `kText`, which is all BMP.
std::string utf16(bool little_endian) {
  std::u16string u = u"第一条 中华人民共和国";
  std::string out;
  for (char16_t c : u) {
    const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

std::string error_of(std::string_view bytes, std::string_view forced = {}) {
  try {
    decode(bytes, forced);
  } catch (const DecodeError& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("decode: plain UTF-8 passes through") {
  const auto d = decode(kText);
  CHECK(d.utf8 == kText);
  CHECK(d.encoding == "UTF-8");
  CHECK(decode("").utf8.empty());
}

TEST_CASE("decode: UTF-8 BOM is stripped") {
  const auto d = decode("\xEF\xBB\xBF" + kText);
  CHECK(d.utf8 == kText);
  CHECK(d.encoding == "UTF-8");
}

TEST_CASE("decode: UTF-16 with BOM") {
  const auto le = decode(std::string("\xFF\xFE") + utf16(true));
  CHECK(le.utf8 == kText);
  CHECK(le.encoding == "UTF-16LE");
  const auto be = decode(std::string("\xFE\xFF") + utf16(false));
  CHECK(be.utf8 == kText);
  CHECK(be.encoding == "UTF-16BE");
}

TEST_CASE("decode: UTF-32LE with BOM") {
  std::string bytes("\xFF\xFE\x00\x00", 4);
  for (char c : std::string("ab")) bytes += std::string{c, '\0', '\0', '\0'};
  const auto d = decode(bytes);
  CHECK(d.utf8 == "ab");
  CHECK(d.encoding == "UTF-32LE");
}

TEST_CASE("decode: long UTF-16 with surrogate pairs") {
  std::string bytes("\xFF\xFE");
  std::string expected;
  for (int k = 0; k < 5000; ++k) {
    bytes += std::string("a\0\x3D\xD8\x00\xDE", 6);  // "a😀" in UTF-16LE
    expected += "a\xF0\x9F\x98\x80";
  }
  CHECK(decode(bytes).utf8 == expected);
}

TEST_CASE("decode: GB18030 is detected") {
  const std::string gb = "\xB5\xDA\xD2\xBB\xCC\xF5\x20\xD6\xD0\xBB\xAA\xC8\xCB\xC3\xF1\xB9\xB2\xBA\xCD\xB9\xFA";
  const auto d = decode(gb);
  CHECK(d.utf8 == kText);
  CHECK(d.encoding == "GB18030");
  CHECK(decode(gb, "GBK").utf8 == kText);
}

TEST_CASE("decode: invalid UTF-8 reports the exact offset") {
  CHECK(error_of("abc\xFFxyz") == "invalid UTF-8 at byte offset 3");
  CHECK(error_of("\xEF\xBB\xBF" "ab\xC0\x80") == "invalid UTF-8 at byte offset 5");
  CHECK(error_of("第一条 \xE4\xB8") == "invalid UTF-8 at byte offset 10");  // cut off by the end
  CHECK(error_of("第一条\xB5\xDA二条") == "invalid UTF-8 at byte offset 9");  // UTF-8 with a stray GBK char
  try {
    decode("12345678\x80");
    FAIL("no error");
  } catch (const DecodeError& e) {
    CHECK(e.offset() == 8);
  }
}

TEST_CASE("decode: forced and failed conversions report offsets") {
  CHECK(error_of("ab\xE4\xB8z", "UTF-8") == "invalid UTF-8 at byte offset 2");
  CHECK(error_of(std::string("\xFF\xFE") + "a", {}) == "invalid UTF-16LE at byte offset 2");
}

TEST_CASE("decode: NUL byte means binary") {
  CHECK(error_of(std::string("ab\0cd", 5)) == "binary file (NUL byte at offset 2)");
}

TEST_CASE("decode: forced encodings") {
  CHECK(error_of("abc", "NO-SUCH-CHARSET") == "unknown encoding NO-SUCH-CHARSET");
  CHECK(decode(std::string("\xFF\xFE") + utf16(true), "UTF-16LE").utf8 == kText);
  CHECK(error_of("ab\xFF", "UTF-8") == "invalid UTF-8 at byte offset 2");
}
