// Alignment renderings (see alignment.hpp).
#include "render/alignment.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "render/act_json.hpp"
#include "render/json_writer.hpp"
#include "text/sanitize.hpp"
#include "text/truncate.hpp"

namespace lawdiff::render {

namespace {

// What identifies a provision to a reader: the 【title】, else the opening
// words of the paragraph (or of the article), on one line.
std::string label_text(const statute::Act& act, align::Provision p) {
  const statute::Article& art = act.doc.articles[p.article];
  std::string s;
  if (!art.title.empty() && p.paragraph == 0) s = "【" + art.title + "】";
  else if (p.paragraph > 0) s = statute::paragraph_text(art.paragraphs[p.paragraph - 1]);
  else s = statute::article_text(art);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::string score_text(double v) { return fmt::format("{:.3f}", v); }

std::vector<std::string> unmatched_ids(const std::vector<int>& idx, const statute::Act& act) {
  std::vector<std::string> out;
  for (const int i : idx) out.push_back(align::provision_id(act, {i, 0}));
  return out;
}

void write_unmatched_text(std::ostream& out, const char* heading, const std::vector<int>& idx, const statute::Act& act,
                          int width) {
  out << heading;
  if (idx.empty()) out << " none";
  out << '\n';
  for (const int i : idx) {
    const std::string id = align::provision_id(act, {i, 0});
    out << "  " << pad_to_width(id, 8) << "  "
        << text::neutralize_controls(text::shorten_to_width(label_text(act, {i, 0}), std::max(width - 12, 10))) << '\n';
  }
}

}  // namespace

Table alignment_table(const align::Alignment& al, const statute::Act& a, const statute::Act& b, int text_width) {
  Table t{{"a", "a_text", "b", "b_text", "score", "strength", "relation"}, {}};
  auto cut = [&](std::string s) { return text_width > 0 ? text::shorten_to_width(s, text_width) : s; };
  for (const align::Pair& p : al.pairs) {
    t.rows.push_back({align::provision_id(a, p.a), cut(label_text(a, p.a)), align::provision_id(b, p.b),
                      cut(label_text(b, p.b)), score_text(p.score),
                      std::string(align::to_string(p.strength)) + (p.pinned ? " (pinned)" : ""),
                      std::string(align::to_string(p.relation))});
  }
  return t;
}

void write_alignment_text(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                          const statute::Act& b, int width) {
  // Fixed columns: two ids (≤ 9), score (5), strength (≤ 16), relation (≤ 8), six gaps of 2.
  const int text_width = std::max((width - 2 * 9 - 5 - 16 - 8 - 12) / 2, 10);
  write_text_table(out, alignment_table(al, a, b, text_width));
  out << '\n';
  write_unmatched_text(out, "No counterpart in B:", al.unmatched_a, a, width);
  write_unmatched_text(out, "No counterpart in A:", al.unmatched_b, b, width);
}

void write_alignment_markdown(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                              const statute::Act& b) {
  out << "## " << markdown_cell(statute::cited_title(a.info)) << " ↔ " << markdown_cell(statute::cited_title(b.info))
      << "\n\n";
  write_markdown_table(out, alignment_table(al, a, b, 40));
  auto list = [&](const char* heading, const std::vector<int>& idx, const statute::Act& act) {
    out << "\n**" << heading << "**";
    if (idx.empty()) out << " none";
    out << "\n\n";
    for (const int i : idx)
      out << "- " << align::provision_id(act, {i, 0}) << " " << markdown_cell(text::shorten_to_width(label_text(act, {i, 0}), 60)) << '\n';
  };
  list("No counterpart in B:", al.unmatched_a, a);
  list("No counterpart in A:", al.unmatched_b, b);
}

void write_alignment_tsv(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                         const statute::Act& b) {
  Table t{{"a", "b", "score", "strength", "relation"}, {}};
  for (const align::Pair& p : al.pairs)
    t.rows.push_back({align::provision_id(a, p.a), align::provision_id(b, p.b), score_text(p.score),
                      std::string(align::to_string(p.strength)), std::string(align::to_string(p.relation))});
  write_tsv_table(out, t);
}

void write_alignment_json(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                          const statute::Act& b) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).key("a");
  write_act_object(w, a);
  w.key("b");
  write_act_object(w, b);
  w.key("pairs").begin_array();
  for (const align::Pair& p : al.pairs) {
    w.begin_object()
        .member("a", align::provision_id(a, p.a))
        .member("b", align::provision_id(b, p.b))
        .member("score", std::round(p.score * 1000) / 1000)
        .member("strength", std::string(align::to_string(p.strength)))
        .member("relation", std::string(align::to_string(p.relation)))
        .member("pinned", p.pinned)
        .end_object();
  }
  w.end_array().key("unmatched_a").begin_array();
  for (const auto& id : unmatched_ids(al.unmatched_a, a)) w.value(id);
  w.end_array().key("unmatched_b").begin_array();
  for (const auto& id : unmatched_ids(al.unmatched_b, b)) w.value(id);
  w.end_array().end_object();
  out << '\n';
}

void write_explanation_text(std::ostream& out, const align::Explanation& e, const statute::Act& a,
                            const statute::Act& b, int max_terms) {
  out << align::provision_id(a, e.a) << " ↔ " << align::provision_id(b, e.b) << ": " << e.decision << '\n';
  // An item that carried the score is named down to the item (gd:8.1.5).
  auto unit_id = [](const statute::Act& act, align::Provision p, int item) {
    return item > 0 ? fmt::format("{}.{}", align::provision_id(act, p), item) : align::provision_id(act, p);
  };
  out << fmt::format("  content  {:.3f}  (best match: {} ↔ {})\n", e.content, unit_id(a, e.best_a, e.best_a_item),
                     unit_id(b, e.best_b, e.best_b_item));
  out << fmt::format("  title    {:.3f}  (share of the article titles covered by the other text; part of content)\n", e.title);
  out << fmt::format("  position {:.3f}  (structural prior factor)\n", e.prior);
  if (e.citations != 0)  // only pairs of articles that both cite articles of their acts
    out << fmt::format("  cites    {:+.3f}  (the articles the two cite: their best pair's score, weighted; less when none pairs)\n",
                       e.citations);
  out << fmt::format("  score    {:.3f}  (content less the hub correction, times the prior{})\n", e.score,
                     e.citations != 0 ? ", plus the citation term" : "");
  Table t{{"shared term", "idf weight", "share"}, {}};
  for (int k = 0; k < static_cast<int>(e.terms.size()) && k < max_terms; ++k)
    t.rows.push_back({e.terms[k].text, fmt::format("{:.2f}", e.terms[k].weight), fmt::format("{:.1f}%", 100 * e.terms[k].contribution)});
  out << '\n';
  if (t.rows.empty()) out << "  no shared terms\n";
  else write_text_table(out, t);
  if (static_cast<int>(e.terms.size()) > max_terms) out << fmt::format("  … and {} more\n", e.terms.size() - max_terms);
}

void write_evaluation_text(std::ostream& out, const align::Evaluation& e) {
  out << fmt::format("precision        {:.3f}  ({} of {} predicted pairs are in the reference)\n", e.precision, e.correct, e.predicted);
  out << fmt::format("recall           {:.3f}  ({} of {} strong pairs found)\n", e.recall, e.strong_found, e.strong);
  out << fmt::format("F1               {:.3f}\n", e.f1);
  if (e.no_counterpart > 0)  // a share of nothing would read 0.000
    out << fmt::format("no-counterpart   {:.3f}  ({} of {} articles without a counterpart left unmatched)\n",
                       e.no_counterpart_accuracy, e.no_counterpart_ok, e.no_counterpart);
  if (e.only_b > 0)  // only references that list B's articles without a counterpart (added)
    out << fmt::format("only in B        {:.3f}  ({} of {} B articles without a counterpart left unmatched)\n",
                       e.only_b_accuracy, e.only_b_ok, e.only_b);
  out << fmt::format("labels           {:.3f}  ({} of {} correct pairs labelled strong/partial as in the reference)\n",
                     e.label_agreement, e.labels_agree, e.correct);
  if (e.relations > 0)  // version references only
    out << fmt::format("relations        {:.3f}  ({} of {} correct pairs carry the reference's relation)\n",
                       e.relation_accuracy, e.relations_agree, e.relations);
  out << "false positives  " << (e.false_positives.empty() ? "none" : fmt::format("{}", fmt::join(e.false_positives, " "))) << '\n';
  out << "missed strong    " << (e.misses.empty() ? "none" : fmt::format("{}", fmt::join(e.misses, " "))) << '\n';
  if (e.relations > 0)
    out << "wrong relation   " << (e.wrong_relations.empty() ? "none" : fmt::format("{}", fmt::join(e.wrong_relations, " ")))
        << '\n';
}

}  // namespace lawdiff::render
