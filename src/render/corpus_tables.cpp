#include "render/corpus_tables.hpp"

#include <fmt/format.h>

#include "cite/provision.hpp"
#include "corpus/schema.hpp"
#include "render/json_writer.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::render {

namespace {

std::string megabytes(std::uint64_t bytes) { return fmt::format("{:.1f} MB", bytes / 1e6); }

}  // namespace

void write_build_report(std::ostream& out, const corpus::BuildReport& r, bool verbose) {
  const double rate = r.seconds > 0 ? r.bytes / 1e6 / r.seconds : 0;
  out << fmt::format("indexed {} files ({}) in {:.1f} s ({:.1f} MB/s): {} acts; {} parsed, {} unchanged, {} removed",
                     r.files, megabytes(r.bytes), r.seconds, rate, r.acts, r.parsed, r.unchanged, r.removed);
  if (!r.skipped.empty()) {
    out << fmt::format("; {} not statutes{}", r.skipped.size(), verbose ? ":" : " (--verbose lists them)");
  }
  out << '\n';
  if (!verbose) return;
  for (const auto& [file, why] : r.skipped) out << "  " << text::scrub_utf8(file) << ": " << why << '\n';
}

void write_index_info_text(std::ostream& out, const corpus::IndexStats& s) {
  auto line = [&](std::string_view name, const std::string& value) { out << fmt::format("{:<12}{}\n", name, value); };
  line("index", fmt::format("{} ({})", s.path, megabytes(s.size)));
  line("schema", fmt::format("{}", corpus::kSchemaVersion));
  line("built", fmt::format("{} by lawdiff {}", s.built_at, s.lawdiff_version));
  for (std::size_t i = 0; i < s.dirs.size(); ++i) line(i == 0 ? "from" : "", s.dirs[i]);
  line("files", fmt::format("{} ({} of statute text), {} not statutes", s.files, megabytes(s.text_bytes), s.skipped));
  line("acts", fmt::format("{} ({} titles, {} of them in several versions)", s.acts, s.works, s.multi_version_works));
  line("provisions", fmt::format("{} articles", s.provisions));
}

void write_index_info_json(std::ostream& out, const corpus::IndexStats& s) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).key("index").begin_object();
  w.member("path", s.path).member("bytes", static_cast<long long>(s.size)).member("index_schema", corpus::kSchemaVersion);
  w.member("built_at", s.built_at).member("lawdiff_version", s.lawdiff_version);
  w.key("dirs").begin_array();
  for (const std::string& d : s.dirs) w.value(d);
  w.end_array();
  w.member("files", static_cast<long long>(s.files)).member("text_bytes", static_cast<long long>(s.text_bytes));
  w.member("skipped_files", static_cast<long long>(s.skipped)).member("acts", static_cast<long long>(s.acts));
  w.member("titles", static_cast<long long>(s.works)).member("titles_with_versions", static_cast<long long>(s.multi_version_works));
  w.member("provisions", static_cast<long long>(s.provisions));
  w.end_object().end_object();
  out << '\n';
}

Table versions_table(const std::vector<corpus::VersionRow>& rows) {
  Table t{{"id", "version", "kind", "title", "articles", "chapters", "file"}, {}};
  for (const corpus::VersionRow& r : rows) {
    const std::string title = r.draft_marker.empty() ? r.title : fmt::format("{}（{}）", r.title, r.draft_marker);
    t.rows.push_back({r.embedded.empty() ? r.key : r.embedded, r.version_date, r.version_kind, title,
                      std::to_string(r.articles), std::to_string(r.chapters), r.file});
  }
  return t;
}

Table without_column(Table t, std::string_view name) {
  for (std::size_t c = 0; c < t.headers.size(); ++c) {
    if (t.headers[c] != name) continue;
    t.headers.erase(t.headers.begin() + static_cast<std::ptrdiff_t>(c));
    for (auto& row : t.rows) row.erase(row.begin() + static_cast<std::ptrdiff_t>(c));
    break;
  }
  return t;
}

void write_versions_json(std::ostream& out, const std::vector<corpus::VersionRow>& rows) {
  JsonWriter w(out);
  w.begin_object().member("schema", 1).key("versions").begin_array();
  for (const corpus::VersionRow& r : rows) {
    w.begin_object().member("id", r.embedded.empty() ? r.key : r.embedded).member("title", r.title);
    w.key("draft_marker").string_or_null(r.draft_marker);
    w.key("version_date").string_or_null(r.version_date);
    w.key("version_kind").string_or_null(r.version_kind);
    w.member("articles", r.articles).member("chapters", r.chapters).member("file", r.file).end_object();
  }
  w.end_array().end_object();
  out << '\n';
}

void write_act_jsonl(std::ostream& out, const statute::Act& act, cite::Style style) {
  for (std::size_t k = 0; k < act.doc.articles.size(); ++k) {
    const cite::Provision p = cite::article_provision(act, k);
    JsonWriter w(out, false);
    w.begin_object().member("act", act.info.id).member("title", statute::cited_title(act.info));
    w.key("version_date").string_or_null(act.info.version_date);
    w.member("id", cite::provision_id(p)).member("citation", cite::citation(p, style));
    w.member("text", cite::provision_text(p)).end_object();
    out << '\n';
  }
}

}  // namespace lawdiff::render
