// The Library with an ActSource (what the corpus index is to it), through a
// fake source: titles as researchers write them, versions, parts, and the
// citation of an older version.
#include <doctest/doctest.h>

#include <map>

#include "base/error.hpp"
#include "cite/citation.hpp"
#include "cite/reference.hpp"
#include "statute/library.hpp"
#include "statute/version.hpp"

using namespace lawdiff;

namespace {

/// Two versions of 测试法 and a two-part 测试法典, keyed as the index keys them.
class FakeSource : public statute::ActSource {
 public:
  std::optional<statute::StoredAct> find(std::string_view name, int year) override {
    const std::string work = acts_.count(std::string(name)) ? "" : statute::work_key(name);
    if (work == "测试法" || name == "测试法(2023)" || name == "测试法(2014)") {
      if (year == 2014 || name == "测试法(2014)") return act("测试法(2014)", "中华人民共和国测试法", "2014-11-01", "2014年");
      if (year == 0 || year == 2023) return act("测试法(2023)", "中华人民共和国测试法", "2023-04-26", "");
      throw Error("《中华人民共和国测试法》", "no version of " + std::to_string(year));
    }
    if (work == "测试法典" || name == "总则" || name == "分则") {
      return act(name == "分则" ? "分则" : "总则", "测试法典", "2020-05-28", "");
    }
    return std::nullopt;
  }
  std::vector<std::string> parts_of(std::string_view id) override {
    if (id == "总则") return {"分则"};
    if (id == "分则") return {"总则"};
    return {};
  }
  std::vector<std::string> nearest_titles(std::string_view, std::size_t) override { return {"中华人民共和国测试法"}; }
  bool has_acts() override { return true; }

 private:
  statute::StoredAct act(const std::string& key, const std::string& title, const std::string& date,
                         const std::string& note) {
    statute::StoredAct s;
    s.info.id = key;
    s.info.title = s.info.short_title = title;
    s.info.version_date = date;
    s.info.version_note = note;
    s.text = acts_.at(key);
    return s;
  }
  std::map<std::string, std::string> acts_ = {
      {"测试法(2014)", "第一条 旧的第一条。\n\n第二条 旧的第二条。\n"},
      {"测试法(2023)", "第一条 新的第一条。\n\n第二条 新的第二条。\n\n第三条 新增的第三条。\n"},
      {"总则", "第一条 总则的第一条。\n\n第二条 总则的第二条。\n"},
      {"分则", "第三条 分则的第三条。\n\n第四条 分则的第四条。\n"},
  };
};

std::string cited(cite::Resolver& r, std::string_view ref, cite::Style style = cite::Style::full) {
  cite::Provision p;
  std::string why;
  if (!r.resolve(ref, p, why)) return "error: " + why;
  return cite::citation(p, style) + " " + cite::provision_text(p);
}

}  // namespace

TEST_CASE("references through an act source: short titles, versions, parts") {
  FakeSource source;
  statute::Library library({});
  library.set_source(&source);
  cite::Resolver r(library);
  CHECK(cited(r, "《测试法》第一条") == "《中华人民共和国测试法》第一条 新的第一条。");
  CHECK(cited(r, "中华人民共和国测试法第三条") == "《中华人民共和国测试法》第三条 新增的第三条。");
  CHECK(cited(r, "《测试法》（2014年）第二条") == "《中华人民共和国测试法》（2014年）第二条 旧的第二条。");
  CHECK(cited(r, "《测试法（2014年修正）》第二条") == "《中华人民共和国测试法》（2014年）第二条 旧的第二条。");
  CHECK(cited(r, "2014年《测试法》第一条") == "《中华人民共和国测试法》（2014年）第一条 旧的第一条。");
  CHECK(cited(r, "测试法@2014:1", cite::Style::short_) == "中华人民共和国测试法（2014年）第一条 旧的第一条。");
  CHECK(cited(r, "测试法(2014):1", cite::Style::id) == "测试法(2014):1 旧的第一条。");
  CHECK(cited(r, "测试法@2014:1", cite::Style::en) == "《中华人民共和国测试法》 (2014 version), art. 1 旧的第一条。");
  CHECK(cited(r, "《测试法》（2019年）第一条") == "error: 《中华人民共和国测试法》: no version of 2019");
  CHECK(cited(r, "《测试法》（2014年）第三条").starts_with("error: 中华人民共和国测试法 has 2 articles"));
  CHECK(cited(r, "《测试法典》第四条") == "《测试法典》第四条 分则的第四条。");
  CHECK(cited(r, "《测试法典》第九条") == "error: no indexed part of 《测试法典》 has 第九条 (parts: 总则、分则)");
  CHECK(cited(r, "《测试发》第一条") == "error: unknown act '测试发' (nearest: 《中华人民共和国测试法》)");
  // The embedded acts are still themselves.
  CHECK(cited(r, "sz:1", cite::Style::id).starts_with("sz:1 为了促进"));
  // An embedded act answers to the year of its adoption, promulgation or entry into force.
  CHECK(cited(r, "2022年深圳条例第一条", cite::Style::id).starts_with("sz:1 为了促进"));
  CHECK(cited(r, "2019年深圳条例第一条").starts_with("error: unknown act '2019年深圳条例'"));
}
