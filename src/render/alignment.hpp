#pragma once
// Renderings of an alignment (lawdiff align): the pair table in every
// format, the explanation of one pair, and a reference evaluation.
#include <ostream>

#include "align/align.hpp"
#include "align/evaluate.hpp"
#include "render/table.hpp"

namespace lawdiff::render {

/// Rows a, a_text, b, b_text, score, strength, relation. Provision texts are the
/// article's 【title】 or the provision's opening words, cut to `text_width`
/// display columns (0: uncut).
Table alignment_table(const align::Alignment& al, const statute::Act& a, const statute::Act& b, int text_width);

/// The pair table for a terminal `width` columns wide, then the provisions
/// with no counterpart on each side.
void write_alignment_text(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                          const statute::Act& b, int width);

/// GFM: a heading, the pair table, the unmatched provisions as lists.
void write_alignment_markdown(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                              const statute::Act& b);

/// Header `a	b	score	strength	relation`, one row per pair (DESIGN.md).
void write_alignment_tsv(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                         const statute::Act& b);

/// {"schema":1, "a":{act}, "b":{act}, "pairs":[…], "unmatched_a":[…], "unmatched_b":[…]}
void write_alignment_json(std::ostream& out, const align::Alignment& al, const statute::Act& a,
                          const statute::Act& b);

/// The explanation of one pair, as text.
void write_explanation_text(std::ostream& out, const align::Explanation& e, const statute::Act& a,
                            const statute::Act& b, int max_terms = 15);

/// Precision, recall, F1 and no-counterpart accuracy, with the wrong pairs.
void write_evaluation_text(std::ostream& out, const align::Evaluation& e);

}  // namespace lawdiff::render
