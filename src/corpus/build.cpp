// The index build. Files are read and parsed on `jobs` threads; the calling
// thread writes to SQLite (one connection, one transaction) in file order,
// so the result does not depend on thread timing.
#include "corpus/build.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "base/error.hpp"
#include "corpus/act_rows.hpp"
#include "corpus/build_lock.hpp"
#include "corpus/index.hpp"
#include "corpus/ordered_pool.hpp"
#include "corpus/progress.hpp"
#include "corpus/schema.hpp"
#include "statute/library.hpp"
#include "statute/loader.hpp"
#include "statute/version.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::corpus {

namespace fs = std::filesystem;

namespace {

struct FileJob {
  std::string path;
  std::uint64_t size = 0;
};

struct ParsedFile {
  std::string hash;                  // of the file's bytes
  bool unchanged = false;            // same hash as indexed: not parsed
  std::optional<statute::Act> act;   // parsed, when it is a statute
  std::string text_hash;             // of the decoded text
  std::string error;                 // why it is not a statute
};

struct Indexed {
  std::string hash;
  std::optional<std::int64_t> act;
};

std::vector<std::string> absolute_dirs(const std::vector<std::string>& dirs) {
  std::vector<std::string> out;
  for (const std::string& d : dirs) {
    std::error_code ec;
    if (!fs::is_directory(d, ec)) throw Error(d, "not a directory");
    out.push_back(fs::weakly_canonical(fs::absolute(d), ec).string());
  }
  return out;
}

std::vector<FileJob> list_files(const std::vector<std::string>& dirs) {
  std::vector<FileJob> jobs;
  for (const std::string& d : dirs) {
    std::error_code ec;
    for (std::string& f : statute::statute_files(d, ec)) {
      std::error_code size_ec;
      const auto size = fs::file_size(f, size_ec);
      jobs.push_back({std::move(f), size_ec ? 0 : size});
    }
    if (ec) throw Error(d, ec.message());
  }
  return jobs;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ParsedFile parse_file(const FileJob& job, const std::map<std::string, Indexed>& indexed, const std::string& encoding) {
  ParsedFile out;
  try {
    const std::string bytes = read_bytes(job.path);
    if (text::first_invalid_utf8(job.path) != std::string::npos) {
      out.hash = content_hash(bytes);
      out.error = "its file name is not valid UTF-8 (rename it to index it)";
      return out;
    }
    out.hash = content_hash(bytes);
    if (auto it = indexed.find(job.path); it != indexed.end() && it->second.hash == out.hash) {
      out.unchanged = true;
      return out;
    }
    statute::Document doc = statute::parse_bytes(bytes, job.path, encoding);
    statute::require_articles(doc);
    out.text_hash = content_hash(doc.text);
    statute::ActInfo info = statute::info_from_text(doc, statute::id_for_path(job.path));
    out.act.emplace(statute::Act{std::move(info), std::move(doc)});
  } catch (const Error& e) {
    out.error = e.reason();
  } catch (const std::exception& e) {
    out.error = e.what();
  }
  return out;
}

std::string now_iso() {
  std::time_t t = std::time(nullptr);
  // Reproducible builds' convention: SOURCE_DATE_EPOCH pins the build time.
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch != nullptr) t = std::strtoll(epoch, nullptr, 10);
  char buf[32];
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

/// The build proper, inside the caller's transaction on `db`.
class Builder {
 public:
  Builder(SQLite::Database& db, const BuildOptions& options, std::ostream& err)
      : db_(db), options_(options), err_(err), rows_(db) {}

  void run(BuildReport& report) {
    load_indexed();
    add_embedded();
    std::vector<FileJob> jobs = list_files(report.dirs);
    std::uint64_t total = 0;
    for (const FileJob& j : jobs) total += j.size;
    Progress progress(err_, options_.progress, jobs.size(), total);
    const std::size_t window = 4 * static_cast<std::size_t>(std::max(1, options_.jobs));
    run_ordered(
        jobs.size(), options_.jobs, window,
        [&](std::size_t i) { return parse_file(jobs[i], indexed_, options_.encoding); },
        [&](std::size_t i, ParsedFile&& f) {
          record(jobs[i], std::move(f), report);
          progress.step(jobs[i].size);
        });
    progress.finish();
    report.files = jobs.size();
    report.bytes = total;
    for (const auto& [path, entry] : indexed_) {
      if (seen_.count(path)) continue;
      remove_file_.reset();
      remove_file_.bind(1, path);
      remove_file_.exec();
      ++report.removed;
    }
    rows_.delete_orphans();
    SQLite::Statement skipped(db_, "SELECT path, coalesce(skipped, '') FROM files WHERE act IS NULL ORDER BY path");
    report.skipped.clear();
    while (skipped.executeStep()) report.skipped.emplace_back(skipped.getColumn(0).getString(), skipped.getColumn(1).getString());
    report.acts = static_cast<std::size_t>(db_.execAndGet("SELECT count(*) FROM acts").getInt64());
    write_meta(report, total);
  }

 private:
  void load_indexed() {
    SQLite::Statement q(db_, "SELECT path, hash, act FROM files");
    while (q.executeStep()) {
      Indexed e{q.getColumn(1).getString(), std::nullopt};
      if (!q.getColumn(2).isNull()) e.act = q.getColumn(2).getInt64();
      indexed_.emplace(q.getColumn(0).getString(), std::move(e));
    }
    SQLite::Statement acts(db_, "SELECT id, text_hash FROM acts");
    while (acts.executeStep()) by_text_.emplace(acts.getColumn(1).getString(), acts.getColumn(0).getInt64());
  }

  // The embedded acts are in every index, so similar and search see them;
  // a corpus file with the same text is that act, not a second one.
  void add_embedded() {
    statute::Library library({});
    for (const statute::Act* act : library.all()) {
      const std::string hash = content_hash(act->doc.text);
      SQLite::Statement q(db_, "SELECT id, text_hash FROM acts WHERE embedded = ?");
      q.bind(1, act->info.id);
      if (q.executeStep()) {
        if (q.getColumn(1).getString() == hash) continue;
        const std::int64_t old = q.getColumn(0).getInt64();
        q.reset();
        rows_.remove(old);
      }
      by_text_[hash] = rows_.insert(*act, "(embedded)", act->info.id, hash);
    }
  }

  void record(const FileJob& job, ParsedFile&& f, BuildReport& report) {
    seen_.insert(job.path);
    if (f.unchanged) {
      ++report.unchanged;
      return;
    }
    ++report.parsed;
    std::optional<std::int64_t> act;
    if (f.act) {
      release_old_act(job);
      auto it = by_text_.find(f.text_hash);
      if (it == by_text_.end()) it = by_text_.emplace(f.text_hash, rows_.insert(*f.act, job.path, {}, f.text_hash)).first;
      act = it->second;
    }
    set_file(job, f.hash, act, f.error);
  }

  // A changed file's previous act goes before the new one is added, so the
  // new one can take its key; unless another file still has the same text.
  void release_old_act(const FileJob& job) {
    const auto old = indexed_.find(job.path);
    if (old == indexed_.end() || !old->second.act) return;
    const std::int64_t act = *old->second.act;
    set_file(job, old->second.hash, std::nullopt, {});
    SQLite::Statement q(db_, "SELECT (SELECT count(*) FROM files WHERE act = ?1) + "
                             "(SELECT count(*) FROM acts WHERE id = ?1 AND embedded IS NOT NULL)");
    q.bind(1, act);
    if (q.executeStep() && q.getColumn(0).getInt64() > 0) return;
    rows_.remove(act);
    std::erase_if(by_text_, [&](const auto& entry) { return entry.second == act; });
  }

  void set_file(const FileJob& job, const std::string& hash, std::optional<std::int64_t> act, const std::string& why) {
    upsert_.reset();
    upsert_.clearBindings();
    upsert_.bind(1, job.path);
    upsert_.bind(2, hash);
    upsert_.bind(3, static_cast<std::int64_t>(job.size));
    if (act) upsert_.bind(4, *act);
    if (!why.empty()) upsert_.bind(5, why);
    upsert_.exec();
  }

  void write_meta(const BuildReport& report, std::uint64_t bytes) {
    std::string dirs;
    for (const std::string& d : report.dirs) dirs += (dirs.empty() ? "" : "\n") + d;
    const std::int64_t skipped = db_.execAndGet("SELECT count(*) FROM files WHERE act IS NULL").getInt64();
    const std::pair<const char*, std::string> values[] = {
        {"schema", std::to_string(kSchemaVersion)}, {"lawdiff_version", LAWDIFF_VERSION},
        {"built_at", now_iso()},                    {"dirs", dirs},
        {"files", std::to_string(report.files)},    {"bytes", std::to_string(bytes)},
        {"skipped", std::to_string(skipped)}};
    SQLite::Statement q(db_, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    for (const auto& [k, v] : values) {
      q.reset();
      q.bind(1, k);
      q.bind(2, v);
      q.exec();
    }
  }

  SQLite::Database& db_;
  const BuildOptions& options_;
  std::ostream& err_;
  ActRows rows_;
  SQLite::Statement upsert_{db_, "INSERT OR REPLACE INTO files(path, hash, size, act, skipped) VALUES(?,?,?,?,?)"};
  SQLite::Statement remove_file_{db_, "DELETE FROM files WHERE path = ?"};
  std::map<std::string, Indexed> indexed_;
  std::map<std::string, std::int64_t> by_text_;
  std::set<std::string> seen_;
};

void run_in_transaction(SQLite::Database& db, const BuildOptions& options, std::ostream& err, BuildReport& report) {
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("BEGIN IMMEDIATE");
  try {
    Builder(db, options, err).run(report);
    db.exec("COMMIT");
  } catch (...) {
    try {
      db.exec("ROLLBACK");
    } catch (const SQLite::Exception&) {
    }
    throw;
  }
}

/// The directories of the previous build, when the index has them.
std::vector<std::string> previous_dirs(SQLite::Database& db) {
  std::vector<std::string> dirs;
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'dirs'");
  if (!q.executeStep()) return dirs;
  std::istringstream in(q.getColumn(0).getString());
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) dirs.push_back(line);
  }
  return dirs;
}

bool usable_index(const std::string& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return false;
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    check_index(db, path);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

/// A fresh index, written beside `path` and renamed over it once complete:
/// a reader never sees a half-built file, and a failed build leaves the
/// old one (not an index, or of another schema) untouched.
void build_fresh(const std::string& path, const BuildOptions& options, std::ostream& err, BuildReport& report) {
  const std::string temp = path + ".new";
  for (const char* suffix : {"", "-journal", "-wal", "-shm"}) fs::remove(temp + suffix);
  {
    SQLite::Database db(temp, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("BEGIN");
    create_schema(db);
    db.exec("COMMIT");
    run_in_transaction(db, options, err, report);
  }
  for (const char* suffix : {"-wal", "-shm"}) fs::remove(path + suffix);
  fs::rename(temp, path);
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  db.exec("PRAGMA journal_mode = WAL");
}

}  // namespace

BuildReport build_index(const std::string& path, const BuildOptions& options, std::ostream& err) {
  const auto start = std::chrono::steady_clock::now();
  if (path.empty()) throw Error("index", "no place for the index: set --index FILE, LAWDIFF_INDEX or HOME");
  std::error_code ec;
  if (const fs::path parent = fs::path(path).parent_path(); !parent.empty()) fs::create_directories(parent, ec);
  BuildLock lock(path);
  BuildReport report;
  try {
    const bool usable = usable_index(path);
    std::vector<std::string> dirs = options.dirs;
    if (dirs.empty() && usable) {
      SQLite::Database db(path, SQLite::OPEN_READONLY);
      dirs = previous_dirs(db);
    }
    if (dirs.empty()) throw Error("index build", "give the directories to index (or --corpus DIR, LAWDIFF_PATH)");
    report.dirs = absolute_dirs(dirs);
    if (usable) {
      SQLite::Database db(path, SQLite::OPEN_READWRITE);
      db.setBusyTimeout(10000);
      db.exec("PRAGMA journal_mode = WAL");
      run_in_transaction(db, options, err, report);
    } else {
      build_fresh(path, options, err, report);
    }
  } catch (const SQLite::Exception& e) {
    throw Error(path, fmt::format("index build failed ({}); the previous index is unchanged", e.what()));
  } catch (const fs::filesystem_error& e) {
    throw Error(path, fmt::format("index build failed ({})", e.code().message()));
  }
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace lawdiff::corpus
