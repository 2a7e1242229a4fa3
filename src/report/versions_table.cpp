#include "report/versions_table.hpp"

#include <algorithm>

#include "diff/edit.hpp"
#include "render/edit_view.hpp"

namespace lawdiff::report {
namespace {

std::string strong(std::string_view s, const CellStyle& st) {
  return std::string(st.strong_open) + st.escape(s) + std::string(st.strong_close);
}

/// `s` escaped for a cell, a line break inside it (a paragraph break the
/// diff shows, after its ¶) as the style's line break: a raw newline would
/// end a GFM table row.
std::string cell_text(std::string_view s, const CellStyle& st) {
  std::string out;
  for (std::size_t start = 0;;) {
    const std::size_t nl = s.find('\n', start);
    out += st.escape(s.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) return out;
    out += st.line_break;
    start = nl + 1;
  }
}

/// One side of `d`: each block present on that side as one line, equal
/// text plain, this side's edits wrapped.
std::string side(const diff::ProvisionDiff& d, bool b_side, const CellStyle& st) {
  std::string out;
  for (const diff::Block& block : d.blocks) {
    if ((b_side ? block.b_id : block.a_id).empty()) continue;
    if (!out.empty()) out += st.line_break;
    // view_edits: ignored white-space changes as plain text, breaks as ¶.
    for (const diff::Edit& e : render::view_edits(block.edits, b_side ? render::Side::b : render::Side::a)) {
      if (e.op == diff::Op::equal) {
        out += cell_text(e.text, st);
      } else if (e.op == diff::Op::del && !b_side) {
        out += std::string(st.del_open) + cell_text(e.text, st) + std::string(st.del_close);
      } else if (e.op == diff::Op::ins && b_side) {
        out += std::string(st.ins_open) + cell_text(e.text, st) + std::string(st.ins_close);
      }
    }
  }
  return out;
}

/// The number in bold, `note` after it, then the text.
std::string cell(const statute::Act& act, align::Provision p, const diff::ProvisionDiff& d, bool b_side,
                 const CellStyle& st, std::string_view note = {}) {
  return strong(locator(act, p), st) + st.escape(note) + " " + side(d, b_side, st);
}

/// "（由原第三条拆分）", "（由原第四条、第五条合并）" after a split or merged
/// pair's new number, so an old article shown twice reads as intended.
std::string origin(const Comparison& c, const align::Pair& p) {
  if (p.relation != align::Relation::split && p.relation != align::Relation::merged) return {};
  std::vector<int> from;
  for (const align::Pair& q : c.alignment.pairs) {
    if (q.b.article != p.b.article || q.relation == align::Relation::partial) continue;
    if (std::find(from.begin(), from.end(), q.a.article) == from.end()) from.push_back(q.a.article);
  }
  std::sort(from.begin(), from.end());
  std::string list;
  for (int k : from) list += (list.empty() ? "原" : "、") + locator(*c.a, {k, 0});
  return "（由" + list + (p.relation == align::Relation::split ? "拆分）" : "合并）");
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
      return {cell(*c.a, p.a, d, false, st), cell(*c.b, p.b, d, true, st, origin(c, p))};
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
