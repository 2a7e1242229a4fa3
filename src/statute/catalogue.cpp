#include "statute/catalogue.hpp"

#include <fmt/format.h>

#include "base/error.hpp"

namespace lawdiff::statute {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  for (;;) {
    std::size_t end = s.find(sep, begin);
    parts.push_back(s.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

ActStatus parse_status(std::string_view s) {
  if (s == "in_force") return ActStatus::in_force;
  if (s == "draft") return ActStatus::draft;
  return ActStatus::unknown;
}

}  // namespace

std::vector<ActInfo> parse_catalogue(std::string_view tsv, std::string_view source) {
  std::vector<ActInfo> acts;
  auto lines = split(tsv, '\n');
  for (std::size_t n = 1; n < lines.size(); ++n) {
    std::string_view line = lines[n];
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty()) continue;
    auto f = split(line, '\t');
    if (f.size() != 14) {
      throw Error(fmt::format("{}:{}", source, n + 1), fmt::format("expected 14 fields, found {}", f.size()));
    }
    ActInfo a;
    a.id = f[0], a.file = f[1], a.title = f[2], a.draft_marker = f[3], a.short_title = f[4];
    a.english_title = f[5];
    for (std::string_view alias : split(f[6], '|')) {
      if (!alias.empty()) a.aliases.emplace_back(alias);
    }
    a.issuer = f[7], a.status = parse_status(f[8]);
    a.adopted = f[9], a.promulgated = f[10], a.effective = f[11], a.announcement = f[12], a.source_url = f[13];
    acts.push_back(std::move(a));
  }
  return acts;
}

std::string_view status_name(ActStatus status) {
  switch (status) {
    case ActStatus::in_force: return "in_force";
    case ActStatus::draft: return "draft";
    case ActStatus::unknown: break;
  }
  return "unknown";
}

std::string cited_title(const ActInfo& info) {
  if (info.draft_marker.empty()) return info.title;
  return fmt::format("{}（{}）", info.title, info.draft_marker);
}

}  // namespace lawdiff::statute
