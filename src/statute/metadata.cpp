// Reads what an act says about itself. Titles are found by shape (a short
// standalone line ending in 条例, 法, 规定, …), dates by their context
// (…通过, 自…起施行, a lone date line under the issuing body).
#include "statute/metadata.hpp"

#include <array>

#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace lawdiff::statute {
namespace {

constexpr std::array<std::string_view, 4> kDraftMarkers = {"（草案征求意见稿）", "（征求意见稿）", "（草案）", "（送审稿）"};

/// Splits a trailing draft marker off `title`; returns the marker's inner text.
std::string split_draft_marker(std::string& title) {
  for (std::string_view m : kDraftMarkers) {
    if (title.ends_with(m)) {
      title.resize(title.size() - m.size());
      std::string inner(m.substr(std::string_view("（").size()));
      inner.resize(inner.size() - std::string_view("）").size());
      return inner;
    }
  }
  return {};
}

bool looks_like_title(std::string_view s) {
  if (s.empty() || s.starts_with("《") || s.starts_with("（") || s.find("。") != std::string_view::npos) return false;
  std::size_t n = text::code_point_count(s);
  if (n < 4 || n > 80) return false;
  std::string t(s);
  split_draft_marker(t);
  for (std::string_view end : {"条例", "法", "规定", "办法", "决定", "解释", "细则", "规则", "意见", "通知", "准则", "章程", "修正案", "批复", "答复", "决议"}) {
    if (t.ends_with(end)) return true;
  }
  return false;
}

bool is_draft_line(std::string_view s) {
  for (std::string_view m : kDraftMarkers) {
    if (s == m) return true;
  }
  return false;
}

void read_title(Metadata& meta, const std::vector<Line>& lines, std::size_t body_start) {
  std::string title;
  std::string marker;
  for (std::size_t i = 0; i < body_start; ++i) {
    const Line& line = lines[i];
    if (line.kind == LineKind::markdown_title) {
      title = std::string(line.title);
      marker = split_draft_marker(title);
      break;
    }
    std::string body(text::trim(line.raw));
    if (!looks_like_title(body)) continue;
    title = body;
    marker = split_draft_marker(title);
    for (std::size_t j = i + 1; j < body_start && marker.empty(); ++j) {
      std::string_view next = text::trim(lines[j].raw);
      if (next.empty()) continue;
      if (is_draft_line(next)) marker = std::string(next.substr(3, next.size() - 6));
      break;
    }
  }
  meta.title = title;
  meta.draft_marker = marker;
  if (!marker.empty()) meta.status = ActStatus::draft;
}

/// "自2022年11月1日起施行": the date right after 自.
std::string effective_date(std::string_view s) {
  for (const FoundDate& d : find_dates(s)) {
    if (d.begin >= 3 && s.substr(d.begin - 3, 3) == "自" && s.substr(d.end).starts_with("起施行")) return d.iso;
  }
  return {};
}

void read_announcement(Metadata& meta, const std::vector<Line>& lines, std::size_t body_start) {
  for (std::size_t i = 0; i < body_start; ++i) {
    std::string s = text::fold_compact(text::trim(lines[i].raw));
    if (s.starts_with("(") || s.starts_with("（")) s = s.substr(s.starts_with("(") ? 1 : 3);
    if (s.ends_with(")")) s.pop_back();
    if (s.ends_with("）")) s.resize(s.size() - 3);
    if (s.starts_with("第") && s.ends_with("号") && text::code_point_count(s) <= 12) {
      meta.announcement = s;
      return;
    }
  }
}

/// A line that is nothing but a date, in the announcement: the promulgation.
void read_promulgation(Metadata& meta, const std::vector<Line>& lines, std::size_t body_start) {
  for (std::size_t i = 0; i < body_start; ++i) {
    std::string s = text::fold_compact(text::trim(lines[i].raw));
    auto dates = find_dates(s);
    if (dates.size() == 1 && dates[0].begin == 0 && dates[0].end == s.size()) {
      meta.promulgated = dates[0].iso;
      return;
    }
  }
}

void read_adoption(Metadata& meta, std::string_view front) {
  for (const FoundDate& d : find_dates(front)) {
    std::string_view after = front.substr(d.end, 200);
    std::size_t pass = after.find("通过");
    std::size_t stop = after.find("。");
    if (pass == std::string_view::npos || (stop != std::string_view::npos && stop < pass)) continue;
    meta.adopted = d.iso;
    std::string_view body = after.substr(0, pass);
    if (body.starts_with("经")) body.remove_prefix(3);
    if (body.ends_with("审议")) body.remove_suffix(6);
    meta.adopted_by = std::string(body);
    return;
  }
}

}  // namespace

void read_metadata(Document& doc, const std::vector<Line>& lines, std::size_t body_start) {
  Metadata& meta = doc.meta;
  read_title(meta, lines, body_start);
  read_announcement(meta, lines, body_start);
  read_promulgation(meta, lines, body_start);
  std::string front;
  for (std::size_t i = 0; i < body_start; ++i) {
    if (lines[i].kind != LineKind::info_end) front += text::fold_compact(lines[i].raw);
  }
  read_adoption(meta, front);
  meta.amendments = read_history(front);
  if (const Amendment* latest = latest_amendment(meta.amendments)) meta.amended = latest->date;
  meta.effective = effective_date(front);
  if (meta.effective.empty() && !doc.articles.empty()) {
    meta.effective = effective_date(text::fold_compact(article_text(doc.articles.back())));
  }
}

}  // namespace lawdiff::statute
