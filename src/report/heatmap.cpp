#include "report/heatmap.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "render/table.hpp"

namespace lawdiff::report {
namespace {

constexpr int kCellW = 24, kCellH = 14;  // readable labels at 100% zoom
constexpr int kLeft = 64, kTop = 40;  // room for row and column labels
constexpr double kBlank = 0.02;       // scores below this are not drawn

/// White to dark blue as `t` goes 0 → 1.
std::string colour(double t) {
  t = std::clamp(t, 0.0, 1.0);
  auto mix = [t](int from, int to) { return static_cast<int>(from + (to - from) * t + 0.5); };
  return fmt::format("#{:02x}{:02x}{:02x}", mix(255, 8), mix(255, 48), mix(255, 107));
}

std::string key(const statute::Act& act, int k) { return statute::article_key(act.doc.articles.at(k)); }

void write_labels(std::ostream& out, const Comparison& c, int rows, int cols) {
  out << "<g font-size=\"10\" fill=\"#444\">\n";
  for (int i = 0; i < rows; ++i) {
    out << fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kLeft - 3, kTop + i * kCellH + 11,
                       render::html_escape(key(*c.a, i)));
  }
  for (int j = 0; j < cols; ++j) {
    out << fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", kLeft + j * kCellW + kCellW / 2,
                       kTop - 4, render::html_escape(key(*c.b, j)));
  }
  out << fmt::format("<text x=\"{}\" y=\"14\" font-size=\"12\">{} →</text>\n", kLeft, render::html_escape(c.b->info.id));
  out << fmt::format("<text x=\"4\" y=\"{}\" font-size=\"12\">{} ↓</text>\n", kTop - 4, render::html_escape(c.a->info.id));
  out << "</g>\n";
}

void write_cells(std::ostream& out, const Comparison& c, double max) {
  const auto& m = c.alignment.similarity;
  for (int i = 0; i < m.rows(); ++i) {
    for (int j = 0; j < m.cols(); ++j) {
      double s = m.at(i, j);
      if (s < kBlank) continue;
      out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}:{} × {}:{}: {:.2f}</title></rect>\n",
                         kLeft + j * kCellW, kTop + i * kCellH, kCellW, kCellH, colour(s / max),
                         render::html_escape(c.a->info.id), render::html_escape(key(*c.a, i)),
                         render::html_escape(c.b->info.id), render::html_escape(key(*c.b, j)), s);
    }
  }
}

void write_pair_outlines(std::ostream& out, const Comparison& c) {
  for (std::size_t n = 0; n < c.alignment.pairs.size(); ++n) {
    const align::Pair& p = c.alignment.pairs[n];
    bool strong = p.strength == align::Strength::strong;
    out << fmt::format("<a href=\"#pair-{}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" "
                       "stroke=\"#d62728\" stroke-width=\"1.5\"{}><title>{} ({:.2f}, {})</title></rect></a>\n",
                       n, kLeft + p.b.article * kCellW, kTop + p.a.article * kCellH, kCellW, kCellH,
                       strong ? "" : " stroke-dasharray=\"2,1\"", render::html_escape(pair_label(c, n)), p.score,
                       align::to_string(p.strength));
  }
}

}  // namespace

void write_heatmap_svg(std::ostream& out, const Comparison& c) {
  const auto& m = c.alignment.similarity;
  double max = kBlank;
  for (int i = 0; i < m.rows(); ++i) {
    for (int j = 0; j < m.cols(); ++j) max = std::max(max, m.at(i, j));
  }
  const int width = kLeft + m.cols() * kCellW + 4, height = kTop + m.rows() * kCellH + 4;
  out << fmt::format("<p>Rows: articles of {}; columns: articles of {}. Darker cells score higher (darkest = {:.2f}); "
                     "red outlines are aligned pairs (dashed: partial). Hover a cell for its score; click an outline "
                     "for the pair's diff.</p>\n",
                     render::html_escape(c.a->info.id), render::html_escape(c.b->info.id), max);
  out << fmt::format("<div class=\"heatmap\"><svg width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" role=\"img\">\n",
                     width, height);
  out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#fff\" stroke=\"#ccc\"/>\n", kLeft, kTop,
                     m.cols() * kCellW, m.rows() * kCellH);
  write_labels(out, c, m.rows(), m.cols());
  write_cells(out, c, max);
  write_pair_outlines(out, c);
  out << "</svg></div>\n";
}

}  // namespace lawdiff::report
