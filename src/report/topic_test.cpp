#include <doctest/doctest.h>

#include <cstdlib>
#include <iostream>

#include "report/topic.hpp"
#include "statute/loader.hpp"
#include "support/fixtures.hpp"
#include "text/utf8_validate.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

statute::Act act_from(std::string_view text, std::string title) {
  statute::Act act{{}, statute::parse_bytes(text, "t.txt")};
  act.info.title = std::move(title);
  return act;
}

TEST_CASE("titled articles are labelled by their 【title】") {
  const auto &gd = statute::testing::embedded_library().get("gd");
  auto topics = article_topics(gd);
  REQUIRE(topics.size() == gd.doc.articles.size());
  for (std::size_t i = 0; i < topics.size(); ++i)
    CHECK(topics[i] == gd.doc.articles[i].title);
}

TEST_CASE("untitled articles: the subject of the first informative clause") {
  const auto &sz = statute::testing::embedded_library().get("sz");
  auto topics = article_topics(sz);
  REQUIRE(topics.size() == 73);
  CHECK(topics == article_topics(sz));
  if (std::getenv("LAWDIFF_PRINT_TOPICS")) {
    for (std::size_t i = 0; i < topics.size(); ++i)
      std::cout << i + 1 << ' ' << topics[i] << '\n';
  }
  // Set forms, the actor and modal dropped, the act's own subject dropped
  // from the front, a list before 等 shortened to its first item.
  CHECK(topics[0] == "立法目的");
  CHECK(topics[1] == "人工智能的定义");
  CHECK(topics[3] == "人工智能产业发展原则"); // not 引领、驱动、人为 (ICU split 以人为本)
  CHECK(topics[5] == "人工智能产业主管部门"); // not 工业、以下、资源 (以下简称)
  CHECK(topics[8] == "统计分类标准");
  CHECK(topics[15] == "重点实验室等创新载体");
  CHECK(topics[27] == "数据中心运行评估评价体系");
  CHECK(topics[39] == "技术在社会治理等领域的应用");
  CHECK(topics[68] == "遵守伦理安全规范"); // 将X纳入Y: X
  CHECK(topics[72] == "施行日期");
  for (std::size_t i = 0; i < topics.size(); ++i) {
    const std::string &t = topics[i];
    CAPTURE(i + 1);
    CAPTURE(t);
    CHECK(!t.empty());
    CHECK(text::display_width(t) <= 26);
    CHECK(text::first_invalid_utf8(t) == std::string_view::npos);
    for (std::string_view boilerplate : {"以下", "本条例", "应当", "有关", "相关", "的", "、", "和"}) {
      CHECK_FALSE(std::string_view(t).starts_with(boilerplate));
    }
    // Taken from the article's text (a list before 等 cut to its first
    // item), except the set forms' own words.
    const bool set_form = t == "立法目的" || t == "施行日期" || t.ends_with("的定义") || t.ends_with("原则");
    const std::string body = statute::article_text(sz.doc.articles[i]);
    const std::size_t etc = t.find("等");
    if (!set_form) CHECK(body.find(t.substr(0, etc)) != std::string::npos);
    if (!set_form && etc != std::string::npos) CHECK(body.find(t.substr(etc)) != std::string::npos);
  }
}

TEST_CASE("untitled articles: set forms, actors, adverbial clauses") {
  const statute::Act act = act_from("测试市数据条例\n\n"
                                    "第一条 为了规范数据处理活动，根据有关法律，制定本条例。\n"
                                    "第二条 本条例所称数据，是指任何以电子方式对信息的记录。\n"
                                    "第三条 本条例适用于本市行政区域内的数据处理活动。\n"
                                    "第四条 市人民政府应当建立健全数据安全协调机制。\n"
                                    "第五条 市数据管理部门应当按照国家有关规定，制定数据分类分级目录。\n"
                                    "第六条 从事数据处理的组织或者个人，应当履行数据安全保护义务。\n"
                                    "第七条 本条例自2023年7月1日起施行。\n",
                                    "测试市数据条例");
  const std::vector<std::string> expected = {"立法目的",         "数据的定义",           "适用范围", "数据安全协调机制",
                                             "数据分类分级目录", "履行数据安全保护义务", "施行日期"};
  const std::vector<std::string> got = article_topics(act);
  for (std::size_t i = 0; i < got.size(); ++i)
    MESSAGE(got[i]);
  CHECK(got == expected);
}

TEST_CASE("untitled articles: odd text still gives a short, valid label") {
  const std::string long_latin(300, 'x');
  const statute::Act act =
      act_from("第一条 ，。；\n第二条 " + long_latin +
                   "\n第三条 应当\n第四条 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\n",
               "条例");
  for (const std::string &t : article_topics(act)) {
    CAPTURE(t);
    CHECK(text::display_width(t) <= 26);
    CHECK(text::first_invalid_utf8(t) == std::string_view::npos);
  }
}

TEST_CASE("untitled articles: penalty articles, boilerplate and cut words never make the label") {
  const statute::Act act = act_from(
      "第一条 违反本法规定，拒不配合数据调取的，由国家安全机关依照有关规定予以处罚。\n"
      "第二条 违反本法第二十一条规定新建、改建、扩建建设项目的，由国家安全机关责令改正，予以警告。\n"
      "第三条 经设区的市级以上国家安全机关负责人批准，可以使用传唤证传唤。\n"
      "第四条 市人民政府数据主管部门负责本条例的组织实施，区人民政府确定的部门负责本辖区内的数据服务监督管理工作。\n"
      "第五条 市场主体开展数据交易，可以通过依法设立的交易场所进行。交易场所应当：\n",
      "中华人民共和国测试法");
  const std::vector<std::string> topics = article_topics(act);
  REQUIRE(topics.size() == 5);
  CHECK(topics[0] == "拒不配合数据调取的法律责任");
  CHECK(topics[1] == "法律责任"); // the conduct is too long to precede it
  CHECK(topics[2] == "使用传唤证传唤"); // not 人批准 (ICU: 负责|人)
  CHECK(topics[3] == "组织实施");       // not 内的数据服务… (ICU: 辖区|内的)
  for (const std::string &t : topics) {
    CAPTURE(t);
    for (std::string_view b : {"应当", "本法", "本条例", "有关", "以下简称"}) CHECK(t.find(b) == std::string::npos);
  }
}

} // namespace
} // namespace lawdiff::report
