#pragma once
// The acts lawdiff knows: the embedded corpus, every statute file under the
// --corpus directories (and LAWDIFF_PATH), and files named on the command
// line. Acts are parsed on first use.
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "statute/act_source.hpp"
#include "statute/catalogue.hpp"
#include "statute/model.hpp"

namespace lawdiff::statute {

/// An act: its catalogue entry and its parsed text.
struct Act {
  ActInfo info;
  Document doc;
};

struct LibraryOptions {
  std::vector<std::string> corpus_dirs;  // searched in order after the embedded acts
  std::string encoding;                  // forced encoding for files, empty to detect
};

class Library {
 public:
  explicit Library(LibraryOptions options);

  /// The act named by `name`: an id, an alias, a title (with or without
  /// 《》 and draft marker), or a path to a statute file. Throws
  /// lawdiff::Error (exit 2) when nothing matches, listing the known ids.
  const Act& get(std::string_view name);

  /// Like get(), but nullptr when no act matches. Still throws when `name`
  /// is a file that exists but cannot be used.
  const Act* find(std::string_view name);

  /// Acts beyond the embedded ones and the files: the corpus index. Names
  /// that match no embedded act or file are looked up there (not owned).
  void set_source(ActSource* source) { source_ = source; }

  /// The other parts of `act` (statute::ActSource::parts_of), loaded.
  std::vector<const Act*> parts_of(const Act& act);

  /// "nearest: 《A》, 《B》" or "known acts: sz, gd": what to tell a user
  /// whose `name` matched nothing.
  std::string suggestion(std::string_view name);

  /// Every known act, embedded first, then the --corpus files in path order.
  std::vector<const Act*> all();

  /// Notices gathered while loading (skipped files, duplicate ids).
  const std::vector<std::string>& notices() const { return notices_; }

  /// Ids of the known acts, for error messages and completion.
  std::vector<std::string> ids();

 private:
  struct Entry {
    ActInfo info;
    std::string_view embedded_bytes;  // for embedded acts
    std::string path;                 // for files on disk
    std::string stored_text;          // for acts from the source (index)
    std::unique_ptr<Act> act;         // parsed on first use
    bool failed = false;
  };

  Act* materialize(Entry& entry);
  void scan_corpus_dirs();
  Entry* match(std::string_view name);
  Entry& add_file(const std::string& path);
  Entry* match_version(std::string_view name);
  Entry* from_source(std::string_view name);

  ActSource* source_ = nullptr;
  std::map<std::string, std::vector<const Act*>> parts_;  // act id → its other parts (parts_of)

  LibraryOptions options_;
  std::deque<Entry> entries_;
  bool scanned_ = false;
  std::vector<std::string> notices_;
};

/// Every statute file (.txt, .md, .markdown, .text) under `dir`, recursively,
/// sorted by path. Sets `ec` when `dir` cannot be read.
std::vector<std::string> statute_files(const std::string& dir, std::error_code& ec);

/// The catalogue entry of an act read from a file: everything from its text
/// (title, status, dates, version), with `id`.
ActInfo info_from_text(const Document& doc, const std::string& id);

/// The id a file gets: its file name without extension and spaces.
std::string id_for_path(const std::string& path);

/// Folds a name for matching: drops 《》, spaces and case; full-width → ASCII.
std::string name_key(std::string_view name);

}  // namespace lawdiff::statute
