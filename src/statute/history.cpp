// An act's history as its front matter records it (the 题注 under the title):
//   （2014年11月1日第十二届全国人民代表大会常务委员会第十一次会议通过　根据2015年3月15日
//     第十二届全国人民代表大会第三次会议《关于修改〈中华人民共和国立法法〉的决定》第一次修正）
// Each date opens a clause that runs to the next date, or to the first
// sentence mark or bracket outside 《》, or at an event word that nothing
// but the decision follows. Its last event word outside 《》 is what happened
// on that date (…会议通过的《…的决定》修正 is a 修正); the text before its first
// event word or 《 is who did it; its first 《…》 is the amending decision. One pass over the folded front matter,
// linear in its size.
#include <algorithm>
#include <array>
#include <tuple>

#include "statute/metadata.hpp"

namespace lawdiff::statute {
namespace {

constexpr std::array<std::string_view, 6> kEvents = {"通过", "批准", "修正", "修订", "公布", "发布"};
constexpr std::string_view kOpen = "《";
constexpr std::string_view kClose = "》";

/// The event word starting at `at` in `s`, or empty.
std::string_view event_at(std::string_view s, std::size_t at) {
  for (std::string_view e : kEvents) {
    if (s.substr(at).starts_with(e)) return e;
  }
  return {};
}

/// A sentence mark, a bracket or 施行 (…2022年11月1日施行) ends a clause.
bool ends_clause(std::string_view s, std::size_t at) {
  const char c = s[at];
  if (c == ',' || c == ';' || c == '(' || c == ')') return true;
  const std::string_view rest = s.substr(at);
  return rest.starts_with("。") || rest.starts_with("施行");
}

/// What one date's clause says, before the who is tidied.
struct Clause {
  std::string_view kind;
  std::string_view by; // up to the first event word or 《
  std::string decision;
  bool shares_next = false; // "2004年9月1日…会议、2004年9月2日…会议通过": the next date's event
};

/// Skips an ordinal 第一次, 第十二次 at the start of `rest`.
std::string_view skip_ordinal(std::string_view rest) {
  if (!rest.starts_with("第")) return rest;
  const std::size_t end = rest.find("次");
  return end == std::string_view::npos || end > std::string_view("第十二").size()
             ? rest
             : rest.substr(end + std::string_view("次").size());
}

/// After an event word, the clause goes on only to name what was adopted
/// and how it acted: 通过的《…的决定》修正, 关于批准《…》修正, 批准第一次修订,
/// 通过批准的《…》第一次修正.
bool clause_goes_on(std::string_view rest) {
  if (rest.starts_with(kOpen) || rest.starts_with("的《")) return true;
  return !event_at(skip_ordinal(rest), 0).empty();
}

/// An event written inside the decision's brackets (《…的决定修正》, a slip
/// of some collections) when none follows them.
void event_inside_decision(Clause &c) {
  for (std::string_view e : {"修正", "修订"}) {
    if (c.kind.empty() && c.decision.ends_with(e)) c.kind = e, c.decision.resize(c.decision.size() - e.size());
  }
}

/// A 修正案 or 修改 decision adopted (…通过的《中华人民共和国宪法修正案》) amends the act.
void adopted_amendment(Clause &c) {
  if (c.kind == "通过" &&
      (c.decision.find("修正案") != std::string::npos || c.decision.find("关于修改") != std::string::npos)) {
    c.kind = "修正";
  }
}

/// "关于修改《X》的决定第一次" → "关于修改〈X〉的决定": a decision written around
/// the title it amends, the title's brackets nested as 〈〉.
std::string wrapped_decision(std::string_view s) {
  std::string d(s);
  if (const std::size_t open = d.find(kOpen); open != std::string::npos) d.replace(open, kOpen.size(), "〈");
  if (const std::size_t close = d.rfind(kClose); close != std::string::npos) d.replace(close, kClose.size(), "〉");
  std::string_view v(d);
  if (const std::size_t at = v.rfind("第"); at != std::string_view::npos && skip_ordinal(v.substr(at)).empty())
    d.resize(at);
  return d;
}

Clause read_clause(std::string_view s) {
  constexpr std::string_view kAmending = "关于修改";
  Clause c;
  std::size_t by_end = std::string_view::npos, kind_at = 0, wrap_at = std::string_view::npos;
  int depth = 0;
  std::size_t open_at = 0, i = 0;
  for (; i < s.size(); ++i) {
    if (s.substr(i).starts_with(kOpen)) {
      if (depth++ == 0) open_at = i + kOpen.size();
      if (by_end == std::string_view::npos) {
        by_end = i;
        if (s.substr(0, i).ends_with(kAmending)) wrap_at = by_end = i - kAmending.size();
      }
      i += kOpen.size() - 1;
    } else if (s.substr(i).starts_with(kClose) && depth > 0) {
      if (--depth == 0 && c.decision.empty()) c.decision = s.substr(open_at, i - open_at);
      i += kClose.size() - 1;
    } else if (depth == 0 && ends_clause(s, i)) {
      break;
    } else if (std::string_view e = depth == 0 ? event_at(s, i) : std::string_view(); !e.empty()) {
      const bool adopts_amendment = (c.kind == "修正" || c.kind == "修订") && kind_at + c.kind.size() == i;
      if (!adopts_amendment) c.kind = e, kind_at = i; // 修订通过, 修正公布: still a 修订, a 修正
      if (by_end == std::string_view::npos) by_end = i;
      i += e.size();
      if (!clause_goes_on(s.substr(i))) break;
      --i;
    }
  }
  if (wrap_at != std::string_view::npos && kind_at > wrap_at)
    c.decision = wrapped_decision(s.substr(wrap_at, kind_at - wrap_at));
  event_inside_decision(c);
  adopted_amendment(c);
  if (!c.kind.empty()) c.by = s.substr(0, std::min(by_end, s.size()));
  c.shares_next = c.kind.empty() && i == s.size() && s.ends_with("、");
  return c;
}

void strip_prefix(std::string_view &s, std::string_view p) {
  if (s.starts_with(p)) s.remove_prefix(p.size());
}

void strip_suffix(std::string_view &s, std::string_view p) {
  if (s.ends_with(p)) s.remove_suffix(p.size());
}

/// "…会议第一次" → "…会议": an ordinal of the event (第一次修订) is not part of who.
void strip_ordinal(std::string_view &by) {
  if (!by.ends_with("次")) return;
  const std::size_t at = by.rfind("第");
  if (at == std::string_view::npos) return;
  const std::string_view ordinal = by.substr(at + std::string_view("第").size());
  if (ordinal.size() <= std::string_view("十一次").size() && ordinal.find("会") == std::string_view::npos)
    by = by.substr(0, at);
}

std::string tidy_by(std::string_view by) {
  strip_prefix(by, "根据");
  strip_prefix(by, "经");
  strip_ordinal(by);
  strip_suffix(by, "审议");
  strip_suffix(by, "关于");
  return std::string(by);
}

/// Keeps one event per date and kind, the fullest reading of it.
void merge_duplicates(std::vector<Amendment> &events) {
  // O(n log n): a hostile front matter may hold a million dated 通过.
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](std::size_t i) { return std::tie(events[i].date, events[i].kind); };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return key(x) < key(y); });
  std::vector<bool> dropped(events.size(), false);
  for (std::size_t k = 1, first = order.empty() ? 0 : order[0]; k < order.size(); ++k) {
    const std::size_t i = order[k];
    if (key(i) != key(first)) {
      first = i;
      continue;
    }
    if (events[first].by.empty()) events[first].by = std::move(events[i].by);
    if (events[first].decision.empty()) events[first].decision = std::move(events[i].decision);
    dropped[i] = true;
  }
  std::vector<Amendment> out;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (!dropped[i]) out.push_back(std::move(events[i]));
  }
  std::stable_sort(out.begin(), out.end(), [](const Amendment &x, const Amendment &y) { return x.date < y.date; });
  events = std::move(out);
}

} // namespace

std::vector<Amendment> read_history(std::string_view front) {
  const std::vector<FoundDate> dates = find_dates(front);
  std::vector<Amendment> events;
  std::vector<std::size_t> waiting; // dates that share the next date's event
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const std::size_t stop = i + 1 < dates.size() ? dates[i + 1].begin : front.size();
    const std::string_view clause = front.substr(dates[i].end, stop - dates[i].end);
    Clause c = read_clause(clause);
    if (c.shares_next) waiting.push_back(i);
    if (c.kind.empty()) continue;
    for (std::size_t w : waiting) {
      const std::string_view own = front.substr(dates[w].end, dates[w + 1].begin - dates[w].end);
      events.push_back({dates[w].iso, std::string(c.kind),
                        tidy_by(own.substr(0, own.size() - std::string_view("、").size())), c.decision});
    }
    waiting.clear();
    events.push_back({dates[i].iso, std::string(c.kind), tidy_by(c.by), std::move(c.decision)});
  }
  merge_duplicates(events);
  return events;
}

const Amendment *latest_amendment(const std::vector<Amendment> &history) {
  const Amendment *latest = nullptr;
  for (const Amendment &e : history) {
    if ((e.kind == "修正" || e.kind == "修订") && (latest == nullptr || e.date >= latest->date)) latest = &e;
  }
  return latest;
}

} // namespace lawdiff::statute
