#include "report/comparison.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "diff/act_walk.hpp"
#include "diff/heading.hpp"
#include "diff/alignment_pairing.hpp"
#include "statute/metadata.hpp"
#include "statute/version.hpp"
#include "text/spacing.hpp"

namespace lawdiff::report {
namespace {

/// The unmatched article `k` of `act` in full; `topic` as the coverage
/// tables show it (labelling segments the whole act, so it is done once).
Unmatched unmatched(const statute::Act& act, int k, const std::string& topic) {
  const auto i = static_cast<std::size_t>(k);
  return {k, align::provision_id(act, {k, 0}), diff::heading(cite::article_provision(act, i)), topic,
          statute::article_text(act.doc.articles.at(i))};
}

/// True when the alignment pairs the articles one to one, with nothing
/// unmatched, and each pair's two articles read the same (title and text).
/// Judged on whole articles, not on the pairs' diffs: a pair may name one
/// paragraph (sz:65.1), and the rest of the article must match too.
bool identical_acts(const statute::Act& a, const statute::Act& b, const align::Alignment& al, text::SpaceMode spaces) {
  if (!al.unmatched_a.empty() || !al.unmatched_b.empty()) return false;
  if (al.pairs.size() != a.doc.articles.size() || al.pairs.size() != b.doc.articles.size()) return false;
  std::vector<bool> used_a(al.pairs.size()), used_b(al.pairs.size());
  for (const auto& p : al.pairs) {
    const auto i = static_cast<std::size_t>(p.a.article), j = static_cast<std::size_t>(p.b.article);
    if (used_a.at(i) || used_b.at(j)) return false;
    used_a[i] = used_b[j] = true;
    const statute::Article& x = a.doc.articles[i];
    const statute::Article& y = b.doc.articles[j];
    auto same = [spaces](const std::string& s, const std::string& t) {
      return s == t || (spaces != text::SpaceMode::none && text::without_ignored_space(s, spaces) == text::without_ignored_space(t, spaces));
    };
    if (!same(x.title, y.title) || !same(statute::article_text(x), statute::article_text(y))) return false;
  }
  return true;
}

/// In a 新旧对照, a pair that names one paragraph (2014:38 ↔ 2023:4.1) is
/// widened to the whole articles when neither article takes part in another
/// pair, so a paragraph added or dropped beside it shows in the diff. The
/// pair's relation, the aligner's, is kept.
void widen_lone_paragraph_pairs(align::Alignment& al, std::size_t na, std::size_t nb) {
  std::vector<int> of_a(na), of_b(nb);
  for (const align::Pair& p : al.pairs) {
    ++of_a.at(static_cast<std::size_t>(p.a.article));
    ++of_b.at(static_cast<std::size_t>(p.b.article));
  }
  for (align::Pair& p : al.pairs) {
    if (of_a[static_cast<std::size_t>(p.a.article)] == 1 && of_b[static_cast<std::size_t>(p.b.article)] == 1) {
      p.a.paragraph = p.b.paragraph = 0;
    }
  }
}

}  // namespace

bool versions_of_one_act(const statute::Act& a, const statute::Act& b) {
  return a.info.id != b.info.id && statute::work_key(a.info.title) == statute::work_key(b.info.title);
}

Comparison compare_acts(const statute::Act& a_in, const statute::Act& b_in, const CompareOptions& options) {
  Comparison c;
  c.versions = options.versions || versions_of_one_act(a_in, b_in);
  c.all = options.all;
  // A 新旧对照 reads old → new: the later version goes on the right.
  const std::string& da = a_in.info.version_date;
  const std::string& db = b_in.info.version_date;
  const bool swap = c.versions && !da.empty() && !db.empty() && db < da;
  const statute::Act& a = swap ? b_in : a_in;
  const statute::Act& b = swap ? a_in : b_in;
  c.a = &a;
  c.b = &b;
  c.alignment = align::align(a, b);
  c.coverage = compute_coverage(a, b, c.alignment);
  if (c.versions) widen_lone_paragraph_pairs(c.alignment, a.doc.articles.size(), b.doc.articles.size());
  const diff::DiffOptions& diff_options = options.diff;
  for (const align::Pair& p : c.alignment.pairs) {
    // One pair at a time, so diffs[i] is exactly pairs[i]'s diff.
    std::vector<diff::ProvisionDiff> d = diff::diff_acts(a, b, diff::single_pair(a, b, p), diff_options);
    c.diffs.push_back(d.empty() ? diff::ProvisionDiff{} : std::move(d.front()));
    c.identical_pairs += c.diffs.back().identical();
  }
  for (int k : c.alignment.unmatched_a) c.only_a.push_back(unmatched(a, k, c.coverage.articles.at(k).topic));
  for (const OnlyB& r : c.coverage.only_b) c.only_b.push_back(unmatched(b, r.article, r.topic));
  c.identical = identical_acts(a, b, c.alignment, options.diff.spaces);
  if (c.versions) fill_version_report(c);
  c.v.swapped = swap;
  return c;
}

std::string comparison_title(const Comparison& c) {
  return "Comparison of 《" + statute::cited_title(c.a->info) + "》 (" + c.a->info.id + ") and 《" +
         statute::cited_title(c.b->info) + "》 (" + c.b->info.id + ")";
}

std::string pair_label(const Comparison& c, std::size_t i) {
  const align::Pair& p = c.alignment.pairs.at(i);
  return align::provision_id(*c.a, p.a) + " ↔ " + align::provision_id(*c.b, p.b);
}

render::Table acts_table(const Comparison& c) {
  const auto& a = c.a->info;
  const auto& b = c.b->info;
  auto dash = [](const std::string& s) { return s.empty() ? std::string("—") : s; };
  auto chapters = [](const statute::Act& act) {
    int n = 0;
    for (const auto& d : act.doc.divisions) n += d.level == statute::DivisionLevel::chapter;
    return std::to_string(n);
  };
  render::Table t{{"", a.id, b.id}, {}};
  t.rows.push_back({"title", "《" + statute::cited_title(a) + "》", "《" + statute::cited_title(b) + "》"});
  auto status = [](statute::ActStatus s) {
    std::string name(statute::status_name(s));
    std::replace(name.begin(), name.end(), '_', ' ');  // "in force", as the DESIGN table reads
    return name;
  };
  t.rows.push_back({"status", status(a.status), status(b.status)});
  t.rows.push_back({"adopted", dash(a.adopted), dash(b.adopted)});
  t.rows.push_back({"effective", dash(a.effective), dash(b.effective)});
  auto amended = [](const statute::Act& act) {
    const statute::Amendment* e = statute::latest_amendment(act.doc.meta.amendments);
    return e == nullptr ? std::string("—") : e->date + " " + e->kind;
  };
  t.rows.push_back({"amended", amended(*c.a), amended(*c.b)});
  t.rows.push_back({"chapters", chapters(*c.a), chapters(*c.b)});
  t.rows.push_back({"articles", std::to_string(c.a->doc.articles.size()), std::to_string(c.b->doc.articles.size())});
  return t;
}

render::Table figures_table(const Comparison& c) {
  const ChapterCoverage t = c.coverage.total();
  const std::string& ida = c.a->info.id;
  const std::string& idb = c.b->info.id;
  render::Table f{{"figure", "value"}, {}};
  f.rows.push_back({"aligned pairs", fmt::format("{} ({} strong, {} partial)", c.coverage.pairs, c.coverage.strong,
                                                  c.coverage.partial_pairs)});
  f.rows.push_back({"identical pairs", std::to_string(c.identical_pairs)});
  f.rows.push_back({"changed pairs", std::to_string(c.diffs.size() - c.identical_pairs)});
  f.rows.push_back({"articles of " + ida + " covered by " + idb,
                    fmt::format("{} covered, {} partial, {} none ({:.0f}%)", t.covered, t.partial, t.none, t.percent())});
  f.rows.push_back({"only in " + ida, std::to_string(c.only_a.size())});
  f.rows.push_back({"only in " + idb, std::to_string(c.only_b.size())});
  return f;
}

void write_comparison(std::ostream& out, const Comparison& c, std::string_view format, int width, bool color) {
  if (c.versions && format == "markdown") return write_versions_markdown(out, c);
  if (c.versions && format == "html") return write_versions_html(out, c);
  if (c.versions && format == "text") return write_versions_text(out, c, width, color);
  if (format == "markdown") return write_comparison_markdown(out, c);
  if (format == "html") return write_comparison_html(out, c);
  if (format == "json") return write_comparison_json(out, c);
  write_comparison_text(out, c, width, color);
}

}  // namespace lawdiff::report
