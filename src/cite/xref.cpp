// A left-to-right scan of each paragraph, item and sub-item for the few
// markers that open a reference (《, 本条例, 本条, 前款/前N款, 第), each
// followed by the natural-locator parser the reference grammar uses.
#include "cite/xref.hpp"

#include "text/numerals.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace lawdiff::cite {

namespace {

struct Scan {
  Resolver& resolver;
  statute::Library& library;
  const statute::Act& act;
  const Provision& source;
  std::vector<CrossReference>& out;

  void add(std::string_view text, std::string target, XrefKind kind, std::string note = {}, Provision resolved = {}) {
    out.push_back({source, std::string(text), std::move(target), kind, std::move(note), resolved});
  }

  // An internal locator, filled in from where it stands (本条第二款 → this article).
  void internal(std::string_view text, Locator loc) {
    const statute::Article& here = act.doc.articles[source.first_article];
    if (loc.article.number == 0) {
      loc.article = {here.number, here.suffix};
      if (loc.paragraph == 0) loc.paragraph = source.paragraph;
    }
    Provision p;
    std::string why;
    if (resolver.locate(act, loc, p, why)) {
      add(text, provision_id(p), XrefKind::internal, {}, p);
    } else {
      add(text, {}, XrefKind::unresolved, why);
    }
  }

  // 前款, 前两款, 前三款: the paragraphs just before this one.
  std::size_t preceding(std::string_view s) {
    int n = 1;
    std::size_t used = 0;
    if (s.starts_with("前款")) {
      used = 6;
    } else {
      std::size_t i = 3;
      std::string digits;
      while (i < s.size()) {
        std::size_t k = i;
        const char32_t cp = text::next_code_point(s, k);
        if (!text::is_numeral_char(cp)) break;
        digits.append(s.substr(i, k - i));
        i = k;
      }
      const auto v = text::parse_number(digits);
      if (!v || *v == 0 || s.substr(i, 3) != "款") return 0;
      n = *v;
      used = i + 3;
    }
    const std::string_view text = s.substr(0, used);
    const int para = source.paragraph;
    if (para - n < 1) {
      add(text, {}, XrefKind::unresolved, "no paragraph before paragraph " + std::to_string(para));
      return used;
    }
    std::string ids;
    for (int q = para - n; q < para; ++q) {
      ids += (ids.empty() ? "" : ", ") + provision_id(article_provision(act, source.first_article, q));
    }
    add(text, ids, XrefKind::internal, {}, article_provision(act, source.first_article, para - n));
    return used;
  }

  // 《title》[第X条…]: another act (or this one) by its title.
  std::size_t titled(std::string_view s) {
    const std::size_t close = s.find("》");
    if (close == std::string_view::npos) return 3;
    const std::string title = text::fold_compact(s.substr(3, close - 3));
    std::size_t used = close + 3;
    Locator loc;
    const std::size_t more = parse_natural_locator(s.substr(used), loc);
    const bool located = more > 0 && (loc.article.number > 0 || loc.division());
    if (located) used += more;
    const std::string_view text = s.substr(0, used);
    const statute::Act* target = nullptr;
    try {
      target = library.find(title);
    } catch (...) {  // a title is never a usable file path; treat as unknown
    }
    if (target != nullptr) {
      Provision p;
      std::string why;
      if (!located) loc = Locator{};
      if (resolver.locate(*target, loc, p, why)) {
        if (target == &act) add(text, provision_id(p), XrefKind::internal, {}, p);
        else add(text, provision_id(p), XrefKind::external);
      } else {
        add(text, {}, XrefKind::unresolved, why);
      }
      return used;
    }
    std::string cited = "《" + title + "》";
    if (located) cited += text::fold_compact(s.substr(close + 3, more));
    add(text, cited, XrefKind::external);
    return used;
  }

  // A locator at `s` (after 本条例/本条 when `prefix` is set).
  std::size_t located(std::string_view s, std::size_t prefix, bool need_article) {
    Locator loc;
    const std::size_t used = parse_natural_locator(s.substr(prefix), loc);
    if (used == 0 || loc.division() || (need_article && loc.article.number == 0)) return 0;
    if (loc.article.number == 0 && loc.paragraph == 0 && loc.item == 0) return 0;
    internal(s.substr(0, prefix + used), loc);
    return prefix + used;
  }

  void run(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const std::string_view rest = s.substr(i);
      std::size_t used = 0;
      if (rest.starts_with("《")) {
        used = titled(rest);
      } else if (rest.starts_with("本条例")) {
        used = located(rest, 9, true);
        if (used == 0) used = 9;
      } else if (rest.starts_with("本条")) {
        used = located(rest, 6, false);
      } else if (rest.starts_with("前")) {
        used = preceding(rest);
      } else if (rest.starts_with("第")) {
        used = located(rest, 0, false);
      }
      if (used == 0) text::next_code_point(s, i);
      i += used;
    }
  }
};

}  // namespace

const char* xref_kind_name(XrefKind kind) {
  switch (kind) {
    case XrefKind::internal: return "internal";
    case XrefKind::external: return "external";
    case XrefKind::unresolved: return "unresolved";
  }
  return "";
}

std::vector<CrossReference> find_cross_references(Resolver& resolver, statute::Library& library,
                                                  const statute::Act& act) {
  std::vector<CrossReference> out;
  for (std::size_t k = 0; k < act.doc.articles.size(); ++k) {
    const statute::Article& a = act.doc.articles[k];
    for (std::size_t q = 0; q < a.paragraphs.size(); ++q) {
      const statute::Paragraph& para = a.paragraphs[q];
      Provision src = article_provision(act, k, static_cast<int>(q + 1));
      Scan{resolver, library, act, src, out}.run(para.text);
      for (std::size_t m = 0; m < para.items.size(); ++m) {
        Provision item = src;
        item.kind = ProvisionKind::item;
        item.item = static_cast<int>(m + 1);
        Scan{resolver, library, act, item, out}.run(para.items[m].text);
        for (std::size_t t = 0; t < para.items[m].subitems.size(); ++t) {
          Provision sub = item;
          sub.kind = ProvisionKind::subitem;
          sub.subitem = static_cast<int>(t + 1);
          Scan{resolver, library, act, sub, out}.run(para.items[m].subitems[t].text);
        }
      }
    }
  }
  return out;
}

}  // namespace lawdiff::cite
