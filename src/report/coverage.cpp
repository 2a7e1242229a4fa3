#include "report/coverage.hpp"

#include <fmt/format.h>

#include "report/topic.hpp"
#include "text/numerals.hpp"

namespace lawdiff::report {
namespace {

// A chapter's label, with its 编 when it has one: chapters restart in each
// 编 (民法典, 刑法), so 第一章 alone would name two rows.
std::string full_label(const statute::Division& d) {
  return d.parent_part > 0 ? "第" + text::to_chinese(d.parent_part) + "编" + d.label : d.label;
}

std::string chapter_label(const statute::Act& act, std::size_t index) {
  const statute::Division* d = statute::chapter_of(act.doc, index);
  return d ? full_label(*d) : std::string();
}

Status status_of(const std::vector<Counterpart>& cps) {
  if (cps.empty()) return Status::none;
  for (const auto& c : cps) {
    if (c.pair.strength == align::Strength::strong) return Status::covered;
  }
  return Status::partial;
}

void count(ChapterCoverage& c, Status s) {
  ++c.articles;
  (s == Status::covered ? c.covered : s == Status::partial ? c.partial : c.none) += 1;
}

/// Per chapter of A, in order of first appearance.
std::vector<ChapterCoverage> chapter_rows(const statute::Act& a, const std::vector<ArticleCoverage>& rows) {
  std::vector<ChapterCoverage> out;
  const statute::Division* current = nullptr;
  for (const auto& r : rows) {
    const statute::Division* d = statute::chapter_of(a.doc, static_cast<std::size_t>(r.article));
    if (out.empty() || d != current) {
      out.push_back({d ? full_label(*d) : "—", d ? d->title : "", 0, 0, 0, 0});
      current = d;
    }
    count(out.back(), r.status);
  }
  return out;
}

OnlyB only_b_row(const statute::Act& a, const statute::Act& b, const align::Alignment& al, int j,
                 const std::vector<std::string>& topics) {
  OnlyB row{j, align::provision_id(b, {j, 0}), chapter_label(b, j), topics[j], "", 0};
  const auto& m = al.similarity;
  for (int i = 0; i < m.rows() && j < m.cols(); ++i) {
    if (m.at(i, j) > row.nearest_score) {
      row.nearest_id = align::provision_id(a, {i, 0});
      row.nearest_score = m.at(i, j);
    }
  }
  return row;
}

}  // namespace

std::string_view to_string(Status s) {
  switch (s) {
    case Status::covered: return "covered";
    case Status::partial: return "partial";
    case Status::none: return "none";
  }
  return "none";
}

double ChapterCoverage::percent() const { return articles ? 100.0 * (covered + partial) / articles : 0; }

ChapterCoverage Coverage::total() const {
  ChapterCoverage t{"", "", 0, 0, 0, 0};
  for (const auto& r : articles) count(t, r.status);
  return t;
}

Coverage compute_coverage(const statute::Act& a, const statute::Act& b, const align::Alignment& alignment) {
  Coverage cov;
  cov.a = &a;
  cov.b = &b;
  cov.versions = is_version_pair(a, b);
  std::vector<std::string> topics_a = article_topics(a);
  for (std::size_t i = 0; i < a.doc.articles.size(); ++i) {
    const int k = static_cast<int>(i);
    cov.articles.push_back({k, align::provision_id(a, {k, 0}), chapter_label(a, i), topics_a[i], {}, Status::none});
  }
  for (const align::Pair& p : alignment.pairs) {
    const int index = cov.pairs++;
    ++(p.strength == align::Strength::strong ? cov.strong : cov.partial_pairs);
    auto& row = cov.articles.at(static_cast<std::size_t>(p.a.article));
    row.counterparts.push_back({p, index, align::provision_id(a, p.a), align::provision_id(b, p.b)});
  }
  for (auto& row : cov.articles) row.status = status_of(row.counterparts);
  cov.chapters = chapter_rows(a, cov.articles);
  std::vector<std::string> topics_b = article_topics(b);
  for (int j : alignment.unmatched_b) cov.only_b.push_back(only_b_row(a, b, alignment, j, topics_b));
  return cov;
}

bool is_version_pair(const statute::Act& a, const statute::Act& b) {
  return !a.info.title.empty() && a.info.title == b.info.title && a.info.id != b.info.id;
}

std::string_view status_label(const Coverage& cov, Status s) {
  return cov.versions && s == Status::none ? "deleted" : to_string(s);
}

std::string_view only_b_label(const Coverage& cov) { return cov.versions ? "added" : "only_b"; }

std::string format_score(double score) { return fmt::format("{:.2f}", score); }

std::string counterparts_cell(const ArticleCoverage& row) {
  std::string out;
  for (const auto& c : row.counterparts) {
    if (!out.empty()) out += ", ";
    out += c.b_id + " (" + format_score(c.pair.score) + " " + std::string(align::to_string(c.pair.relation)) + ")";
  }
  return out;
}

}  // namespace lawdiff::report
