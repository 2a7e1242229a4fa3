#pragma once
// Versions of one act (新旧版本): what names a work across its versions, when
// a version dates from, and the version qualifiers researchers write in
// references (《公司法》（2018年修正）, 《公司法（2018年修订）》, 2018年《公司法》, 公司法@2018).
#include <string>
#include <string_view>

#include "statute/model.hpp"

namespace lawdiff::statute {

/// When a version dates from: an ISO date and what happened on it.
struct VersionStamp {
  std::string date;  // "2018-10-26", empty when neither the text nor the file name says
  std::string kind;  // "修正", "修订", "公布", "通过", or empty (the date came from the file name)
};

/// The version of `doc`: the latest 修正/修订/公布/通过 event of its history
/// (doc.meta.amendments, read from the front matter; on one date, the last
/// recorded), else the date in `path`'s file name ("反间谍法(2014-11-01).md");
/// empty when none says.
VersionStamp read_version(const Document& doc, std::string_view path);

/// The key that versions of one act share: the title folded as name_key()
/// does, without a leading 中华人民共和国, a trailing version or draft
/// qualifier in brackets （2018年修正）（征求意见稿）, or a file name's
/// "(2014-11-01)". "中华人民共和国公司法（2018年修正）" → "公司法".
std::string work_key(std::string_view title);

/// A name with its version qualifier taken off.
struct VersionedName {
  std::string name;  // the act's name without the qualifier
  int year = 0;      // 0: no qualifier (the latest version)
};

/// Splits a version qualifier off an act name as written in a reference:
/// "公司法（2018年修正）", "公司法》（2018年修正）" (from 《公司法》（2018年修正）),
/// "2018年《公司法》", "公司法@2018". Without one, year is 0 and name is
/// `name` unchanged.
VersionedName split_version(std::string_view name);

/// How a version is written after its title in a citation: "2018年修正",
/// "2018年修订", else "2014年"; empty when the stamp has no date.
std::string version_label(const VersionStamp& v);

}  // namespace lawdiff::statute
