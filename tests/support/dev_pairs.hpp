#pragma once
// The dev reference alignments (tests/eval/) and the acts they judge, shared
// by the unit test of their floors (src/align/dev_pairs_test.cpp) and the
// evaluation bench (bench/align_eval.cpp). An act is an embedded id, or a
// path under the shared material (../shared, see tests/eval/README.md),
// which is never committed.
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace lawdiff::testing {

struct DevPair {
  std::string_view name;  // short label for tables
  std::string_view a;     // embedded id, or a path relative to the shared directory
  std::string_view b;
  std::string_view gold;  // file name in tests/eval
};

inline constexpr std::array<DevPair, 19> kDevPairs = {{
    {"sz-gd 1-36", "sz", "gd", "align-shenzhen-guangdong-dev.tsv"},
    {"bj-zj digital",
     "corpus-dev/DLC/北京地方法规/地方性法规/北京/北京市数字经济促进条例(2022-11-25).md",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/浙江省数字经济促进条例(2020-12-24).md",
     "align-beijing-zhejiang-digital.tsv"},
    {"fanjiandie 2014-2023", "corpus-sample/行政法/反间谍法(2014-11-01).md",
     "corpus-dev/行政法/反间谍法(2023-04-26).md", "versions-fanjiandie-2014-2023.tsv"},
    {"hz-nb science",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/杭州市科学技术普及条例(2015-04-16).md",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/宁波市科学技术普及条例(2018-12-19).md",
     "align-hangzhou-ningbo-science.tsv"},
    {"jn-hz civility",
     "corpus-dev/DLC/山东地方法规/地方性法规/山东/济南市文明行为促进条例(2019-02-12).md",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/杭州市文明行为促进条例(2021-06-04).md",
     "align-jinan-hangzhou-civility.tsv"},
    {"wz-xc greening",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/温州市城市绿化条例(2017-12-06).md",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/许昌市城市绿化条例(2019-12-30).md",
     "align-wenzhou-xuchang-greening.tsv"},
    {"zhiyejiaoyu 1996-2022", "corpus-sample/行政法/职业教育法(1996-05-15).md", "corpus-dev/行政法/职业教育法(2022-04-20).md",
     "versions-zhiyejiaoyu-1996-2022.tsv"},
    {"kepu 2002-2024", "corpus-dev/行政法/科学技术普及法(2002-06-29).md", "corpus-dev/行政法/科学技术普及法(2024-12-25).md",
     "versions-kepu-2002-2024.tsv"},
    {"sd-gd business",
     "corpus-dev/DLC/山东地方法规/地方性法规/山东/山东省优化营商环境条例(2020-09-25).md",
     "corpus-sample/DLC/广东地方法规/地方性法规/广东/广东省优化营商环境条例(2022-06-01).md",
     "align-shandong-guangdong-business.tsv"},
    {"dg-xy civility",
     "corpus-dev/DLC/广东地方法规/地方性法规/广东/东莞市文明行为促进条例(2023-02-23).md",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/信阳市文明行为促进条例(2020-10-20).md",
     "align-dongguan-xinyang-civility.tsv"},
    {"bj-water 2019-2022",
     "corpus-dev/DLC/北京地方法规/地方性法规/北京/北京市实施《水法》办法(2019-07-26).md",
     "corpus-dev/DLC/北京地方法规/地方性法规/北京/北京市实施《水法》办法(2022-11-25).md",
     "versions-beijing-water-2019-2022.tsv"},
    {"funv 2018-2022", "corpus-dev/社会法/妇女权益保障法(2018-10-26).md", "corpus-dev/社会法/妇女权益保障法(2022-10-30).md",
     "versions-funv-2018-2022.tsv"},
    {"bj-hn water",
     "corpus-dev/DLC/北京地方法规/地方性法规/北京/北京市实施《水法》办法(2022-11-25).md",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/河南省实施《水法》办法(2018-09-30).md",
     "align-beijing-henan-water.tsv"},
    {"tufa 2007-2024", "corpus-dev/行政法/突发事件应对法(2007-08-30).md", "corpus-dev/行政法/突发事件应对法(2024-06-28).md",
     "versions-tufa-2007-2024.tsv"},
    {"cq-hn business",
     "corpus-dev/DLC/重庆地方法规/地方性法规/重庆/重庆市优化营商环境条例(2021-03-31).md",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/河南省优化营商环境条例(2020-11-28).md",
     "align-chongqing-henan-business.tsv"},
    {"lh-jn greening",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/漯河市城市绿化条例(2020-09-17).md",
     "corpus-dev/DLC/山东地方法规/地方性法规/山东/济宁市城市绿化条例(2018-01-23).md",
     "align-luohe-jining-greening.tsv"},
    {"huz-zz civility",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/湖州市文明行为促进条例(2018-09-05).md",
     "corpus-dev/DLC/山东地方法规/地方性法规/山东/枣庄市文明行为促进条例(2019-08-01).md",
     "align-huzhou-zaozhuang-civility.tsv"},
    {"zs-xx greening",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/舟山市城市绿化条例(2018-04-16).md",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/新乡市城市绿化条例(2019-01-21).md",
     "align-zhoushan-xinxiang-greening.tsv"},
    {"jx-py civility",
     "corpus-dev/DLC/浙江地方法规/地方性法规/浙江/嘉兴市文明行为促进条例(2019-10-09).md",
     "corpus-dev/DLC/河南地方法规/地方性法规/河南/濮阳市文明行为促进条例(2020-10-22).md",
     "align-jiaxing-puyang-civility.tsv"},
}};

/// Second, blind readings of six dev pairs (tests/eval/second-readings/,
/// made by other readers following tests/eval/reading-guide.md without
/// seeing the first): `pair` names the kDevPairs entry whose acts they
/// judge. The benches score against them beside the first readings, to
/// show how much of a score is one reader's calibration of strong and
/// partial.
struct SecondReading {
  std::string_view pair;
  std::string_view gold;  // file name under tests/eval
};

inline constexpr std::array<SecondReading, 6> kSecondReadings = {{
    {"sz-gd 1-36", "second-readings/align-shenzhen-guangdong-dev.tsv"},
    {"bj-zj digital", "second-readings/align-beijing-zhejiang-digital.tsv"},
    {"fanjiandie 2014-2023", "second-readings/versions-fanjiandie-2014-2023.tsv"},
    {"kepu 2002-2024", "second-readings/versions-kepu-2002-2024.tsv"},
    {"dg-xy civility", "second-readings/align-dongguan-xinyang-civility.tsv"},
    {"wz-xc greening", "second-readings/align-wenzhou-xuchang-greening.tsv"},
}};

/// What to pass to statute::Library::get for `act`: the id itself, or its
/// path under `shared`; nullopt when the act is a path and `shared` is
/// absent or lacks the file.
inline std::optional<std::string> dev_act(std::string_view act, const std::optional<std::filesystem::path>& shared) {
  if (act.find('/') == std::string_view::npos) return std::string(act);
  if (!shared) return std::nullopt;
  const std::filesystem::path p = *shared / std::filesystem::path(std::u8string(act.begin(), act.end()));
  std::error_code ec;
  if (!std::filesystem::is_regular_file(p, ec)) return std::nullopt;
  return p.string();
}

}  // namespace lawdiff::testing
