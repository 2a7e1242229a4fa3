#include "report/versions_table.hpp"

#include "diff/edit.hpp"

namespace lawdiff::report {
namespace {

std::string strong(std::string_view s, const CellStyle& st) {
  return std::string(st.strong_open) + st.escape(s) + std::string(st.strong_close);
}

/// One side of `d`: each block present on that side as one line, equal
/// text plain, this side's edits wrapped.
std::string side(const diff::ProvisionDiff& d, bool b_side, const CellStyle& st) {
  std::string out;
  for (const diff::Block& block : d.blocks) {
    if ((b_side ? block.b_id : block.a_id).empty()) continue;
    if (!out.empty()) out += st.line_break;
    for (const diff::Edit& e : block.edits) {
      if (e.op == diff::Op::equal) {
        out += st.escape(e.text);
      } else if (e.op == diff::Op::del && !b_side) {
        out += std::string(st.del_open) + st.escape(e.text) + std::string(st.del_close);
      } else if (e.op == diff::Op::ins && b_side) {
        out += std::string(st.ins_open) + st.escape(e.text) + std::string(st.ins_close);
      }
    }
  }
  return out;
}

std::string cell(const statute::Act& act, align::Provision p, const diff::ProvisionDiff& d, bool b_side,
                 const CellStyle& st) {
  return strong(locator(act, p), st) + " " + side(d, b_side, st);
}

VersionCells renumbered_only(const Comparison& c, const CellStyle& st) {
  VersionCells v;
  for (const Renumbering& r : c.v.renumbered) {
    if (!r.text_unchanged) continue;
    const std::string from = locator(*c.a, {r.from, 0});
    if (!v.old_cell.empty()) v.old_cell += st.escape("、");
    if (!v.new_cell.empty()) v.new_cell += st.escape("、");
    v.old_cell += strong(from, st);
    v.new_cell += strong(locator(*c.b, {r.to.front(), 0}), st) + st.escape("（原" + from + "）");
  }
  v.old_cell += st.escape("（内容未修改，仅调整条文序号）");
  return v;
}

}  // namespace

VersionCells version_cells(const Comparison& c, const VersionRow& row, const CellStyle& st) {
  switch (row.kind) {
    case RowKind::pair: {
      const align::Pair& p = c.alignment.pairs.at(row.index);
      const diff::ProvisionDiff& d = c.diffs.at(row.index);
      return {cell(*c.a, p.a, d, false, st), cell(*c.b, p.b, d, true, st)};
    }
    case RowKind::added: {
      const int k = c.only_b.at(row.index).article;
      return {{}, cell(*c.b, {k, 0}, c.v.only_b_diffs.at(row.index), true, st)};
    }
    case RowKind::deleted: {
      const int k = c.only_a.at(row.index).article;
      return {cell(*c.a, {k, 0}, c.v.only_a_diffs.at(row.index), false, st), {}};
    }
    case RowKind::renumbered_only: return renumbered_only(c, st);
  }
  return {};
}

}  // namespace lawdiff::report
