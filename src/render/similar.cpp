#include "render/similar.hpp"

#include <fmt/format.h>

#include "render/edit_view.hpp"
#include "render/json_writer.hpp"
#include "render/styled_text.hpp"
#include "render/table.hpp"
#include "text/truncate.hpp"
#include "text/utf8.hpp"

namespace lawdiff::render {

namespace {

constexpr int kKeep = 6;      // code points kept either side of an elided equal run
constexpr int kChange = 24;   // display columns kept of one change

/// The first and last `n` grapheme clusters of `s` around "…", when longer.
std::string elide_middle(std::string_view s, int n, bool head, bool tail) {
  const auto keep = static_cast<std::size_t>(n);
  if (text::grapheme_prefix(s, 2 * keep + 1) == s.size()) return std::string(s);
  const std::size_t i = text::grapheme_prefix(s, keep);
  const std::size_t j = text::grapheme_suffix(s, keep);
  return (head ? std::string(s.substr(0, i)) : "") + "…" + (tail ? std::string(s.substr(j)) : "");
}

std::string score_text(double s) { return fmt::format("{:.3f}", s); }

std::string plain_diff(const std::vector<diff::Edit>& edits) {
  std::string out;
  for (const diff::Edit& e : view_edits(condensed(edits), Side::both)) {
    if (e.op == diff::Op::equal) out += e.text;
    if (e.op == diff::Op::del) out += "[-" + e.text + "-]";
    if (e.op == diff::Op::ins) out += "{+" + e.text + "+}";
  }
  return out;
}

}  // namespace

std::vector<diff::Edit> condensed(const std::vector<diff::Edit>& edits) {
  if (diff::all_equal(edits)) return {{diff::Op::equal, "(same text)"}};
  std::vector<diff::Edit> out;
  for (std::size_t k = 0; k < edits.size(); ++k) {
    const diff::Edit& e = edits[k];
    std::string t = e.text;
    for (char& c : t) c = c == '\n' ? ' ' : c;
    if (e.op == diff::Op::equal) {
      t = elide_middle(t, kKeep, k > 0, k + 1 < edits.size());
    } else {
      t = text::shorten_to_width(t, kChange);
    }
    out.push_back({e.op, std::move(t), e.ignored});
  }
  return out;
}

void write_similar_text(std::ostream& out, const std::vector<SimilarRow>& rows, int width, bool color) {
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SimilarRow& row = rows[r];
    out << fmt::format("{:>2}  {}  {}  {}\n", r + 1, score_text(row.score), text::shorten_to_width(plain_run(row.id).text, width / 2),
                       plain_run(row.citation).text);
    out << "    " << plain_run(row.file).text << '\n';
    const std::vector<Line> lines = wrap_runs(edit_runs(condensed(row.edits), true, true, color), std::max(20, width - 4));
    for (std::size_t l = 0; l < lines.size() && l < 2; ++l) {
      out << "    ";
      write_line(out, lines[l], color);
      out << (l == 1 && lines.size() > 2 ? "…" : "") << '\n';
    }
  }
}

void write_similar_tsv(std::ostream& out, const std::vector<SimilarRow>& rows) {
  Table t{{"rank", "score", "id", "citation", "file", "diff"}, {}};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SimilarRow& row = rows[r];
    t.rows.push_back({std::to_string(r + 1), score_text(row.score), row.id, row.citation, row.file, plain_diff(row.edits)});
  }
  write_tsv_table(out, t);
}

void write_similar_json(std::ostream& out, std::string_view query_id, std::string_view query_text,
                        const std::vector<SimilarRow>& rows) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).key("query").begin_object();
  w.key("id").string_or_null(query_id);
  w.member("text", query_text).end_object().key("hits").begin_array();
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SimilarRow& row = rows[r];
    w.begin_object().member("rank", r + 1).member("score", row.score).member("id", row.id);
    w.member("citation", row.citation).member("file", row.file).member("text", row.text).key("diff").begin_array();
    write_ops_json(w, row.edits);
    w.end_array().end_object();
  }
  w.end_array().end_object();
  out << '\n';
}

void write_similar_markdown(std::ostream& out, const std::vector<SimilarRow>& rows) {
  out << "| rank | score | id | citation | diff |\n| --- | --- | --- | --- | --- |\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const SimilarRow& row = rows[r];
    std::string cell;
    for (const diff::Edit& e : view_edits(condensed(row.edits), Side::both)) {
      const std::string t = markdown_escape(e.text);
      cell += e.op == diff::Op::equal ? t : e.op == diff::Op::del ? "<del>" + t + "</del>" : "<ins>" + t + "</ins>";
    }
    out << "| " << r + 1 << " | " << score_text(row.score) << " | " << markdown_cell(row.id) << " | "
        << markdown_cell(row.citation) << " | " << cell << " |\n";
  }
}

}  // namespace lawdiff::render
