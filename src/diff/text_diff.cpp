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

/// The raw script from dtl as byte-range segments, one per token.
std::vector<Segment> raw_segments(const Tokens& ta, const Tokens& tb) {
  dtl::Diff<std::string_view, Tokens> d(ta, tb);
  d.compose();
  std::vector<Segment> out;
  std::size_t a = 0, b = 0;
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
  return out;
}

}  // namespace

std::vector<Edit> diff_text(std::string_view a, std::string_view b, Granularity g) {
  if (a == b) return a.empty() ? std::vector<Edit>{} : std::vector<Edit>{{Op::equal, std::string(a)}};
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
  return to_edits(segments, a, b);
}

}  // namespace lawdiff::diff
