// Version stamps and work keys. A version's date is read from the act's own
// history (Metadata::amendments: …修正, …修订, …公布, …通过), the file name's
// date being the fallback, because collections name files by the date of the version.
#include "statute/version.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "statute/library.hpp"
#include "statute/metadata.hpp"
#include "text/normalize.hpp"

namespace lawdiff::statute {
namespace {

constexpr std::array<std::string_view, 4> kKinds = {"修正", "修订", "公布", "通过"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// "(2014-11-01)" at the end of a file name's stem.
std::string file_name_date(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot != std::string_view::npos) name = name.substr(0, dot);
  if (name.size() < 12 || !name.ends_with(')')) return {};
  std::string_view d = name.substr(name.size() - 11, 10);
  if (name[name.size() - 12] != '(') return {};
  for (std::size_t i = 0; i < d.size(); ++i) {
    if ((i == 4 || i == 7) ? d[i] != '-' : !is_digit(d[i])) return {};
  }
  return std::string(d);
}

/// A bracketed group that qualifies a title rather than naming it:
/// a year, a 修正/修订 note, a draft marker, a file name's date.
bool is_qualifier(std::string_view inner) {
  if (inner.empty()) return false;
  for (std::string_view w : {"年", "修正", "修订", "稿", "草案"}) {
    if (inner.find(w) != std::string_view::npos) return true;
  }
  return inner.size() == 10 && is_digit(inner[0]) && inner[4] == '-';
}

/// Removes trailing "(…)" qualifier groups of a folded name.
void strip_trailing_qualifiers(std::string& s) {
  while (s.ends_with(')')) {
    const std::size_t open = s.rfind('(');
    if (open == std::string::npos || !is_qualifier(std::string_view(s).substr(open + 1, s.size() - open - 2))) return;
    s.erase(open);
  }
}

int leading_year(std::string_view s, std::size_t& used) {
  if (s.size() < 7 || !is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]) || !is_digit(s[3])) return 0;
  if (s.substr(4, 3) != "年") return 0;
  used = 7;
  return std::stoi(std::string(s.substr(0, 4)));
}

}  // namespace

VersionStamp read_version(const Document& doc, std::string_view path) {
  VersionStamp best;
  for (const Amendment& e : doc.meta.amendments) {
    const bool dates_version = std::find(kKinds.begin(), kKinds.end(), e.kind) != kKinds.end();
    if (dates_version && e.date >= best.date) best = {e.date, e.kind};
  }
  if (best.date.empty()) best.date = file_name_date(path);
  return best;
}

std::string work_key(std::string_view title) {
  std::string key = name_key(title);
  strip_trailing_qualifiers(key);
  constexpr std::string_view kPrc = "中华人民共和国";
  if (key.starts_with(kPrc) && key.size() > kPrc.size()) key.erase(0, kPrc.size());
  return key;
}

VersionedName split_version(std::string_view name) {
  std::string s = text::fold_compact(name);
  VersionedName out{std::string(name), 0};
  if (const std::size_t at = s.rfind('@'); at != std::string::npos && s.size() - at == 5) {
    std::size_t used = 0;
    const std::string year = s.substr(at + 1) + "年";
    if (int y = leading_year(year, used); y > 0) return {s.substr(0, at), y};
  }
  std::size_t used = 0;
  if (int y = leading_year(s, used); y > 0 && s.size() > used) return {s.substr(used), y};
  if (!s.ends_with(')')) return out;
  const std::size_t open = s.rfind('(');
  if (open == std::string::npos) return out;
  const std::string_view inner = std::string_view(s).substr(open + 1, s.size() - open - 2);
  const int y = leading_year(inner, used);
  if (y == 0) return out;
  s.erase(open);
  return {s, y};
}

std::string version_label(const VersionStamp& v) {
  if (v.date.size() < 4) return {};
  std::string out = v.date.substr(0, 4) + "年";
  if (v.kind == "修正" || v.kind == "修订") out += v.kind;
  return out;
}

}  // namespace lawdiff::statute
