// TEMPORARY (branch `diff` only; delete at merge, the cite module replaces
// it): just enough of cite::resolve, provision_id and article_provision for
// `lawdiff diff` to run and be tested before the cite branch lands. Accepts
// "ACT", "ACT:N" and "ACT:N.P" only.
#include <fmt/format.h>

#include <charconv>

#include "base/error.hpp"
#include "cite/reference.hpp"

namespace lawdiff::cite {
namespace {

int to_int(std::string_view s, std::string_view ref) {
  int n = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || p != s.data() + s.size() || n <= 0) throw Error(std::string(ref), "malformed reference");
  return n;
}

}  // namespace

std::string provision_id(const Provision& p) {
  std::string id = p.act->info.id;
  const auto& arts = p.act->doc.articles;
  switch (p.kind) {
    case ProvisionKind::act: return id;
    case ProvisionKind::chapter:
      return fmt::format("{}:ch{}", id, p.act->doc.divisions.at(static_cast<std::size_t>(p.division)).number);
    case ProvisionKind::range:
      return fmt::format("{}:{}-{}", id, statute::article_key(arts.at(p.first_article)),
                         statute::article_key(arts.at(p.last_article)));
    default: break;
  }
  id = fmt::format("{}:{}", id, statute::article_key(arts.at(p.first_article)));
  for (int n : {p.paragraph, p.item, p.subitem}) {
    if (n > 0) id += fmt::format(".{}", n);
  }
  return id;
}

Provision article_provision(const statute::Act& act, std::size_t k, int paragraph) {
  Provision p{&act, paragraph > 0 ? ProvisionKind::paragraph : ProvisionKind::article, -1, k, k, paragraph, 0, 0};
  return p;
}

Provision resolve(statute::Library& library, std::string_view ref) {
  const std::size_t colon = ref.find(':');
  const statute::Act& act = library.get(ref.substr(0, colon));
  if (colon == std::string_view::npos) return Provision{&act};
  std::string_view rest = ref.substr(colon + 1);
  const std::size_t dot = rest.find('.');
  const int number = to_int(rest.substr(0, dot), ref);
  const int paragraph = dot == std::string_view::npos ? 0 : to_int(rest.substr(dot + 1), ref);
  const auto& arts = act.doc.articles;
  for (std::size_t k = 0; k < arts.size(); ++k) {
    if (arts[k].number != number || arts[k].suffix != 0) continue;
    if (paragraph > static_cast<int>(arts[k].paragraphs.size())) {
      throw Error(std::string(ref), "no such paragraph", Exit::different);
    }
    return article_provision(act, k, paragraph);
  }
  throw Error(std::string(ref), "no such article", Exit::different);
}

}  // namespace lawdiff::cite
