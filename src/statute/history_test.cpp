// The history lines of front matter (题注) read into Metadata::amendments,
// on in-memory texts shaped like the collections' and the PDFs'.
#include <doctest/doctest.h>

#include "statute/loader.hpp"
#include "statute/metadata.hpp"
#include "statute/version.hpp"
#include "support/fixtures.hpp"
#include "text/normalize.hpp"

using namespace lawdiff::statute;

namespace {

std::vector<Amendment> history_of(std::string_view front) {
  return read_history(lawdiff::text::fold_compact(front));
}

} // namespace

TEST_CASE("read_history: adoption and two 修正 with their decisions (立法法)") {
  const Document doc =
      parse_bytes("中华人民共和国立法法\n\n（2000年3月15日第九届全国人民代表大会第三次会议通过　根据2015年3月15日第十二"
                  "届全国人民代表大会"
                  "第三次会议《关于修改〈中华人民共和国立法法〉的决定》第一次修正　根据2023年3月13日第十四届全国人民代"
                  "表大会第一次会议"
                  "《关于修改〈中华人民共和国立法法〉的决定》第二次修正）\n\n第一条 为了规范立法活动，制定本法。\n",
                  "立法法.txt");
  const std::vector<Amendment> expected = {
      {"2000-03-15", "通过", "第九届全国人民代表大会第三次会议", ""},
      {"2015-03-15", "修正", "第十二届全国人民代表大会第三次会议", "关于修改〈中华人民共和国立法法〉的决定"},
      {"2023-03-13", "修正", "第十四届全国人民代表大会第一次会议", "关于修改〈中华人民共和国立法法〉的决定"},
  };
  CHECK(doc.meta.amendments == expected);
  CHECK(doc.meta.amended == "2023-03-13");
  CHECK(doc.meta.adopted == "2000-03-15");
}

TEST_CASE("read_history: one line per event, no brackets, a 修订 (反间谍法 2023)") {
  const Document doc =
      parse_bytes("# 中华人民共和国反间谍法\n\n2014年11月1日 第十二届全国人民代表大会常务委员会第十一次会议通过\n\n"
                  "2023年4月26日 第十四届全国人民代表大会常务委员会第二次会议修订）\n\n<!-- INFO END -->\n\n"
                  "## 第一章 总 则\n\n第一条 为了加强反间谍工作，制定本法。\n",
                  "反间谍法(2023-04-26).md");
  REQUIRE(doc.meta.amendments.size() == 2);
  CHECK(doc.meta.amendments[1] == Amendment{"2023-04-26", "修订", "第十四届全国人民代表大会常务委员会第二次会议", ""});
  CHECK(doc.meta.amended == "2023-04-26");
}

TEST_CASE("read_history: an act with no amendment has none (the embedded sz announcement)") {
  const auto h = history_of(
      "（第六十四号）《深圳经济特区人工智能产业促进条例》经深圳市第七届人民代表大会常务委员会第十一次会议于 2022年 8月 "
      "30日通过，"
      "现予公布，自 2022年 11月 1日起施行。深圳市人民代表大会常务委员会 2022年 9月 5日 深圳经济特区人工智能产业促进条例"
      "（2022 年 8月 30日深圳市第七届人民代表大会常务委员会第十一次会议通过）");
  // The announcement's 通过 and the history line's are one event; the
  // signature date and the 施行 date record none.
  REQUIRE(h.size() == 1);
  CHECK(h[0] == Amendment{"2022-08-30", "通过", "深圳市第七届人民代表大会常务委员会第十一次会议", ""});
  CHECK(latest_amendment(h) == nullptr);
}

TEST_CASE("read_history: the last event word of a clause is what happened") {
  SUBCASE("通过的《…决定》修正 is a 修正 by that meeting") {
    const auto h = history_of(
        "2016年11月25日 北京市第十四届人民代表大会常务委员会第三十一次会议通过的《关于修改部分地方性法规的决定》修正");
    REQUIRE(h.size() == 1);
    CHECK(h[0] == Amendment{"2016-11-25", "修正", "北京市第十四届人民代表大会常务委员会第三十一次会议",
                            "关于修改部分地方性法规的决定"});
  }
  SUBCASE("修订通过 is a 修订; an order's 公布 is who published it") {
    const auto h = history_of("2002年1月26日 中华人民共和国国务院令第344号公布\n2011年2月16日 "
                              "国务院第144次常务会议修订通过\n2011年3月1日 施行");
    REQUIRE(h.size() == 2);
    CHECK(h[0] == Amendment{"2002-01-26", "公布", "中华人民共和国国务院令第344号", ""});
    CHECK(h[1] == Amendment{"2011-02-16", "修订", "国务院第144次常务会议", ""});
  }
  SUBCASE("批准第一次修订: the ordinal belongs to the event") {
    const auto h = history_of("1994年7月13日 国务院批准第一次修订 1994年7月15日 公安部、外交部、交通部发布");
    REQUIRE(h.size() == 2);
    CHECK(h[0] == Amendment{"1994-07-13", "修订", "国务院", ""});
    CHECK(h[1] == Amendment{"1994-07-15", "发布", "公安部、外交部、交通部", ""});
  }
  SUBCASE("a 修正案 adopted amends the act (宪法)") {
    const auto h = history_of("2018年3月11日 第十三届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》");
    REQUIRE(h.size() == 1);
    CHECK(h[0].kind == "修正");
    CHECK(h[0].decision == "中华人民共和国宪法修正案");
  }
  SUBCASE("a decision written around the title it amends") {
    const auto h = history_of("1999年7月12日上海市第十一届人民代表大会常务委员会第十一次会议关于修改《上海市实施〈中华"
                              "人民共和国残疾人保障法〉办法》的决定修正");
    REQUIRE(h.size() == 1);
    CHECK(h[0] == Amendment{"1999-07-12", "修正", "上海市第十一届人民代表大会常务委员会第十一次会议",
                            "关于修改〈上海市实施〈中华人民共和国残疾人保障法〉办法〉的决定"});
  }
  SUBCASE("the event inside the decision's brackets, a collection's slip") {
    const auto h = history_of("2012年1月13日 "
                              "山东省第十一届人民代表大会常务委员会第二十八次会议《关于修改<山东省环境噪声污染防治条例>"
                              "等二十五件地方性法规的决定修正》");
    REQUIRE(h.size() == 1);
    CHECK(h[0].kind == "修正");
    CHECK(h[0].decision == "关于修改<山东省环境噪声污染防治条例>等二十五件地方性法规的决定");
  }
}

TEST_CASE("read_history: two bodies adopt one interpretation on two dates") {
  const auto h = history_of("2024年11月4日 "
                            "最高人民法院审判委员会第1930次会议、2024年6月27日最高人民检察院第十四届检察委员会第三十二"
                            "次会议通过\n2025年1月18日 施行");
  REQUIRE(h.size() == 2);
  CHECK(h[0] == Amendment{"2024-06-27", "通过", "最高人民检察院第十四届检察委员会第三十二次会议", ""});
  CHECK(h[1] == Amendment{"2024-11-04", "通过", "最高人民法院审判委员会第1930次会议", ""});
}

TEST_CASE("read_history: what is not a history line") {
  // A 施行 date, then the preamble: its 通过 is no event of that date.
  CHECK(history_of("2004年9月6日 施行为依法惩治犯罪活动，经会议讨论通过如下解释").empty());
  // A table of contents after the last history line.
  const auto h = history_of(
      "2022年5月25日 北京市第十五届人民代表大会常务委员会第三十九次会议通过 第四章 计划调整审查和批准 第五章 附则");
  REQUIRE(h.size() == 1);
  CHECK(h[0].kind == "通过");
  CHECK(history_of("").empty());
  CHECK(history_of("2020年1月1日").empty());
  CHECK(history_of("2020年1月1日《关于修改").empty());
  CHECK(history_of("2020年1月1日》》修正")[0].kind == "修正");
}

TEST_CASE("read_history: real statutes from ../shared, and read_version reads the same history") {
  const auto shared = testing::shared_dir();
  if (!shared) {
    MESSAGE("../shared absent: skipped");
    return;
  }
  struct Case {
    const char *file;
    std::size_t events;
    const char *amended;
    const char *version_kind;
  };
  for (const Case &c : {Case{"corpus-sample/行政法/反间谍法(2014-11-01).md", 1, "", "通过"},
                        Case{"corpus-dev/行政法/反间谍法(2023-04-26).md", 2, "2023-04-26", "修订"},
                        Case{"corpus-sample/宪法相关法/全国人民代表大会和地方各级人民代表大会代表法(2025-03-11).md", 5,
                             "2025-03-11", "修正"},
                        Case{"corpus-sample/宪法/宪法.md", 7, "2018-03-11", "修正"}}) {
    CAPTURE(c.file);
    const std::filesystem::path path = *shared / c.file;
    if (!std::filesystem::exists(path)) continue;
    const Document doc = load_file(path.string(), "");
    CHECK(doc.meta.amendments.size() == c.events);
    CHECK(doc.meta.amended == c.amended);
    const VersionStamp v = read_version(doc, path.string());
    CHECK(v.kind == c.version_kind);
    CHECK(v.date == doc.meta.amendments.back().date);
  }
}

TEST_CASE("read_history: a hostile front matter of repeated dates is merged, not compared pairwise") {
  std::string front;
  for (int i = 0; i < 50000; ++i) front += "2020年1月1日通过　";
  front += "2021年2月3日《关于修改〈测试条例〉的决定修订";  // unbalanced 《
  const auto h = history_of(front);
  REQUIRE(h.size() == 1);
  CHECK(h[0].date == "2020-01-01");
}
