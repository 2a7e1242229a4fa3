// Version stamps, work keys and version qualifiers, on in-memory texts.
#include "statute/version.hpp"

#include <doctest/doctest.h>

#include "statute/loader.hpp"

using namespace lawdiff::statute;

TEST_CASE("read_version: the latest 修正/修订 date the front matter records") {
  const Document doc = parse_bytes(
      "# 中华人民共和国测试法\n\n（2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过　"
      "根据2018年10月26日第十三届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国测试法〉的决定》修正　"
      "2023年4月26日第十四届全国人民代表大会常务委员会第二次会议修订）\n\n第一条 为了测试，制定本法。\n",
      "测试法(2023-04-26).md");
  const VersionStamp v = read_version(doc, "测试法(2023-04-26).md");
  CHECK(v.date == "2023-04-26");
  CHECK(v.kind == "修订");
  CHECK(version_label(v) == "2023年修订");
}

TEST_CASE("read_version: adoption only, else the file name's date") {
  const Document adopted = parse_bytes("测试条例\n\n（2020年5月6日通过）\n\n第一条 为了测试，制定本条例。\n", "a.txt");
  CHECK(read_version(adopted, "a.txt").date == "2020-05-06");
  CHECK(read_version(adopted, "a.txt").kind == "通过");
  CHECK(version_label(read_version(adopted, "a.txt")) == "2020年");
  const Document bare = parse_bytes("第一条 为了测试，制定本条例。\n", "x");
  CHECK(read_version(bare, "dir/测试条例(2019-03-02).md").date == "2019-03-02");
  CHECK(read_version(bare, "dir/测试条例(2019-3-2).md").date.empty());
  CHECK(read_version(bare, "dir/测试条例.md").date.empty());
}

TEST_CASE("work_key: what versions of one act share") {
  CHECK(work_key("中华人民共和国公司法") == "公司法");
  CHECK(work_key("《中华人民共和国公司法》") == "公司法");
  CHECK(work_key("公司法（2018年修正）") == "公司法");
  CHECK(work_key("公司法(2018-10-26)") == "公司法");
  CHECK(work_key("测试条例（征求意见稿）") == "测试条例");
  CHECK(work_key("最高人民法院关于适用《中华人民共和国民事诉讼法》的解释") == "最高人民法院关于适用中华人民共和国民事诉讼法的解释");
  // A bracket that names, rather than qualifies, stays.
  CHECK(work_key("最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）") ==
        "最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定(一)");
  CHECK(work_key("中华人民共和国") == "中华人民共和国");
}

TEST_CASE("split_version: the qualifiers researchers write") {
  struct Case {
    const char* in;
    const char* name;
    int year;
  };
  for (const Case& c : {Case{"公司法（2018年修正）", "公司法", 2018}, Case{"公司法》（2018年修订）", "公司法》", 2018},
                        Case{"2018年《公司法》", "《公司法》", 2018}, Case{"公司法@2018", "公司法", 2018},
                        Case{"公司法", "公司法", 0}, Case{"公司法(2018-10-26)", "公司法(2018-10-26)", 0},
                        Case{"规定（一）", "规定（一）", 0}, Case{"公司法@18", "公司法@18", 0}, Case{"2018年", "2018年", 0}}) {
    CAPTURE(c.in);
    const VersionedName v = split_version(c.in);
    CHECK(v.name == c.name);
    CHECK(v.year == c.year);
  }
}
