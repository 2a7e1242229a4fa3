// The corpus index end to end on a temporary folder: build, incremental
// rebuild, lookup by title and version, parts, candidates for search and
// similar, and what opening a damaged file says.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "base/error.hpp"
#include "corpus/build.hpp"
#include "corpus/catalogue.hpp"
#include "corpus/index.hpp"
#include "corpus/search.hpp"
#include "corpus/similar.hpp"

namespace fs = std::filesystem;
using namespace lawdiff;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("lawdiff-index-test-" + std::to_string(::getpid()));
  TempDir() {
    fs::remove_all(path);
    fs::create_directories(path / "corpus");
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / "corpus" / name).parent_path());
    std::ofstream(path / "corpus" / name, std::ios::binary) << text;
  }
  std::string index() const { return (path / "index.sqlite").string(); }
};

const char* kOld = "# 中华人民共和国测试法\n\n(2014年11月1日通过)\n\n第一条 为了测试索引，制定本法。\n\n第二条 测试者应当遵守本法。\n";
const char* kNew =
    "# 中华人民共和国测试法\n\n(2014年11月1日通过　2023年4月26日修订)\n\n第一条 为了测试索引，制定本法。\n\n"
    "第二条 测试者应当遵守本法和其他法律。\n\n第三条 本法自2023年7月1日起施行。\n";

corpus::BuildReport build(const TempDir& t) {
  std::ostringstream err;
  corpus::BuildOptions o;
  o.dirs = {(t.path / "corpus").string()};
  o.jobs = 2;
  return corpus::build_index(t.index(), o, err);
}

}  // namespace

TEST_CASE("index: build, rebuild, versions and lookups") {
  TempDir t;
  t.write("测试法(2014-11-01).md", kOld);
  t.write("测试法(2023-04-26).md", kNew);
  t.write("readme.txt", "这不是法规。\n");
  corpus::BuildReport r = build(t);
  CHECK(r.files == 3);
  CHECK(r.parsed == 3);
  REQUIRE(r.skipped.size() == 1);
  CHECK(r.skipped[0].first.ends_with("readme.txt"));
  CHECK(r.acts == 4);  // two versions and the embedded sz, gd

  r = build(t);
  CHECK(r.parsed == 0);
  CHECK(r.unchanged == 3);

  auto index = corpus::Index::open(t.index());
  const auto versions = corpus::versions_of(*index, "《测试法》");
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].key == "测试法(2023-04-26)");
  CHECK(versions[0].version_kind == "修订");
  CHECK(versions[1].version_date == "2014-11-01");
  CHECK(corpus::versions_of(*index, "测试法(2014-11-01)").size() == 2);

  corpus::IndexSource source([&] { return index.get(); });
  CHECK(source.find("中华人民共和国测试法", 0)->info.id == "测试法(2023-04-26)");
  CHECK(source.find("测试法", 0)->info.version_note.empty());
  CHECK(source.find("测试法", 2014)->info.version_note == "2014年");
  CHECK_THROWS_WITH_AS(source.find("测试法", 2019), doctest::Contains("no version of 2019"), Error);
  CHECK_FALSE(source.find("没有的法", 0));
  CHECK(source.nearest_titles("测试发", 3).front() == "中华人民共和国测试法");
  CHECK(source.parts_of("测试法(2023-04-26)").empty());

  const auto rows = corpus::candidate_articles(*index, "其他法律", {});
  REQUIRE(rows);
  CHECK(rows->size() == 1);
  CHECK_FALSE(corpus::candidate_articles(*index, "法律", {}));  // two characters: no trigram

  corpus::SimilarQuery q;
  q.text = "为了测试索引，制定本法。";
  q.exclude = {"测试法(2014-11-01)"};
  const auto hits = corpus::similar(*index, q);
  REQUIRE_FALSE(hits.empty());
  CHECK(hits[0].act == "测试法(2023-04-26)");
  CHECK(hits[0].article == 0);
  CHECK(hits[0].score == doctest::Approx(1.0));
}

TEST_CASE("index: changed and removed files; a file with an embedded act's text") {
  TempDir t;
  t.write("a/测试法(2014-11-01).md", kOld);
  build(t);
  t.write("a/测试法(2014-11-01).md", kNew);
  corpus::BuildReport r = build(t);
  CHECK(r.parsed == 1);
  CHECK(r.acts == 3);
  fs::remove(t.path / "corpus" / "a" / "测试法(2014-11-01).md");
  r = build(t);
  CHECK(r.removed == 1);
  CHECK(r.acts == 2);
}

TEST_CASE("index: damaged files are not indexes") {
  TempDir t;
  std::ofstream(t.path / "junk.sqlite") << "this is not a database, not even close, and long enough to be read";
  CHECK_THROWS_WITH_AS(corpus::Index::open((t.path / "junk.sqlite").string()),
                       doctest::Contains("not a lawdiff index (file is not a database)"), FatalError);
  CHECK_THROWS_WITH_AS(corpus::Index::open((t.path / "none.sqlite").string()), doctest::Contains("no such index"),
                       FatalError);
  CHECK_THROWS_WITH_AS(corpus::Index::open(t.path.string()), doctest::Contains("a directory"), FatalError);
  // index build replaces what is not an index.
  t.write("测试法(2014-11-01).md", kOld);
  fs::rename(t.path / "junk.sqlite", t.index());
  CHECK(build(t).parsed == 1);
  CHECK(corpus::Index::open(t.index())->meta("schema") == "1");
}
