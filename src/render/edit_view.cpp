#include "render/edit_view.hpp"

#include <string>

namespace lawdiff::render {
namespace {

// A change's text with each '\n' shown as ¶ (and kept as a line break when
// `keep_break`).
std::string marked_breaks(const std::string& s, bool keep_break) {
  std::string out;
  for (char c : s) {
    if (c != '\n') {
      out += c;
      continue;
    }
    out += kBreakMark;
    if (keep_break) out += '\n';
  }
  return out;
}

}  // namespace

std::vector<diff::Edit> view_edits(const std::vector<diff::Edit>& edits, Side side) {
  std::vector<diff::Edit> out;
  for (const diff::Edit& e : edits) {
    const bool own = e.op == diff::Op::equal || side == Side::both || (e.op == diff::Op::ins) == (side == Side::b);
    if (!own) continue;
    if (e.ignored) {
      if (side != Side::both || e.op == diff::Op::ins) out.push_back({diff::Op::equal, e.text});
      continue;
    }
    if (e.op == diff::Op::equal) {
      out.push_back(e);
      continue;
    }
    out.push_back({e.op, marked_breaks(e.text, side != Side::both || e.op == diff::Op::ins)});
  }
  return out;
}

void write_ops_json(JsonWriter& w, const std::vector<diff::Edit>& edits) {
  for (const diff::Edit& e : edits) {
    w.begin_object().member("op", diff::op_name(e.op)).member("text", e.text);
    if (e.ignored) w.member("ignored", true);
    w.end_object();
  }
}

}  // namespace lawdiff::render
