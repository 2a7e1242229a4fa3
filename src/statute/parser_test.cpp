#include "statute/parser.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.hpp"
#include "statute/loader.hpp"
#include "support/fixtures.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::statute {
namespace {

Document parse_text(const std::string& s) { return parse(s, "test"); }

/// Every byte belongs to exactly one node, in order.
void check_lossless(const Document& doc) {
  std::size_t at = 0;
  for (const Node& n : doc.nodes) {
    REQUIRE(n.span.begin == at);
    REQUIRE(n.span.end >= n.span.begin);
    at = n.span.end;
  }
  CHECK(at == doc.text.size());
}

struct ExpectedArticle {
  int article, chapter, paragraphs, items;
};

std::vector<ExpectedArticle> read_structure(const std::string& name) {
  std::ifstream in(std::string(LAWDIFF_EVAL_DIR) + "/" + name);
  std::vector<ExpectedArticle> rows;
  std::string header;
  std::getline(in, header);
  ExpectedArticle e{};
  while (in >> e.article >> e.chapter >> e.paragraphs >> e.items) rows.push_back(e);
  return rows;
}

void check_structure(const std::string& id, const std::string& file) {
  const Act& act = testing::embedded_library().get(id);
  auto expected = read_structure(file);
  REQUIRE(!expected.empty());
  REQUIRE(act.doc.articles.size() == expected.size());
  for (std::size_t k = 0; k < expected.size(); ++k) {
    const Article& a = act.doc.articles[k];
    INFO(id << " article " << expected[k].article);
    CHECK(a.number == expected[k].article);
    CHECK(a.chapter == expected[k].chapter);
    CHECK(a.paragraphs.size() == static_cast<std::size_t>(expected[k].paragraphs));
    CHECK(item_count(a) == expected[k].items);
  }
}

}  // namespace

TEST_CASE("the Shenzhen act matches the reference structure") {
  check_structure("sz", "structure-shenzhen.tsv");
}

TEST_CASE("the Guangdong draft matches the reference structure") {
  check_structure("gd", "structure-guangdong.tsv");
}

TEST_CASE("both seed acts are partitioned losslessly") {
  for (const char* id : {"sz", "gd"}) {
    check_lossless(testing::embedded_library().get(id).doc);
  }
}

TEST_CASE("seed metadata comes from the text") {
  const Document& sz = testing::embedded_library().get("sz").doc;
  CHECK(sz.meta.title == "深圳经济特区人工智能产业促进条例");
  CHECK(sz.meta.adopted == "2022-08-30");
  CHECK(sz.meta.promulgated == "2022-09-05");
  CHECK(sz.meta.effective == "2022-11-01");
  CHECK(sz.meta.announcement == "第六十四号");
  CHECK(sz.meta.status == ActStatus::unknown);
  const Document& gd = testing::embedded_library().get("gd").doc;
  CHECK(gd.meta.title == "广东省人工智能发展促进条例");
  CHECK(gd.meta.draft_marker == "征求意见稿");
  CHECK(gd.meta.status == ActStatus::draft);
}

TEST_CASE("the Shenzhen source URL is trailing matter, not part of article 73") {
  const Document& sz = testing::embedded_library().get("sz").doc;
  CHECK(article_text(sz.articles.back()) == "本条例自 2022年 11月 1日起施行。");
  CHECK(sz.nodes.back().kind == NodeKind::trailing_matter);
}

TEST_CASE("a 《title》 split across a page break is joined") {
  const Document& sz = testing::embedded_library().get("sz").doc;
  const Article& a72 = sz.articles[71];
  REQUIRE(a72.paragraphs.size() == 3);
  CHECK(a72.paragraphs[2].text.find("《中华人民共和国民法典》以及") != std::string::npos);
  CHECK(a72.paragraphs[1].items.size() == 7);
}

TEST_CASE("markdown: title, headings, table of contents, inserted articles") {
  Document doc = parse_text(
      "# 中华人民共和国测试法\n\n2020年12月26日 第十三届全国人民代表大会常务委员会第二十四次会议通过\n\n"
      "<!-- INFO END -->\n\n目录\n\n第一章 总则\n\n第二章 附则\n\n## 第一章 总则\n\n"
      "第一条 为了测试，制定本法。\n\n第一条之一 插入的条文。\n\n第二条 有下列情形之一的：\n\n"
      "（一）第一项；\n\n（二）第二项：\n\n1. 第一目；\n\n2. 第二目。\n\n前款规定以外的。\n\n"
      "## 第二章 附则\n\n第三条 本法自2021年3月1日起施行。\n");
  check_lossless(doc);
  CHECK(doc.meta.title == "中华人民共和国测试法");
  CHECK(doc.meta.adopted == "2020-12-26");
  CHECK(doc.meta.effective == "2021-03-01");
  REQUIRE(doc.articles.size() == 4);
  CHECK(doc.articles[1].number == 1);
  CHECK(doc.articles[1].suffix == 1);
  CHECK(doc.articles[1].label == "第一条之一");
  const Article& a2 = doc.articles[2];
  REQUIRE(a2.paragraphs.size() == 2);
  REQUIRE(a2.paragraphs[0].items.size() == 2);
  CHECK(a2.paragraphs[0].items[1].subitems.size() == 2);
  CHECK(a2.paragraphs[1].text == "前款规定以外的。");
  REQUIRE(doc.divisions.size() == 2);
  CHECK(doc.divisions[0].first_article == 0);
  CHECK(doc.divisions[1].first_article == 3);
  CHECK(doc.articles[3].chapter == 2);
  CHECK(doc.warnings.empty());
}

TEST_CASE("article titles in 【】 and full-width numbering") {
  Document doc = parse_text("第１条【目的】\n为了测试。\n第２条　第二条的文字。\n");
  REQUIRE(doc.articles.size() == 2);
  CHECK(doc.articles[0].title == "目的");
  CHECK(doc.articles[0].paragraphs[0].text == "为了测试。");
  CHECK(doc.articles[1].number == 2);
  CHECK(doc.articles[1].paragraphs[0].text == "第二条的文字。");
}

TEST_CASE("lines inside an article that look like Markdown or a URL keep their text") {
  Document doc = parse_text("第一条 甲。\n\n# 不是标题\n\nhttps://example.com/x\n\n第二条 乙。\n");
  REQUIRE(doc.articles.size() == 2);
  const auto& paras = doc.articles[0].paragraphs;
  REQUIRE(paras.size() == 3);
  CHECK(paras[1].text == "# 不是标题");
  CHECK(paras[2].text == "https://example.com/x");
}

TEST_CASE("running text that mentions an article is not an article") {
  Document doc = parse_text("第一条 甲。\n第二条 乙：\n第一条规定的情形除外。\n");
  REQUIRE(doc.articles.size() == 2);
  CHECK(doc.articles[1].paragraphs.size() == 2);
}

TEST_CASE("numbering gaps and duplicates are warned about") {
  Document doc = parse_text("第一条 甲。\n第三条 乙。\n第三条 丙。\n");
  REQUIRE(doc.warnings.size() == 2);
  CHECK(doc.warnings[0].message == "article numbering gap: 第三条 follows 第一条");
  CHECK(doc.warnings[0].line == 2);
  CHECK(doc.warnings[1].message == "duplicate article number: 第三条 follows 第三条");
}

TEST_CASE("text between a heading and the first article is warned about") {
  Document doc = parse_text("第一章 总则\n第一条 甲。\n第二章 附则\n说明文字\n第二条 乙。\n");
  check_lossless(doc);
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].message == "text outside any article: 说明文字");
}

TEST_CASE("a text without articles has none") {
  Document doc = parse_text("这不是法规。\n只是两行字。\n");
  CHECK(doc.articles.empty());
  check_lossless(doc);
  CHECK_THROWS_AS(require_articles(doc), Error);
}

TEST_CASE("a warning quoting a long stray line cuts it between characters") {
  // A heading with a stray full-width dash is no article heading: the line
  // is text outside any article, quoted shortened (it used to be cut at
  // byte 60, inside 扩建's 建: invalid UTF-8 on stderr and in the JSON).
  Document doc = parse_text(
      "第一章 总则\n第一条 甲。\n第二章 规划\n"
      "第三十－条 在城乡规划区内新建、改建、扩建建筑物的，应当依法办理规划许可手续，并按照批准的内容进行建设。\n"
      "第二条 乙。\n");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0].message ==
        "text outside any article: 第三十－条 在城乡规划区内新建、改建、扩建建筑物的，应当依法办理规划许可手续，…");
  CHECK(lawdiff::text::first_invalid_utf8(doc.warnings[0].message) == std::string_view::npos);
}

}  // namespace lawdiff::statute
