// Token diff: ICU words (or code points) compared with dtl, then cleaned up.
#include "diff/text_diff.hpp"

#include <dtl/dtl.hpp>

#include "diff/cleanup.hpp"
#include "text/segment.hpp"

namespace lawdiff::diff {
namespace {

using Tokens = std::vector<std::string_view>;

Boundaries cuts_of(std::string_view s, const Tokens& tokens) {
  Boundaries cuts{0};
  for (std::string_view t : tokens) cuts.push_back(static_cast<std::size_t>(t.data() + t.size() - s.data()));
  if (cuts.back() != s.size()) cuts.push_back(s.size());
  return cuts;
}

/// The raw script as byte-range segments: the common leading and trailing
/// tokens as one equal segment each (the usual diff speed-up: most of an
/// amended provision is unchanged), dtl's script for the middle, one
/// segment per token.
std::vector<Segment> raw_segments(const Tokens& ta, const Tokens& tb) {
  std::size_t head = 0;
  while (head < ta.size() && head < tb.size() && ta[head] == tb[head]) ++head;
  std::size_t tail = 0;
  while (tail < ta.size() - head && tail < tb.size() - head && ta[ta.size() - 1 - tail] == tb[tb.size() - 1 - tail])
    ++tail;
  std::vector<Segment> out;
  std::size_t a = 0, b = 0;
  auto equal_run = [&](std::size_t from, std::size_t to) {
    if (from == to) return;
    Segment s{true, a, a, b, b};
    for (std::size_t k = from; k < to; ++k) s.a_end += ta[k].size();
    s.b_end = s.b_begin + (s.a_end - s.a_begin);
    a = s.a_end, b = s.b_end;
    out.push_back(s);
  };
  equal_run(0, head);
  const Tokens mid_a(ta.begin() + static_cast<std::ptrdiff_t>(head), ta.end() - static_cast<std::ptrdiff_t>(tail));
  const Tokens mid_b(tb.begin() + static_cast<std::ptrdiff_t>(head), tb.end() - static_cast<std::ptrdiff_t>(tail));
  dtl::Diff<std::string_view, Tokens> d(mid_a, mid_b);
  d.compose();
  for (const auto& [token, info] : d.getSes().getSequence()) {
    Segment s;
    s.equal = info.type == dtl::SES_COMMON;
    s.a_begin = a;
    s.b_begin = b;
    if (info.type != dtl::SES_ADD) a += token.size();
    if (info.type != dtl::SES_DELETE) b += token.size();
    s.a_end = a;
    s.b_end = b;
    out.push_back(s);
  }
  equal_run(ta.size() - tail, ta.size());
  return out;
}

}  // namespace

std::vector<Edit> diff_text(std::string_view a, std::string_view b, Granularity g, text::SpaceMode spaces) {
  if (a == b) return a.empty() ? std::vector<Edit>{} : std::vector<Edit>{{Op::equal, std::string(a)}};
  const std::vector<char> a_mask = text::ignored_space_mask(a, spaces), b_mask = text::ignored_space_mask(b, spaces);
  // Texts equal but for ignored spacing: a code-point diff cannot pair
  // differently segmented words wrongly, so it finds only spacing changes.
  if (spaces != text::SpaceMode::none && text::without_ignored_space(a, spaces) == text::without_ignored_space(b, spaces))
    g = Granularity::character;
  const Tokens wa = text::words(a), wb = text::words(b);
  const Boundaries a_words = cuts_of(a, wa), b_words = cuts_of(b, wb);
  std::vector<Segment> segments;
  Boundaries a_cuts, b_cuts;
  if (g == Granularity::word) {
    segments = raw_segments(wa, wb);
    a_cuts = a_words;
    b_cuts = b_words;
  } else {
    const Tokens ca = text::characters(a), cb = text::characters(b);
    segments = raw_segments(ca, cb);
    a_cuts = cuts_of(a, ca);
    b_cuts = cuts_of(b, cb);
  }
  merge_segments(segments);
  cleanup(segments, {a, b, a_cuts, b_cuts, a_words, b_words});
  if (spaces != text::SpaceMode::none) mark_ignored_space(segments, a, b, a_mask, b_mask);
  return to_edits(segments, a, b);
}

}  // namespace lawdiff::diff
