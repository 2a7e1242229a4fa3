#include "render/edit_view.hpp"

#include <string>

namespace lawdiff::render {
namespace {

// A change as runs: each '\n' shown as ¶ at the end of its run, and, when
// `keep_break`, the line break itself after the run as equal text (so a
// marker such as [-…-] closes on the line it opened).
void push_marked(std::vector<diff::Edit>& out, const diff::Edit& e, bool keep_break) {
  std::string run;
  for (char c : e.text) {
    if (c != '\n') {
      run += c;
      continue;
    }
    run += kBreakMark;
    if (keep_break) {
      out.push_back({e.op, std::move(run)});
      out.push_back({diff::Op::equal, "\n"});
      run.clear();
    }
  }
  if (!run.empty()) out.push_back({e.op, std::move(run)});
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
    push_marked(out, e, side != Side::both || e.op == diff::Op::ins);
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
