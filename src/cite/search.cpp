#include "cite/search.hpp"

#include <algorithm>

#include "text/regex.hpp"
#include "text/truncate.hpp"
#include "text/utf8.hpp"

namespace lawdiff::cite {

namespace {

// Up to `n` grapheme clusters of `s` ending at its end (before) or starting at its start (after).
std::string_view last_chars(std::string_view s, int n) {
  return s.substr(text::grapheme_suffix(s, static_cast<std::size_t>(std::max(n, 0))));
}

std::string_view first_chars(std::string_view s, int n) {
  return s.substr(0, text::grapheme_prefix(s, static_cast<std::size_t>(std::max(n, 0))));
}

std::vector<text::Match> matches(std::string_view s, std::string_view literal, const text::Regex* regex) {
  if (regex != nullptr) return regex->find_all(s);
  std::vector<text::Match> out;
  if (literal.empty()) return out;
  for (std::size_t at = s.find(literal); at != std::string_view::npos; at = s.find(literal, at + literal.size())) {
    out.push_back({at, at + literal.size()});
  }
  return out;
}

void scan(std::vector<SearchHit>& out, const Provision& where, std::string_view s, std::string_view literal,
          const text::Regex* regex, int context) {
  for (const text::Match& m : matches(s, literal, regex)) {
    out.push_back({where, std::string(last_chars(s.substr(0, m.begin), context)),
                   std::string(s.substr(m.begin, m.end - m.begin)),
                   std::string(first_chars(s.substr(m.end), context))});
  }
}

}  // namespace

std::vector<SearchHit> search(const statute::Act& act, std::string_view literal, const text::Regex* regex,
                              int context) {
  std::vector<SearchHit> out;
  for (std::size_t k = 0; k < act.doc.articles.size(); ++k) {
    const statute::Article& a = act.doc.articles[k];
    for (std::size_t q = 0; q < a.paragraphs.size(); ++q) {
      const statute::Paragraph& para = a.paragraphs[q];
      Provision p = article_provision(act, k, static_cast<int>(q + 1));
      scan(out, p, para.text, literal, regex, context);
      for (std::size_t m = 0; m < para.items.size(); ++m) {
        Provision item = p;
        item.kind = ProvisionKind::item;
        item.item = static_cast<int>(m + 1);
        scan(out, item, para.items[m].text, literal, regex, context);
        for (std::size_t t = 0; t < para.items[m].subitems.size(); ++t) {
          Provision sub = item;
          sub.kind = ProvisionKind::subitem;
          sub.subitem = static_cast<int>(t + 1);
          scan(out, sub, para.items[m].subitems[t].text, literal, regex, context);
        }
      }
    }
  }
  return out;
}

}  // namespace lawdiff::cite
