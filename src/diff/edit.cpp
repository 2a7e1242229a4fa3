#include "diff/edit.hpp"

#include <stdexcept>

namespace lawdiff::diff {

std::string_view op_name(Op op) {
  switch (op) {
    case Op::equal: return "equal";
    case Op::del: return "delete";
    case Op::ins: return "insert";
  }
  return "equal";
}

std::string apply_edits(std::string_view a, const std::vector<Edit>& edits) {
  std::string b;
  std::size_t at = 0;
  for (const Edit& e : edits) {
    if (e.op == Op::ins) {
      b += e.text;
      continue;
    }
    if (a.substr(at, e.text.size()) != e.text) throw std::invalid_argument("edit script does not match its source text");
    at += e.text.size();
    if (e.op == Op::equal) b += e.text;
  }
  if (at != a.size()) throw std::invalid_argument("edit script does not cover its source text");
  return b;
}

std::string side_text(const std::vector<Edit>& edits, bool b_side) {
  std::string out;
  for (const Edit& e : edits) {
    if (e.op == Op::equal || e.op == (b_side ? Op::ins : Op::del)) out += e.text;
  }
  return out;
}

bool all_equal(const std::vector<Edit>& edits) {
  for (const Edit& e : edits) {
    if (e.op != Op::equal && !e.ignored) return false;
  }
  return true;
}

}  // namespace lawdiff::diff
