#include "cite/xref.hpp"

// GCC 12 reports a false -Wrestrict inside std::string assignment at -O3
// (GCC bug 105329); nothing here overlaps.
#pragma GCC diagnostic ignored "-Wrestrict"

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <algorithm>

#include "statute/loader.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;

namespace {

std::vector<std::string> rows(const std::vector<cite::CrossReference>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) {
    std::string row = fmt::format("{} {} -> {} {}", cite::provision_id(r.source), r.text, r.target,
                                  cite::xref_kind_name(r.kind));
    if (!r.note.empty()) row += fmt::format(" ({})", r.note);
    out.push_back(row);
  }
  return out;
}

}  // namespace

TEST_CASE("refs: Shenzhen art. 72 para. 3's 前款 is sz:72.2, and the Civil Code is external") {
  auto& lib = statute::testing::embedded_library();
  cite::Resolver resolver(lib);
  const auto found = rows(cite::find_cross_references(resolver, lib, lib.get("sz")));
  CHECK(std::find(found.begin(), found.end(), "sz:72.3 前款 -> sz:72.2 internal") != found.end());
  CHECK(std::find(found.begin(), found.end(), "sz:72.3 《中华人民共和国民法典》 -> 《中华人民共和国民法典》 external") !=
        found.end());
}

TEST_CASE("refs: every internal form, on an in-memory act") {
  const std::string text =
      "测试条例\n\n第一章 总则\n\n第一条 为了测试，制定本条例。\n\n"
      "第二条 甲内容。\n乙内容。\n违反前两款规定的，依照本条例第一条处理。\n\n"
      "第三条 本条第一款和第二条第二款规定的情形，适用本条例第九十九条。\n"
      "依照《中华人民共和国民法典》第一千一百六十五条第一款和前款处理。\n";
  statute::Act act{{}, statute::parse_bytes(text, "t")};
  act.info.id.assign("t");
  act.info.title.assign("测试条例");
  auto& lib = statute::testing::embedded_library();
  cite::Resolver resolver(lib);
  CHECK(rows(cite::find_cross_references(resolver, lib, act)) ==
        std::vector<std::string>{
            "t:2.3 前两款 -> t:2.1, t:2.2 internal",
            "t:2.3 本条例第一条 -> t:1 internal",
            "t:3.1 本条第一款 -> t:3.1 internal",
            "t:3.1 第二条第二款 -> t:2.2 internal",
            "t:3.1 本条例第九十九条 ->  unresolved (测试条例 has 3 articles (第一条–第三条))",
            "t:3.2 《中华人民共和国民法典》第一千一百六十五条第一款 -> 《中华人民共和国民法典》第一千一百六十五条第一款 external",
            "t:3.2 前款 -> t:3.1 internal",
        });
}
