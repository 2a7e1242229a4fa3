// Short provision ids ("sz:26", "gd:4.8") for output and for --pin/--forbid.
// Only the simple forms are parsed here; natural-language references belong
// to cite/.
#include <fmt/format.h>

#include <charconv>
#include <string>

#include "align/align.hpp"
#include "base/error.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace lawdiff::align {

namespace {

// Parses a whole non-negative decimal, or -1.
int parse_int(std::string_view s) {
  int v = -1;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() && v >= 0 ? v : -1;
}

int find_article(const statute::Act& act, std::string_view key) {
  for (std::size_t i = 0; i < act.doc.articles.size(); ++i) {
    if (statute::article_key(act.doc.articles[i]) == key) return static_cast<int>(i);
  }
  return -1;
}

std::string article_range(const statute::Act& act) {
  const auto& arts = act.doc.articles;
  if (arts.empty()) return fmt::format("{} has no articles", act.info.id);
  return fmt::format("{} has articles {}–{}", act.info.id, statute::article_key(arts.front()), statute::article_key(arts.back()));
}

}  // namespace

std::string provision_id(const statute::Act& act, Provision p) {
  std::string id = fmt::format("{}:{}", act.info.id, statute::article_key(act.doc.articles.at(p.article)));
  if (p.paragraph > 0) id += fmt::format(".{}", p.paragraph);
  return id;
}

Provision parse_provision(const statute::Act& act, std::string_view text, std::string_view what) {
  const std::string folded = text::fold_compact(text);
  std::string_view s = folded;
  const std::string w(what);
  if (const auto colon = s.find(':'); colon != std::string_view::npos) {
    if (s.substr(0, colon) != act.info.id)
      throw Error(w, fmt::format("'{}' names act '{}', expected '{}'", text, s.substr(0, colon), act.info.id));
    s.remove_prefix(colon + 1);
  }
  const auto dot = s.find('.');
  const bool has_para = dot != std::string_view::npos;
  const std::string_view key = s.substr(0, dot);
  const std::string_view para = has_para ? s.substr(dot + 1) : std::string_view();
  if (key.empty() || (has_para && parse_int(para) < 1))
    throw Error(w, fmt::format("'{}' is not a provision id (expected e.g. {}:26 or {}:4.8)", text, act.info.id, act.info.id));
  Provision p{find_article(act, key), 0};
  if (p.article < 0) throw Error(w, fmt::format("'{}': no such article ({})", text, article_range(act)));
  if (has_para) {
    p.paragraph = parse_int(para);
    const auto count = act.doc.articles[p.article].paragraphs.size();
    if (static_cast<std::size_t>(p.paragraph) > count)
      throw Error(w, fmt::format("'{}': article {} has {} paragraph(s)", text, key, count));
  }
  return p;
}

Constraint parse_constraint(const statute::Act& a, const statute::Act& b, std::string_view text) {
  const std::string_view s = text::trim(text);
  const auto eq = s.find('=');
  if (eq == std::string_view::npos || s.find('=', eq + 1) != std::string_view::npos)
    throw Error(fmt::format("'{}'", text), fmt::format("expected A=B, e.g. {}:26={}:7", a.info.id, b.info.id));
  const std::string what = fmt::format("'{}'", text);
  return {parse_provision(a, text::trim(s.substr(0, eq)), what), parse_provision(b, text::trim(s.substr(eq + 1)), what)};
}

}  // namespace lawdiff::align
