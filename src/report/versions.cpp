// The 新旧对照 of two versions of one act (comparison.hpp VersionReport):
// every figure is read off the aligner's pairs and their relations; the
// rows follow the new act's article order, as published 新旧对照表 do.
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "cite/citation.hpp"
#include "report/comparison.hpp"

namespace lawdiff::report {
namespace {

/// Which relation an article takes from its pairs: its parts (any pair but
/// a minor share, align/relations.hpp) first, split over merged over
/// modified over same; -1 with no pair.
int rank(const align::Pair& p) {
  switch (p.relation) {
    case align::Relation::split: return 4;
    case align::Relation::merged: return 3;
    case align::Relation::modified: return 2;
    case align::Relation::same: return 1;
    case align::Relation::partial: return 0;
  }
  return 0;
}

/// Per article of one side, the best-ranked relation of its pairs (-1: none).
/// The aligner's `same` ignores punctuation and paragraph breaks; a `same`
/// pair whose diff still shows a change (、→，, a ¶) is shown among the
/// changed provisions, so it is counted as modified too: the summary counts
/// what the report shows.
std::vector<int> article_ranks(const Comparison& c, bool b_side) {
  const statute::Act& act = b_side ? *c.b : *c.a;
  std::vector<int> r(act.doc.articles.size(), -1);
  for (std::size_t i = 0; i < c.alignment.pairs.size(); ++i) {
    const align::Pair& p = c.alignment.pairs[i];
    int& x = r.at(static_cast<std::size_t>(b_side ? p.b.article : p.a.article));
    const int k = rank(p);
    x = std::max(x, k == 1 && !c.diffs[i].identical() ? 2 : k);
  }
  return r;
}

RelationCounts count(const std::vector<int>& ranks) {
  RelationCounts n;
  for (int r : ranks) {
    int* slot[] = {&n.unmatched, &n.partial, &n.same, &n.modified, &n.merged, &n.split};
    ++*slot[r + 1];
  }
  return n;
}

constexpr align::Relation kByRank[] = {align::Relation::partial, align::Relation::same, align::Relation::modified,
                                       align::Relation::merged, align::Relation::split};

bool unchanged_pair(const Comparison& c, std::size_t i) {
  return c.alignment.pairs[i].relation == align::Relation::same && c.diffs[i].identical();
}

bool same_number(const statute::Article& x, const statute::Article& y) {
  return x.number == y.number && x.suffix == y.suffix;
}

/// Old articles whose counterparts (minor shares aside) all carry another
/// number.
std::vector<Renumbering> renumbered(const Comparison& c, const std::vector<int>& ranks) {
  std::vector<Renumbering> out;
  for (std::size_t k = 0; k < c.a->doc.articles.size(); ++k) {
    Renumbering r{static_cast<int>(k), {}, align::Relation::modified, true};
    for (std::size_t i = 0; i < c.alignment.pairs.size(); ++i) {
      const align::Pair& p = c.alignment.pairs[i];
      if (p.a.article != r.from || p.relation == align::Relation::partial) continue;
      if (std::find(r.to.begin(), r.to.end(), p.b.article) == r.to.end()) r.to.push_back(p.b.article);
      r.text_unchanged = r.text_unchanged && unchanged_pair(c, i);
    }
    if (r.to.empty()) continue;
    std::sort(r.to.begin(), r.to.end());
    const statute::Article& old_art = c.a->doc.articles[k];
    const bool kept = std::any_of(r.to.begin(), r.to.end(), [&](int j) {
      return same_number(old_art, c.b->doc.articles[static_cast<std::size_t>(j)]);
    });
    if (kept) continue;
    r.relation = kByRank[ranks[k]];
    r.text_unchanged = r.text_unchanged && r.to.size() == 1 && r.relation == align::Relation::same;
    out.push_back(std::move(r));
  }
  return out;
}

using Key = std::tuple<int, int, int, int>;

/// The rows in the new act's order: pairs by their new provision, added
/// articles at their place, a deleted article after the pairs of the old
/// article before it.
std::vector<VersionRow> rows(const Comparison& c) {
  std::vector<std::pair<Key, VersionRow>> keyed;
  std::vector<int> last_b(c.a->doc.articles.size() + 1, -1);  // per old article: the latest new article paired before it
  for (const align::Pair& p : c.alignment.pairs) {
    int& x = last_b.at(static_cast<std::size_t>(p.a.article) + 1);
    x = std::max(x, p.b.article);
  }
  for (std::size_t k = 1; k < last_b.size(); ++k) last_b[k] = std::max(last_b[k], last_b[k - 1]);
  for (std::size_t i = 0; i < c.alignment.pairs.size(); ++i) {
    if (!c.all && unchanged_pair(c, i)) continue;
    const align::Pair& p = c.alignment.pairs[i];
    keyed.push_back({{p.b.article, p.b.paragraph, p.a.article, p.a.paragraph}, {RowKind::pair, i}});
  }
  for (std::size_t i = 0; i < c.only_b.size(); ++i) keyed.push_back({{c.only_b[i].article, 0, -1, 0}, {RowKind::added, i}});
  for (std::size_t i = 0; i < c.only_a.size(); ++i) {
    const int k = c.only_a[i].article;
    keyed.push_back({{last_b[static_cast<std::size_t>(k)], 1 << 20, k, 0}, {RowKind::deleted, i}});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<VersionRow> out;
  for (const auto& [key, row] : keyed) out.push_back(row);
  return out;
}

diff::ProvisionDiff one_sided(const statute::Act& act, int k, bool b_side) {
  const cite::Provision p = cite::article_provision(act, static_cast<std::size_t>(k));
  std::vector<diff::ProvisionDiff> d = diff::diff_provisions(b_side ? nullptr : &p, b_side ? &p : nullptr, {});
  return d.empty() ? diff::ProvisionDiff{} : std::move(d.front());
}

std::string version_of(const statute::ActInfo& info) {
  if (info.version_date.empty()) return "—";
  return info.version_kind.empty() ? info.version_date : info.version_date + " " + info.version_kind;
}

std::string article_label(const statute::Act& act, int k) { return locator(act, {k, 0}); }

}  // namespace

void fill_version_report(Comparison& c) {
  const std::vector<int> ra = article_ranks(c, false), rb = article_ranks(c, true);
  c.v.old_counts = count(ra);
  c.v.new_counts = count(rb);
  c.v.renumbered = renumbered(c, ra);
  c.v.rows = rows(c);
  for (const VersionRow& r : c.v.rows) c.v.shown_pairs += r.kind == RowKind::pair;
  c.v.omitted_pairs = static_cast<int>(c.alignment.pairs.size()) - c.v.shown_pairs;
  for (std::size_t i = 0; i < c.alignment.pairs.size(); ++i) c.v.unchanged_pairs += unchanged_pair(c, i);
  const bool any_renumbered_only = std::any_of(c.v.renumbered.begin(), c.v.renumbered.end(),
                                               [](const Renumbering& r) { return r.text_unchanged; });
  if (!c.all && any_renumbered_only) c.v.rows.push_back({RowKind::renumbered_only, 0});
  for (const Unmatched& u : c.only_a) c.v.only_a_diffs.push_back(one_sided(*c.a, u.article, false));
  for (const Unmatched& u : c.only_b) c.v.only_b_diffs.push_back(one_sided(*c.b, u.article, true));
}

std::string locator(const statute::Act& act, align::Provision p) {
  return cite::chinese_locator(cite::article_provision(act, static_cast<std::size_t>(p.article), p.paragraph));
}

std::string versions_title(const Comparison& c) {
  const std::string ta = statute::cited_title(c.a->info), tb = statute::cited_title(c.b->info);
  if (ta == tb) return fmt::format("Versions of 《{}》: {} → {}", ta, c.a->info.id, c.b->info.id);
  return fmt::format("Versions: 《{}》 ({}) → 《{}》 ({})", ta, c.a->info.id, tb, c.b->info.id);
}

render::Table versions_acts_table(const Comparison& c) {
  render::Table t = acts_table(c);
  t.headers = {"", "old", "new"};
  t.rows.insert(t.rows.begin(), {"id", c.a->info.id, c.b->info.id});
  t.rows.insert(t.rows.begin() + 2, {"version", version_of(c.a->info), version_of(c.b->info)});
  return t;
}

render::Table relations_table(const Comparison& c) {
  const RelationCounts& o = c.v.old_counts;
  const RelationCounts& n = c.v.new_counts;
  auto s = [](int x) { return std::to_string(x); };
  render::Table t{{"articles", "old", "new"}, {}};
  t.rows.push_back({"unchanged", s(o.same), s(n.same)});
  t.rows.push_back({"modified", s(o.modified), s(n.modified)});
  t.rows.push_back({"split", s(o.split), s(n.split)});
  t.rows.push_back({"merged", s(o.merged), s(n.merged)});
  t.rows.push_back({"partial", s(o.partial), s(n.partial)});
  t.rows.push_back({"deleted", s(o.unmatched), "—"});
  t.rows.push_back({"added", "—", s(n.unmatched)});
  t.rows.push_back({"renumbered", s(static_cast<int>(c.v.renumbered.size())), "—"});
  return t;
}

render::Table renumbering_table(const Comparison& c) {
  render::Table t{{"renumbered", "relation"}, {}};
  for (const Renumbering& r : c.v.renumbered) {
    std::string to;
    for (int j : r.to) to += (to.empty() ? "" : "、") + article_label(*c.b, j);
    t.rows.push_back({"原" + article_label(*c.a, r.from) + " → " + to,
                      std::string(align::to_string(r.relation)) + (r.text_unchanged ? ", renumbered only" : "")});
  }
  return t;
}

std::string version_note(const Comparison& c) {
  if (c.v.swapped) return fmt::format("{} is the older version: it is shown as the old one.", c.a->info.id);
  if (c.a->info.version_date.empty() || c.b->info.version_date.empty()) {
    return fmt::format("A version date is missing: {} (ACT_A) is taken as the old version.", c.a->info.id);
  }
  return {};
}

std::string omitted_note(const Comparison& c) {
  const std::size_t pairs = c.alignment.pairs.size();
  if (c.all) return fmt::format("All {} aligned pairs shown (--all).", pairs);
  return fmt::format("{} of {} aligned pairs shown; {} unchanged {} omitted (--all shows them).", c.v.shown_pairs,
                     pairs, c.v.omitted_pairs, c.v.omitted_pairs == 1 ? "pair" : "pairs");
}

}  // namespace lawdiff::report
