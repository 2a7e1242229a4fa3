#pragma once
// Output of `lawdiff similar`: ranked provisions, each with a short
// word-level diff against the query.
#include <ostream>
#include <string>
#include <vector>

#include "diff/edit.hpp"

namespace lawdiff::render {

struct SimilarRow {
  double score = 0;
  std::string id, citation, file, text;
  std::vector<diff::Edit> edits;  // query → this provision
};

/// The edit script with long unchanged runs elided ("…") and each change
/// cut to a few words: a diff that fits a line or two.
std::vector<diff::Edit> condensed(const std::vector<diff::Edit>& edits);

/// "rank  score  id  citation", the file, then the condensed diff in at
/// most two lines of `width` columns, colour when `color`.
void write_similar_text(std::ostream& out, const std::vector<SimilarRow>& rows, int width, bool color);
/// Columns: rank, score, id, citation, file, diff ([-…-]{+…+}).
void write_similar_tsv(std::ostream& out, const std::vector<SimilarRow>& rows);
/// {"schema": 1, "query": {...}, "hits": [{rank, score, id, citation, file, text, diff}]}
void write_similar_json(std::ostream& out, std::string_view query_id, std::string_view query_text,
                        const std::vector<SimilarRow>& rows);
/// A GFM table: rank, score, id, citation, diff (<del>/<ins>).
void write_similar_markdown(std::ostream& out, const std::vector<SimilarRow>& rows);

}  // namespace lawdiff::render
