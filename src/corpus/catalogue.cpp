#include "corpus/catalogue.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <set>

#include "base/error.hpp"
#include "statute/version.hpp"
#include "text/utf8.hpp"

namespace lawdiff::corpus {

namespace {

constexpr const char* kColumns =
    "id, key, title, draft_marker, version_date, version_kind, file, coalesce(embedded, ''), articles, chapters";

VersionRow read_row(SQLite::Statement& q) {
  VersionRow r;
  r.row = q.getColumn(0).getInt64();
  r.key = q.getColumn(1).getString();
  r.title = q.getColumn(2).getString();
  r.draft_marker = q.getColumn(3).getString();
  r.version_date = q.getColumn(4).getString();
  r.version_kind = q.getColumn(5).getString();
  r.file = q.getColumn(6).getString();
  r.embedded = q.getColumn(7).getString();
  r.articles = q.getColumn(8).getInt();
  r.chapters = q.getColumn(9).getInt();
  return r;
}

std::vector<VersionRow> rows_where(Index& index, const std::string& where, const std::string& value) {
  SQLite::Statement q(index.db(), fmt::format("SELECT {} FROM acts WHERE {} ORDER BY version_date DESC, key", kColumns, where));
  q.bind(1, value);
  std::vector<VersionRow> rows;
  while (q.executeStep()) rows.push_back(read_row(q));
  return rows;
}

// "2014-11-01 通过 [反间谍法(2014-11-01)]": a version and the id that names it.
std::string describe(const VersionRow& r) {
  std::string label = r.version_date.empty() ? "undated" : r.version_date;
  if (!r.version_kind.empty()) label += " " + r.version_kind;
  return fmt::format("{} [{}]", label, r.embedded.empty() ? r.key : r.embedded);
}

/// Character bigrams of `s`, for a Dice coefficient between names.
std::set<std::string> bigrams(std::string_view s) {
  const std::vector<std::string_view> cps = text::code_points(s);
  std::set<std::string> out;
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) out.insert(std::string(cps[i]) + std::string(cps[i + 1]));
  return out;
}

}  // namespace

statute::ActInfo act_info(Index& index, const VersionRow& row) {
  SQLite::Statement q(index.db(), "SELECT status, adopted, promulgated, effective, work FROM acts WHERE id = ?");
  q.bind(1, row.row);
  statute::ActInfo info;
  if (!q.executeStep()) return info;
  info.id = row.key;
  info.file = row.file;
  info.title = row.title;
  info.short_title = row.title;
  info.draft_marker = row.draft_marker;
  const std::string status = q.getColumn(0).getString();
  info.status = status == "in_force" ? statute::ActStatus::in_force
                : status == "draft"  ? statute::ActStatus::draft
                                     : statute::ActStatus::unknown;
  info.adopted = q.getColumn(1).getString();
  info.promulgated = q.getColumn(2).getString();
  info.effective = q.getColumn(3).getString();
  info.version_date = row.version_date;
  info.version_kind = row.version_kind;
  const std::vector<VersionRow> versions = rows_where(index, "work = ?", q.getColumn(4).getString());
  // Parts of one act (several files of one date) are all the latest.
  if (!versions.empty() && versions.front().version_date != row.version_date) {
    info.version_note = statute::version_label({info.version_date, info.version_kind});
  }
  return info;
}

std::optional<VersionRow> act_row(Index& index, std::int64_t row) {
  SQLite::Statement q(index.db(), fmt::format("SELECT {} FROM acts WHERE id = ?", kColumns));
  q.bind(1, row);
  if (!q.executeStep()) return std::nullopt;
  return read_row(q);
}

std::vector<VersionRow> versions_of(Index& index, std::string_view name) {
  const std::string trimmed(name);
  std::vector<VersionRow> by_key = rows_where(index, "key = ?", trimmed);
  if (!by_key.empty()) return rows_where(index, "work = (SELECT work FROM acts WHERE key = ?)", trimmed);
  return rows_where(index, "work = ?", statute::work_key(name));
}

std::optional<statute::StoredAct> IndexSource::find(std::string_view name, int year) {
  Index* index = open_();
  if (index == nullptr) return std::nullopt;
  std::vector<VersionRow> rows = rows_where(*index, "key = ?", std::string(name));
  const bool by_id = !rows.empty();
  std::vector<VersionRow> versions = by_id ? rows_where(*index, "work = (SELECT work FROM acts WHERE key = ?)", std::string(name))
                                           : rows_where(*index, "work = ?", statute::work_key(name));
  if (versions.empty()) return std::nullopt;
  const VersionRow* pick = by_id ? &rows.front() : &versions.front();
  if (year != 0) {
    std::vector<const VersionRow*> in_year;
    for (const VersionRow& r : versions) {
      if (r.version_date.starts_with(std::to_string(year))) in_year.push_back(&r);
    }
    std::string all;
    for (const VersionRow& r : versions) all += (all.empty() ? "" : ", ") + describe(r);
    const std::string title = "《" + versions.front().title + "》";
    if (in_year.empty()) throw Error(title, fmt::format("no version of {} (versions: {})", year, all));
    if (in_year.size() > 1) {
      std::string which;
      for (const VersionRow* r : in_year) which += (which.empty() ? "" : ", ") + describe(*r);
      throw Error(title, fmt::format("{} versions of {}: {}; name one by its id", in_year.size(), year, which));
    }
    pick = in_year.front();
  }
  statute::StoredAct out;
  out.info = act_info(*index, *pick);
  SQLite::Statement text(index->db(), "SELECT text FROM acts WHERE id = ?");
  text.bind(1, pick->row);
  if (text.executeStep()) out.text = text.getColumn(0).getString();
  out.embedded_id = pick->embedded;
  return out;
}

std::vector<std::string> IndexSource::parts_of(std::string_view id) {
  Index* index = open_();
  if (index == nullptr) return {};
  SQLite::Statement q(index->db(),
                      "SELECT b.key FROM acts a JOIN acts b ON b.work = a.work AND b.version_date = a.version_date "
                      "WHERE a.key = ? AND a.version_date != '' AND b.key != a.key ORDER BY b.key");
  q.bind(1, std::string(id));
  std::vector<std::string> keys;
  while (q.executeStep()) keys.push_back(q.getColumn(0).getString());
  return keys;
}

std::vector<std::string> IndexSource::nearest_titles(std::string_view name, std::size_t n) {
  Index* index = open_();
  if (index == nullptr) return {};
  if (titles_.empty()) {
    SQLite::Statement q(index->db(), "SELECT work, max(title) FROM acts GROUP BY work");
    while (q.executeStep()) titles_.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  }
  const std::set<std::string> want = bigrams(statute::work_key(name));
  if (want.empty()) return {};
  std::vector<std::pair<double, const std::string*>> scored;
  for (const auto& [work, title] : titles_) {
    const std::set<std::string> have = bigrams(work);
    std::size_t shared = 0;
    for (const std::string& b : want) shared += have.count(b);
    const double dice = 2.0 * shared / (want.size() + have.size());
    if (dice > 0) scored.emplace_back(dice, &title);
  }
  std::sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : *x.second < *y.second;
  });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < n; ++i) out.push_back(*scored[i].second);
  return out;
}

}  // namespace lawdiff::corpus

namespace lawdiff::corpus {

IndexStats index_stats(Index& index) {
  IndexStats s;
  s.path = index.path();
  std::error_code ec;
  for (const char* suffix : {"", "-wal"}) {
    const auto n = std::filesystem::file_size(index.path() + suffix, ec);
    if (!ec) s.size += static_cast<std::int64_t>(n);
  }
  s.built_at = index.meta("built_at");
  s.lawdiff_version = index.meta("lawdiff_version");
  std::istringstream dirs(index.meta("dirs"));
  for (std::string line; std::getline(dirs, line);) s.dirs.push_back(line);
  SQLite::Database& db = index.db();
  auto count = [&](const char* sql) { return db.execAndGet(sql).getInt64(); };
  s.files = count("SELECT count(*) FROM files");
  s.text_bytes = count("SELECT coalesce(sum(size), 0) FROM files");
  s.skipped = count("SELECT count(*) FROM files WHERE act IS NULL");
  s.acts = count("SELECT count(*) FROM acts");
  s.works = count("SELECT count(DISTINCT work) FROM acts");
  s.multi_version_works = count("SELECT count(*) FROM (SELECT work FROM acts GROUP BY work HAVING count(DISTINCT version_date) > 1)");
  s.provisions = count("SELECT count(*) FROM provisions");
  return s;
}

void for_each_act(Index& index, const std::function<void(const VersionRow&, statute::StoredAct&&)>& fn) {
  IndexSource source([&index] { return &index; });
  SQLite::Statement q(index.db(), fmt::format("SELECT {} FROM acts ORDER BY key", kColumns));
  while (q.executeStep()) {
    const VersionRow row = read_row(q);
    if (std::optional<statute::StoredAct> act = source.find(row.key, 0)) fn(row, std::move(*act));
  }
}

}  // namespace lawdiff::corpus

namespace lawdiff::corpus {

std::vector<std::string> keys_under(Index& index, const std::string& dir) {
  std::error_code ec;
  std::string prefix = std::filesystem::weakly_canonical(std::filesystem::absolute(dir), ec).string();
  if (!prefix.ends_with('/')) prefix += '/';
  SQLite::Statement q(index.db(),
                      "SELECT DISTINCT a.key FROM files f JOIN acts a ON a.id = f.act "
                      "WHERE substr(CAST(f.path AS BLOB), 1, ?) = CAST(? AS BLOB) "
                      "ORDER BY a.key");
  q.bind(1, static_cast<int>(prefix.size()));
  q.bind(2, prefix);
  std::vector<std::string> keys;
  while (q.executeStep()) keys.push_back(q.getColumn(0).getString());
  return keys;
}

}  // namespace lawdiff::corpus
