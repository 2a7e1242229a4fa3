#include "report/text_fit.hpp"

#include <algorithm>
#include <numeric>

#include "text/sanitize.hpp"
#include "text/truncate.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

constexpr int kMinColumn = 6;
constexpr int kGap = 2;  // write_text_table's column separator

std::string clean(std::string_view s) {
  std::string c = text::neutralize_controls(s);
  std::replace(c.begin(), c.end(), '\n', ' ');
  return c;
}

/// Column widths after shrinking the widest column one step at a time
/// until the row fits (or every column is at the minimum).
std::vector<int> fitted_widths(std::vector<int> widths, int width) {
  auto total = [&] { return std::accumulate(widths.begin(), widths.end(), 0) + kGap * (int(widths.size()) - 1); };
  while (total() > width) {
    auto widest = std::max_element(widths.begin(), widths.end());
    if (*widest <= kMinColumn) break;
    --*widest;
  }
  return widths;
}

}  // namespace

render::Table fit_to_width(const render::Table& t, int width) {
  render::Table out{{}, {}};
  std::vector<int> widths(t.headers.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      cells.push_back(clean(row[c]));
      widths[c] = std::max(widths[c], text::display_width(cells.back()));
    }
    return cells;
  };
  out.headers = measure(t.headers);
  for (const auto& row : t.rows) out.rows.push_back(measure(row));
  widths = fitted_widths(widths, width);
  auto cut = [&](std::vector<std::string>& row) {
    for (std::size_t c = 0; c < row.size(); ++c) row[c] = text::shorten_to_width(row[c], widths[c]);
  };
  cut(out.headers);
  for (auto& row : out.rows) cut(row);
  return out;
}

}  // namespace lawdiff::report
