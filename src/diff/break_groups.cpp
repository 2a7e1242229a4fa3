#include "diff/break_groups.hpp"

#include "diff/text_diff.hpp"
#include "text/utf8.hpp"

namespace lawdiff::diff {
namespace {

struct Costed {
  PieceGroup g;
  std::size_t cost = 0;
};

class Grouper {
 public:
  Grouper(const std::vector<std::string>& ta, const std::vector<std::string>& tb, Granularity g, text::SpaceMode s)
      : ta_(ta), tb_(tb), granularity_(g), spaces_(s) {}

  std::size_t cost(const PieceGroup& g) const {
    const std::string a = joined_pieces(ta_, g.a, g.na), b = joined_pieces(tb_, g.b, g.nb);
    if (g.na == 0 || g.nb == 0) return text::code_point_count(g.na ? a : b);
    return changed_size(diff_text(a, b, granularity_, spaces_));
  }

 private:
  const std::vector<std::string>& ta_;
  const std::vector<std::string>& tb_;
  Granularity granularity_;
  text::SpaceMode spaces_;
};

PieceGroup merged(const PieceGroup& x, const PieceGroup& y) {
  return {x.na ? x.a : y.a, x.na + y.na, x.nb ? x.b : y.b, x.nb + y.nb};
}

}  // namespace

std::string joined_pieces(const std::vector<std::string>& t, int first, int n) {
  std::string out;
  for (int k = first; k < first + n; ++k) {
    if (k > first) out += '\n';
    out += t[static_cast<std::size_t>(k)];
  }
  return out;
}

std::size_t changed_size(const std::vector<Edit>& edits) {
  std::size_t n = 0;
  for (const Edit& e : edits) {
    if (e.op != Op::equal && !e.ignored) n += text::code_point_count(e.text);
  }
  return n;
}

std::vector<PieceGroup> group_breaks(const std::vector<IndexPair>& pairs, const std::vector<std::string>& ta,
                                     const std::vector<std::string>& tb, Granularity g, text::SpaceMode spaces) {
  const Grouper grouper(ta, tb, g, spaces);
  std::vector<PieceGroup> out;
  Costed current;
  bool open = false;
  for (const IndexPair& p : pairs) {
    const PieceGroup next_g{p.a >= 0 ? p.a : 0, p.a >= 0, p.b >= 0 ? p.b : 0, p.b >= 0};
    Costed next{next_g, grouper.cost(next_g)};
    if (open && current.cost > 0 && next.cost > 0) {
      const PieceGroup m = merged(current.g, next.g);
      if (m.na > 1 || m.nb > 1) {
        const std::size_t c = grouper.cost(m);
        if (2 * c < current.cost + next.cost) {
          current = {m, c};
          continue;
        }
      }
    }
    if (open) out.push_back(current.g);
    current = next;
    open = true;
  }
  if (open) out.push_back(current.g);
  return out;
}

}  // namespace lawdiff::diff
