// The reference grammar, table-driven: each form and the id it resolves to,
// or the exact reason it does not.
#include "cite/reference.hpp"

#include <doctest/doctest.h>

#include "base/error.hpp"
#include "support/fixtures.hpp"

using namespace lawdiff;

namespace {

struct Case {
  const char* ref;
  const char* id;   // expected id, or nullptr
  const char* why;  // expected error, or nullptr
};

const Case kCases[] = {
    // short ids
    {"sz", "sz", nullptr},
    {"gd", "gd", nullptr},
    {"sz:", "sz", nullptr},
    {"sz:33", "sz:33", nullptr},
    {"sz:33.2", "sz:33.2", nullptr},
    {"sz:72.2.5", "sz:72.2.5", nullptr},
    {"sz:26-28", "sz:26-28", nullptr},
    {"sz:ch3", "sz:ch3", nullptr},
    {"sz:CH7", "sz:ch7", nullptr},
    {"sz:ch三", "sz:ch3", nullptr},
    {"sz:第三章", "sz:ch3", nullptr},
    {"sz:三十三", "sz:33", nullptr},
    {"sz:三十三.二", "sz:33.2", nullptr},
    {"sz:七十二.2.五", "sz:72.2.5", nullptr},
    {"sz:１", "sz:1", nullptr},
    {"sz：33", "sz:33", nullptr},
    {" sz:33 ", "sz:33", nullptr},
    {"sz: 72 . 2 . 5", "sz:72.2.5", nullptr},
    {"sz:73", "sz:73", nullptr},
    {"gd:34", "gd:34", nullptr},
    {"gd:4.8", "gd:4.8", nullptr},
    {"gd:ch8", "gd:ch8", nullptr},
    {"shenzhen:1", "sz:1", nullptr},
    {"深圳:1", "sz:1", nullptr},
    {"guangdong:7", "gd:7", nullptr},
    {"SZ:5", "sz:5", nullptr},
    {"sz:1-73", "sz:1-73", nullptr},
    {"sz:5-5", "sz:5-5", nullptr},
    // natural Chinese
    {"深圳条例第三十三条第二款", "sz:33.2", nullptr},
    {"《深圳经济特区人工智能产业促进条例》第七十二条第二款第（五）项", "sz:72.2.5", nullptr},
    {"《深圳经济特区人工智能产业促进条例》第七十二条第二款第五项", "sz:72.2.5", nullptr},
    {"《深圳经济特区人工智能产业促进条例》第七十二条第二款第(五)项", "sz:72.2.5", nullptr},
    {"《深圳经济特区人工智能产业促进条例》", "sz", nullptr},
    {"深圳经济特区人工智能产业促进条例第一条", "sz:1", nullptr},
    {"广东第7条", "gd:7", nullptr},
    {"广东第７条", "gd:7", nullptr},
    {"广东条例第七条第二款", "gd:7.2", nullptr},
    {"深圳 第 65 条 第 1 款 第（三）项", "sz:65.1.3", nullptr},
    {"深圳　第６５条　第１款　第（３）项", "sz:65.1.3", nullptr},
    {"深圳条例第二十六条至第二十八条", "sz:26-28", nullptr},
    {"深圳条例第26条到第28条", "sz:26-28", nullptr},
    {"深圳条例第三章", "sz:ch3", nullptr},
    {"深圳条例第七十二条", "sz:72", nullptr},
    {"深圳条例第七十二条第（五）项", nullptr, "第七十二条 has 3 paragraphs; name the paragraph (第N款) of item （五）"},
    {"《广东省人工智能发展促进条例（征求意见稿）》第七条", "gd:7", nullptr},
    {"《广东省人工智能发展促进条例》第七条", "gd:7", nullptr},
    {"广东省人工智能发展促进条例（征求意见稿）第七条", "gd:7", nullptr},
    {"广东省人工智能发展促进条例征求意见稿第七条", "gd:7", nullptr},
    {"《深圳经济特区人工智能产业促进条例》:33.2", "sz:33.2", nullptr},
    {"深圳条例：第三十三条", "sz:33", nullptr},
    // failures: the reason and what is near
    {"sz:74", nullptr, "深圳条例 has 73 articles (第一条–第七十三条)"},
    {"sz:33.3", nullptr, "第三十三条 has 2 paragraphs"},
    {"sz:72.2.8", nullptr, "第七十二条第二款 has 7 items"},
    {"sz:33.1.1", nullptr, "第三十三条第一款 has no items"},
    {"sz:72.2.5.1", nullptr, "第七十二条第二款第（五）项 has no sub-items"},
    {"sz:ch8", nullptr, "深圳条例 has 7 chapters (第一章–第七章)"},
    {"gd:35", nullptr, "广东条例 has 34 articles (第一条–第三十四条)"},
    {"sz:28-26", nullptr, "深圳条例 has no 第二十八条之二十六 (73 articles: 第一条–第七十三条)"},
    {"sz:120-1", nullptr, "深圳条例 has no 第一百二十条之一 (73 articles: 第一条–第七十三条)"},
    {"sz:70-80", nullptr, "深圳条例 has 73 articles (第一条–第七十三条)"},
    {"深圳条例第二十八条至第二十六条", nullptr, "the range runs backwards (第二十六条 comes before 第二十八条)"},
    {"深圳条例第七十四条", nullptr, "深圳条例 has 73 articles (第一条–第七十三条)"},
    {"xx:1", nullptr, "unknown act 'xx' (known acts: sz, gd)"},
    {"第三十三条", nullptr, "no act named (known acts: sz, gd)"},
    {"", nullptr, "empty reference"},
    {"   ", nullptr, "empty reference"},
    {"sz:0", nullptr, "cannot read '0' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"sz:abc", nullptr, "cannot read 'abc' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"sz:33..2", nullptr, "cannot read '33..2' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"sz:33.2.", nullptr, "cannot read '33.2.' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"sz:ch", nullptr, "cannot read 'ch' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"深圳条例第三十三条abc", nullptr,
     "cannot read '第三十三条abc' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"深圳条例第款", nullptr, "cannot read '第款' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
    {"sz:99999999999", nullptr,
     "cannot read '99999999999' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)"},
};

}  // namespace

TEST_CASE("references: every form resolves to its id or says why not") {
  cite::Resolver resolver(statute::testing::embedded_library());
  int n = 0;
  for (const Case& c : kCases) {
    CAPTURE(c.ref);
    cite::Provision p;
    std::string why;
    const bool ok = resolver.resolve(c.ref, p, why);
    if (c.id != nullptr) {
      CHECK_MESSAGE(ok, why);
      if (ok) CHECK(cite::provision_id(p) == c.id);
    } else {
      CHECK_FALSE(ok);
      CHECK(why == c.why);
    }
    ++n;
  }
  CHECK(n >= 60);
}

TEST_CASE("references: resolve() throws with the reference as subject and exit 2") {
  auto& lib = statute::testing::embedded_library();
  CHECK(cite::provision_id(cite::resolve(lib, "sz:33.2")) == "sz:33.2");
  try {
    cite::resolve(lib, "sz:74");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "sz:74: 深圳条例 has 73 articles (第一条–第七十三条)");
    CHECK(e.code() == Exit::trouble);
  }
}

TEST_CASE("references: the same resolver answers the same reference the same way") {
  cite::Resolver resolver(statute::testing::embedded_library());
  cite::Provision p;
  std::string why;
  for (int i = 0; i < 3; ++i) {
    CHECK_FALSE(resolver.resolve("nope:1", p, why));
    CHECK(why == "unknown act 'nope' (known acts: sz, gd)");
    CHECK(resolver.resolve("sz:1", p, why));
  }
}
