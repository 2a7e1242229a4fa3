#include "diff/cleanup.hpp"

#include <algorithm>

#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace lawdiff::diff {
namespace {

bool is_cut(const Boundaries& cuts, std::size_t at) { return std::binary_search(cuts.begin(), cuts.end(), at); }

std::size_t common_prefix(std::string_view x, std::string_view y) {
  return static_cast<std::size_t>(std::mismatch(x.begin(), x.end(), y.begin(), y.end()).first - x.begin());
}

std::size_t common_suffix(std::string_view x, std::string_view y) {
  return static_cast<std::size_t>(std::mismatch(x.rbegin(), x.rend(), y.rbegin(), y.rend()).first - x.rbegin());
}

// Largest n ≤ limit with a0 + n a cut of A and b0 + n a cut of B (0 always is).
std::size_t longest_cut_prefix(const CleanupInput& in, std::size_t a0, std::size_t b0, std::size_t limit) {
  for (std::size_t n = limit; n > 0; --n) {
    if (is_cut(in.a_cuts, a0 + n) && is_cut(in.b_cuts, b0 + n)) return n;
  }
  return 0;
}

std::size_t longest_cut_suffix(const CleanupInput& in, std::size_t a1, std::size_t b1, std::size_t limit) {
  for (std::size_t n = limit; n > 0; --n) {
    if (is_cut(in.a_cuts, a1 - n) && is_cut(in.b_cuts, b1 - n)) return n;
  }
  return 0;
}

// Step 1: a change whose two sides start or end alike gives that text back.
void factor_common_affixes(std::vector<Segment>& segments, const CleanupInput& in) {
  std::vector<Segment> out;
  for (Segment s : segments) {
    if (s.equal || s.a_begin == s.a_end || s.b_begin == s.b_end) {
      out.push_back(s);
      continue;
    }
    std::string_view x = in.a.substr(s.a_begin, s.a_end - s.a_begin);
    std::string_view y = in.b.substr(s.b_begin, s.b_end - s.b_begin);
    std::size_t p = longest_cut_prefix(in, s.a_begin, s.b_begin, common_prefix(x, y));
    std::size_t q = longest_cut_suffix(in, s.a_end, s.b_end, common_suffix(x.substr(p), y.substr(p)));
    out.push_back({true, s.a_begin, s.a_begin + p, s.b_begin, s.b_begin + p});
    out.push_back({false, s.a_begin + p, s.a_end - q, s.b_begin + p, s.b_end - q});
    out.push_back({true, s.a_end - q, s.a_end, s.b_end - q, s.b_end});
  }
  segments = std::move(out);
  merge_segments(segments);
}

std::size_t chars(std::string_view s, std::size_t begin, std::size_t end) {
  return text::code_point_count(s.substr(begin, end - begin));
}

// The larger side of a change, in characters.
std::size_t change_size(const Segment& s, const CleanupInput& in) {
  return std::max(chars(in.a, s.a_begin, s.a_end), chars(in.b, s.b_begin, s.b_end));
}

// Step 2: one pass folding the first coincidental equality; false when none.
bool fold_one_equality(std::vector<Segment>& segments, const CleanupInput& in) {
  for (std::size_t i = 1; i + 1 < segments.size(); ++i) {
    Segment& s = segments[i];
    if (!s.equal) continue;
    std::size_t len = chars(in.a, s.a_begin, s.a_end);
    if (len <= change_size(segments[i - 1], in) && len <= change_size(segments[i + 1], in)) {
      s.equal = false;
      merge_segments(segments);
      return true;
    }
  }
  return false;
}

// How good a place byte offset `at` of `s` is for an edit to start or end.
int boundary_score(std::string_view s, std::size_t at, const Boundaries& words) {
  if (at == 0 || at == s.size()) return 6;
  std::size_t i = at;
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  std::size_t start = i > 0 ? i - 1 : 0;
  std::size_t j = start;
  char32_t before = text::next_code_point(s, j);
  std::size_t k = at;
  char32_t after = text::next_code_point(s, k);
  if (before == U'\n' || after == U'\n') return 5;
  std::string_view prev = s.substr(start, at - start);
  if (before == U'。' || before == U'；' || before == U'：' || before == U'！' || before == U'？') return 4;
  if (!text::is_word(prev) && before != U' ' && before != U'\u3000') return 3;
  return is_cut(words, at) ? 2 : 0;
}

// Step 3: slides the pure edit at segments[i] (between two equalities) to
// its best-scoring place.
void slide_edit(std::vector<Segment>& segments, std::size_t i, const CleanupInput& in) {
  Segment& prev = segments[i - 1];
  Segment& edit = segments[i];
  Segment& next = segments[i + 1];
  const bool ins = edit.a_begin == edit.a_end;
  std::string_view s = ins ? in.b : in.a;
  const Boundaries& cuts = ins ? in.b_cuts : in.a_cuts;
  const Boundaries& other_cuts = ins ? in.a_cuts : in.b_cuts;
  const Boundaries& words = ins ? in.b_words : in.a_words;
  std::size_t e0 = ins ? edit.b_begin : edit.a_begin, e1 = ins ? edit.b_end : edit.a_end;
  const std::size_t low = ins ? prev.b_begin : prev.a_begin, high = ins ? next.b_end : next.a_end;
  const std::size_t o = ins ? edit.a_begin : edit.b_begin;
  // Leftmost place: step back while the byte before the edit equals its last byte.
  while (e0 > low && s[e0 - 1] == s[e1 - 1]) --e0, --e1;
  std::size_t best = e0;
  int best_score = -1;
  for (;; ++e0, ++e1) {
    std::size_t other = o + e0 - (ins ? edit.b_begin : edit.a_begin);
    if (is_cut(cuts, e0) && is_cut(cuts, e1) && is_cut(other_cuts, other)) {
      int score = boundary_score(s, e0, words) + boundary_score(s, e1, words);
      if (score >= best_score) best = e0, best_score = score;
    }
    if (e1 >= high || s[e0] != s[e1]) break;
  }
  if (best_score < 0) return;
  const std::ptrdiff_t delta = static_cast<std::ptrdiff_t>(best) - static_cast<std::ptrdiff_t>(ins ? edit.b_begin : edit.a_begin);
  auto move = [delta](std::size_t& x) { x = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(x) + delta); };
  move(prev.a_end), move(prev.b_end), move(next.a_begin), move(next.b_begin);
  move(edit.a_begin), move(edit.a_end), move(edit.b_begin), move(edit.b_end);
}

void slide_edits(std::vector<Segment>& segments, const CleanupInput& in) {
  for (std::size_t i = 1; i + 1 < segments.size(); ++i) {
    const Segment& e = segments[i];
    if (!e.equal && segments[i - 1].equal && segments[i + 1].equal && (e.a_begin == e.a_end || e.b_begin == e.b_end)) {
      slide_edit(segments, i, in);
    }
  }
  merge_segments(segments);
}

// The bytes of [begin, end) that `mask` does not flag.
std::string kept(std::string_view s, const std::vector<char>& mask, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!mask[i]) out += s[i];
  }
  return out;
}

// Flagged bytes at the start (or, with `back`, the end) of [begin, end).
std::size_t flagged_run(const std::vector<char>& mask, std::size_t begin, std::size_t end, bool back) {
  std::size_t n = 0;
  while (n < end - begin && mask[back ? end - 1 - n : begin + n]) ++n;
  return n;
}

}  // namespace

void mark_ignored_space(std::vector<Segment>& segments, std::string_view a, std::string_view b,
                        const std::vector<char>& a_mask, const std::vector<char>& b_mask) {
  std::vector<Segment> out;
  for (const Segment& s : segments) {
    if (s.equal) {
      out.push_back(s);
      continue;
    }
    if (kept(a, a_mask, s.a_begin, s.a_end) == kept(b, b_mask, s.b_begin, s.b_end)) {
      out.push_back({false, s.a_begin, s.a_end, s.b_begin, s.b_end, true});
      continue;
    }
    // A real change: the ignored white space at its ends is not part of it.
    const std::size_t ha = flagged_run(a_mask, s.a_begin, s.a_end, false), hb = flagged_run(b_mask, s.b_begin, s.b_end, false);
    const std::size_t ta = flagged_run(a_mask, s.a_begin + ha, s.a_end, true), tb = flagged_run(b_mask, s.b_begin + hb, s.b_end, true);
    out.push_back({false, s.a_begin, s.a_begin + ha, s.b_begin, s.b_begin + hb, true});
    out.push_back({false, s.a_begin + ha, s.a_end - ta, s.b_begin + hb, s.b_end - tb, false});
    out.push_back({false, s.a_end - ta, s.a_end, s.b_end - tb, s.b_end, true});
  }
  segments = std::move(out);
  merge_segments(segments);
}

void merge_segments(std::vector<Segment>& segments) {
  std::vector<Segment> out;
  for (const Segment& s : segments) {
    if (s.a_begin == s.a_end && s.b_begin == s.b_end) continue;
    if (!out.empty() && out.back().equal == s.equal && out.back().ignored == s.ignored) {
      out.back().a_end = s.a_end;
      out.back().b_end = s.b_end;
    } else {
      out.push_back(s);
    }
  }
  segments = std::move(out);
}

void cleanup(std::vector<Segment>& segments, const CleanupInput& in) {
  merge_segments(segments);
  factor_common_affixes(segments, in);
  while (fold_one_equality(segments, in)) {
  }
  slide_edits(segments, in);
}

std::vector<Edit> to_edits(const std::vector<Segment>& segments, std::string_view a, std::string_view b) {
  std::vector<Edit> out;
  for (const Segment& s : segments) {
    std::string_view x = a.substr(s.a_begin, s.a_end - s.a_begin);
    std::string_view y = b.substr(s.b_begin, s.b_end - s.b_begin);
    if (s.equal) {
      out.push_back({Op::equal, std::string(x)});
      continue;
    }
    if (!x.empty()) out.push_back({Op::del, std::string(x), s.ignored});
    if (!y.empty()) out.push_back({Op::ins, std::string(y), s.ignored});
  }
  return out;
}

}  // namespace lawdiff::diff
