#pragma once
// The reference grammar (DESIGN.md "References"): short ids (sz:33.2,
// sz:26-28, sz:ch3, sz:三十三, sz:120-1) and natural Chinese
// (深圳条例第三十三条第二款, 《…》第七十二条第二款第（五）项, 广东第7条).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cite/locator.hpp"
#include "cite/provision.hpp"
#include "statute/library.hpp"

namespace lawdiff::cite {

/// Resolves `ref` against the acts of `library`. Throws lawdiff::Error
/// (subject: `ref`) with a message that says why and what is near
/// ("深圳条例 has 73 articles (第一条–第七十三条)"). The status is
/// Exit::trouble (2): for diff and align a reference that names nothing is
/// unusable input; `cite` resolves through Resolver::resolve and exits 1.
Provision resolve(statute::Library& library, std::string_view ref);

/// A resolver that remembers the act names it has looked up, for resolving
/// many references (batch): expected failures return false with a reason,
/// no exception, and the short-id path does not allocate.
class Resolver {
 public:
  explicit Resolver(statute::Library& library) : library_(library) {}

  /// Resolves `ref` into `out`. On failure returns false and sets `why`
  /// ("第三十三条 has 2 paragraphs", "unknown act 'xx' (known acts: sz, gd)").
  bool resolve(std::string_view ref, Provision& out, std::string& why);

  /// Resolves `loc` inside `act`, with the same failure contract.
  bool locate(const statute::Act& act, const Locator& loc, Provision& out, std::string& why);

 private:
  struct ActIndex {
    const statute::Act* act = nullptr;
    std::vector<int> by_number;  // article number → index (suffix 0), -1 if none
  };

  const statute::Act* act_named(std::string_view name, std::string& why);
  const ActIndex& index_of(const statute::Act& act);
  int article_index(const statute::Act& act, ArticleNumber n);
  bool locate_article(const statute::Act& act, const Locator& loc, Provision& out, std::string& why);
  bool locate_within(const statute::Article& a, const Locator& loc, Provision& out, std::string& why);

  struct NameEntry {
    std::string name;                  // as written in references
    const statute::Act* act = nullptr;  // nullptr: names no act
    std::string why;                   // when it names no act
  };

  statute::Library& library_;
  std::vector<NameEntry> names_;  // bounded: cleared when full
  std::vector<ActIndex> indexes_;
};

}  // namespace lawdiff::cite
