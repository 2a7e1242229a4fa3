// The compare report as JSON (schema 1): acts, summary, coverage, every
// pair with its edit script, and the unmatched articles in full.
#include "diff/edit.hpp"
#include "render/act_json.hpp"
#include "render/edit_view.hpp"
#include "report/comparison.hpp"
#include "report/coverage_render.hpp"

namespace lawdiff::report {
namespace {

void write_blocks(render::JsonWriter& w, const diff::ProvisionDiff& d) {
  w.key("blocks").begin_array();
  for (const diff::Block& b : d.blocks) {
    w.begin_object().key("a").string_or_null(b.a_id).key("b").string_or_null(b.b_id).key("ops").begin_array();
    render::write_ops_json(w, b.edits);
    w.end_array().end_object();
  }
  w.end_array();
}

void write_pairs(render::JsonWriter& w, const Comparison& c) {
  w.key("pairs").begin_array();
  for (std::size_t i = 0; i < c.diffs.size(); ++i) {
    const align::Pair& p = c.alignment.pairs[i];
    const diff::ProvisionDiff& d = c.diffs[i];
    w.begin_object().member("a", align::provision_id(*c.a, p.a)).member("b", align::provision_id(*c.b, p.b));
    w.member("score", p.score).member("strength", align::to_string(p.strength));
    w.member("relation", align::to_string(p.relation)).member("identical", d.identical());
    w.member("a_citation", d.a_heading).member("b_citation", d.b_heading);
    write_blocks(w, d);
    w.end_object();
  }
  w.end_array();
}

void write_unmatched(render::JsonWriter& w, std::string_view key, const std::vector<Unmatched>& list) {
  w.key(key).begin_array();
  for (const auto& u : list) {
    w.begin_object().member("id", u.id).member("citation", u.heading).member("topic", u.topic);
    w.member("text", u.text).end_object();
  }
  w.end_array();
}

void write_counts(render::JsonWriter& w, std::string_view key, const RelationCounts& n, std::string_view unmatched) {
  w.key(key).begin_object().member("unchanged", n.same).member("modified", n.modified).member("split", n.split);
  w.member("merged", n.merged).member("partial", n.partial).member(unmatched, n.unmatched).end_object();
}

/// The 新旧对照's own members: which version is which, articles by
/// relation, the renumbered articles. Every pair stays in "pairs".
void write_versions(render::JsonWriter& w, const Comparison& c) {
  w.member("mode", "versions").member("old", c.a->info.id).member("new", c.b->info.id).member("swapped", c.v.swapped);
  w.key("relations").begin_object();
  write_counts(w, "old", c.v.old_counts, "deleted");
  write_counts(w, "new", c.v.new_counts, "added");
  w.end_object().key("renumbered").begin_array();
  for (const Renumbering& r : c.v.renumbered) {
    w.begin_object().member("from", align::provision_id(*c.a, {r.from, 0})).key("to").begin_array();
    for (int j : r.to) w.value(align::provision_id(*c.b, {j, 0}));
    w.end_array().member("from_label", locator(*c.a, {r.from, 0})).key("to_labels").begin_array();
    for (int j : r.to) w.value(locator(*c.b, {j, 0}));
    w.end_array().member("relation", align::to_string(r.relation)).member("renumbered_only", r.text_unchanged);
    w.end_object();
  }
  w.end_array().member("unchanged_pairs", c.v.unchanged_pairs);
}

}  // namespace

void write_comparison_json(std::ostream& out, const Comparison& c) {
  render::JsonWriter w(out);
  w.begin_object().member("schema", 1).key("a");
  render::write_act_object(w, *c.a);
  w.key("b");
  render::write_act_object(w, *c.b);
  w.member("identical", c.identical).member("identical_pairs", c.identical_pairs);
  w.member("changed_pairs", c.diffs.size() - c.identical_pairs);
  if (c.versions) write_versions(w, c);
  w.key("coverage").begin_object();
  write_coverage_json_members(w, c.coverage);
  w.end_object();
  write_pairs(w, c);
  write_unmatched(w, "only_a", c.only_a);
  write_unmatched(w, "only_b", c.only_b);
  w.end_object();
  out << '\n';
}

}  // namespace lawdiff::report
