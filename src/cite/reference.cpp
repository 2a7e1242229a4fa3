// Splitting a reference into its act and its locator, and naming the act.
// The act part is everything before the last ':' (short form), the text
// inside 《》, or everything before the first 第 (natural form).
#include "cite/reference.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "base/error.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace lawdiff::cite {

namespace {

constexpr std::size_t kMaxNames = 256;

struct Parts {
  std::string_view act;
  std::string_view locator;
};

// The bytes of a leading version qualifier "（2018年修正）" or "(2018年)", 0 if none.
std::size_t version_qualifier_size(std::string_view s) {
  std::size_t open = s.starts_with("（") ? 3 : s.starts_with("(") ? 1 : 0;
  if (open == 0) return 0;
  const std::size_t close_wide = s.find("）"), close_ascii = s.find(')');
  const std::size_t close = std::min(close_wide, close_ascii);
  if (close == std::string_view::npos || s.substr(open, close - open).find("年") == std::string_view::npos) return 0;
  return close + (close == close_wide ? 3 : 1);
}

// Where the act ends and the locator starts.
Parts split(std::string_view ref) {
  if (ref.starts_with("《")) {
    const std::size_t close = ref.find("》");
    if (close == std::string_view::npos) return {ref.substr(3), {}};
    std::string_view rest = text::trim(ref.substr(close + 3));
    if (rest.starts_with(":")) rest.remove_prefix(1);
    if (rest.starts_with("：")) rest.remove_prefix(3);
    // 《公司法》（2018年修正）第二十条: the version belongs to the act's name.
    if (const std::size_t q = version_qualifier_size(rest); q > 0) {
      const std::size_t end = static_cast<std::size_t>(rest.data() - ref.data()) + q;
      return {ref.substr(3, end - 3), rest.substr(q)};
    }
    return {ref.substr(3, close - 3), rest};
  }
  const std::size_t colon = ref.rfind(':');
  const std::size_t wide = ref.rfind("：");
  std::size_t at = colon, width = 1;
  if (wide != std::string_view::npos && (colon == std::string_view::npos || wide > colon)) at = wide, width = 3;
  if (at != std::string_view::npos) return {ref.substr(0, at), ref.substr(at + width)};
  const std::size_t di = ref.find("第");
  if (di == std::string_view::npos) return {ref, {}};
  return {ref.substr(0, di), ref.substr(di)};
}

bool parse_locator(std::string_view s, Locator& loc) {
  s = text::trim(s);
  if (s.empty()) {
    loc = Locator{};
    return true;
  }
  if (s.starts_with("第")) {
    const std::size_t used = parse_natural_locator(s, loc);
    return used > 0 && text::trim(s.substr(used)).empty() && (loc.division() || loc.article.number > 0);
  }
  return parse_short_locator(s, loc);
}

}  // namespace

const statute::Act* Resolver::act_named(std::string_view name, std::string& why) {
  for (const NameEntry& e : names_) {
    if (e.name == name) {
      if (e.act == nullptr) why = e.why;
      return e.act;
    }
  }
  if (names_.size() >= kMaxNames) names_.clear();
  NameEntry e{std::string(name), nullptr, {}};
  try {
    e.act = name.empty() ? nullptr : library_.find(name);
    if (e.act == nullptr) {
      e.why = name.empty() ? fmt::format("no act named ({})", library_.suggestion(name))
                           : fmt::format("unknown act '{}' ({})", name, library_.suggestion(name));
    }
  } catch (const FatalError&) {
    throw;
  } catch (const Error& err) {
    e.why = err.what();
  }
  why = e.why;
  names_.push_back(std::move(e));
  return names_.back().act;
}

bool Resolver::resolve(std::string_view ref, Provision& out, std::string& why) {
  ref = text::trim(ref);
  if (ref.empty()) {
    why = "empty reference";
    return false;
  }
  const Parts parts = split(ref);
  const statute::Act* act = act_named(text::trim(parts.act), why);
  if (act == nullptr) return false;
  Locator loc;
  if (!parse_locator(parts.locator, loc)) {
    why = fmt::format("cannot read '{}' as a provision (e.g. 33, 33.2, 72.2.5, 26-28, ch3, 第三十三条第二款)",
                      text::trim(parts.locator));
    return false;
  }
  if (locate(*act, loc, out, why)) return true;
  // 《民法典》第一千零四十三条: an act published in parts (one file per 编)
  // is found in the part that has the article.
  if (loc.article.number > 0 && article_index(*act, loc.article) < 0) {
    const std::vector<const statute::Act*> parts = library_.parts_of(*act);
    for (const statute::Act* part : parts) {
      if (article_index(*part, loc.article) >= 0) return locate(*part, loc, out, why);
    }
    if (!parts.empty()) {
      std::string ids = act->info.id;
      for (const statute::Act* part : parts) ids += "、" + part->info.id;
      why = fmt::format("no indexed part of 《{}》 has {} (parts: {})", act->info.title,
                        statute::canonical_article_label(loc.article.number, loc.article.suffix), ids);
    }
  }
  return false;
}

Provision resolve(statute::Library& library, std::string_view ref) {
  Resolver r(library);
  Provision p;
  std::string why;
  if (!r.resolve(ref, p, why)) throw Error(std::string(text::trim(ref)), why, Exit::trouble);
  return p;
}

}  // namespace lawdiff::cite
