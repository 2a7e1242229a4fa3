#include "statute/library.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "base/error.hpp"
#include "statute/embedded.hpp"
#include "statute/loader.hpp"
#include "statute/version.hpp"
#include "text/normalize.hpp"

namespace lawdiff::statute {

namespace fs = std::filesystem;

namespace {

bool is_statute_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text";
}

}  // namespace

ActInfo info_from_text(const Document& doc, const std::string& id) {
  ActInfo info;
  info.id = id;
  info.file = doc.source_name;
  info.title = doc.meta.title.empty() ? id : doc.meta.title;
  info.draft_marker = doc.meta.draft_marker;
  info.short_title = info.title;
  info.status = doc.meta.status;
  info.adopted = doc.meta.adopted;
  info.promulgated = doc.meta.promulgated;
  info.effective = doc.meta.effective;
  info.announcement = doc.meta.announcement;
  const VersionStamp v = read_version(doc, info.file);
  info.version_date = v.date;
  info.version_kind = v.kind;
  return info;
}


std::string id_for_path(const std::string& path) {
  std::string stem = fs::path(path).stem().string();
  stem.erase(std::remove(stem.begin(), stem.end(), ' '), stem.end());
  return stem.empty() ? path : stem;
}

std::vector<std::string> statute_files(const std::string& dir, std::error_code& ec) {
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code file_ec;
    if (it->is_regular_file(file_ec) && is_statute_file(it->path())) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string name_key(std::string_view name) {
  std::string key = text::fold_compact(name);
  for (std::string_view mark : {"《", "》"}) {
    for (std::size_t at; (at = key.find(mark)) != std::string::npos;) key.erase(at, mark.size());
  }
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  return key;
}

Library::Library(LibraryOptions options) : options_(std::move(options)) {
  std::string_view catalogue;
  for (const EmbeddedFile& f : embedded_files()) {
    if (f.name == "catalogue.tsv") catalogue = f.bytes;
  }
  for (ActInfo& info : parse_catalogue(catalogue, "catalogue.tsv")) {
    Entry& e = entries_.emplace_back();
    for (const EmbeddedFile& f : embedded_files()) {
      if (f.name == info.file) e.embedded_bytes = f.bytes;
    }
    info.embedded = true;
    e.info = std::move(info);
  }
}

Act* Library::materialize(Entry& e) {
  if (e.act) return e.act.get();
  Document doc = e.info.embedded        ? parse_bytes(e.embedded_bytes, e.info.id)
                 : e.path.empty()       ? parse_bytes(e.stored_text, e.info.file)
                                        : load_file(e.path, options_.encoding);
  require_articles(doc);
  if (!e.info.embedded && !e.path.empty()) e.info = info_from_text(doc, e.info.id);
  std::string().swap(e.stored_text);
  e.act = std::make_unique<Act>(Act{e.info, std::move(doc)});
  return e.act.get();
}

void Library::scan_corpus_dirs() {
  if (scanned_) return;
  scanned_ = true;
  for (const std::string& dir : options_.corpus_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      notices_.push_back(fmt::format("{}: not a directory; ignored", dir));
      continue;
    }
    for (const std::string& f : statute_files(dir, ec)) add_file(f);
  }
}

Library::Entry& Library::add_file(const std::string& path) {
  for (Entry& e : entries_) {
    // A pipe (lawdiff diff <(…) <(…)) is not a file the library can compare
    // by identity: equivalent() reports an error for it, not "different".
    std::error_code ec;
    if (!e.path.empty() && (e.path == path || fs::equivalent(e.path, path, ec))) return e;
  }
  Entry& e = entries_.emplace_back();
  e.path = path;
  e.info.id = id_for_path(path);
  e.info.file = path;
  return e;
}

Library::Entry* Library::match(std::string_view name) {
  std::string key = name_key(name);
  auto matches = [&](Entry& e) {
    if (name_key(e.info.id) == key) return true;
    if (e.info.embedded || e.act) {
      if (name_key(e.info.title) == key || name_key(cited_title(e.info)) == key) return true;
      if (!e.info.short_title.empty() && name_key(e.info.short_title) == key) return true;
    }
    for (const std::string& alias : e.info.aliases) {
      if (name_key(alias) == key) return true;
    }
    return false;
  };
  for (Entry& e : entries_) {
    if (matches(e)) return &e;
  }
  return nullptr;
}

// A name with a version qualifier (2022年深圳条例): an embedded act whose
// adoption, promulgation or entry into force falls in that year.
Library::Entry* Library::match_version(std::string_view name) {
  const VersionedName v = split_version(name);
  if (v.year == 0) return nullptr;
  Entry* e = match(v.name);
  if (e == nullptr || !e->info.embedded) return nullptr;
  const std::string year = std::to_string(v.year);
  for (const std::string* d : {&e->info.adopted, &e->info.promulgated, &e->info.effective}) {
    if (d->starts_with(year)) return e;
  }
  return nullptr;
}

Library::Entry* Library::from_source(std::string_view name) {
  if (source_ == nullptr) return nullptr;
  const VersionedName v = split_version(name);
  std::optional<StoredAct> stored = source_->find(v.name, v.year);
  if (!stored && v.year != 0) stored = source_->find(name, 0);  // "(2014-11-01)" is part of an id
  if (!stored) return nullptr;
  if (!stored->embedded_id.empty() && stored->info.version_note.empty()) {
    if (Entry* e = match(stored->embedded_id)) return e;
  }
  for (Entry& e : entries_) {
    if (!e.info.embedded && e.path.empty() && e.info.id == stored->info.id) return &e;
  }
  Entry& e = entries_.emplace_back();
  e.info = std::move(stored->info);
  e.stored_text = std::move(stored->text);
  return &e;
}

std::vector<const Act*> Library::parts_of(const Act& act) {
  if (source_ == nullptr || act.info.embedded) return {};
  // Asked again for every reference to a missing article in a batch.
  if (auto it = parts_.find(act.info.id); it != parts_.end()) return it->second;
  std::vector<const Act*> parts;
  for (const std::string& key : source_->parts_of(act.info.id)) {
    if (const Act* part = find(key)) parts.push_back(part);
  }
  return parts_.emplace(act.info.id, std::move(parts)).first->second;
}

std::string Library::suggestion(std::string_view name) {
  std::vector<std::string> near;
  if (source_ != nullptr) near = source_->nearest_titles(split_version(name).name, 5);
  if (near.empty()) {
    std::string list;
    for (const std::string& id : ids()) list += (list.empty() ? "" : ", ") + id;
    return source_ != nullptr && source_->has_acts() ? "no indexed title is near it; known acts besides the index: " + list
                                                      : "known acts: " + list;
  }
  std::string list;
  for (const std::string& t : near) list += (list.empty() ? "《" : "、《") + t + "》";
  return "nearest: " + list;
}

const Act* Library::find(std::string_view name) {
  if (Entry* e = match(name)) return materialize(*e);
  std::error_code ec;
  std::string path(name);
  // A name with a NUL byte names no file: the system would read it only up
  // to the NUL (".\0…" is the current directory).
  if (name.find('\0') == std::string_view::npos && fs::exists(path, ec)) {
    Entry& e = add_file(path);
    try {
      return materialize(e);
    } catch (const Error&) {
      // A directory, a non-statute or an unreadable file is no act: it must
      // not be listed among the known ones afterwards (cite --batch).
      e.failed = true;
      throw;
    }
  }
  if (Entry* e = match_version(name)) return materialize(*e);
  if (Entry* e = from_source(name)) return materialize(*e);
  if (scanned_ || options_.corpus_dirs.empty()) return nullptr;
  scan_corpus_dirs();
  // Titles of files on disk are known only once they are parsed.
  for (Entry& e : entries_) {
    if (e.info.embedded || e.failed || e.act) continue;
    try {
      materialize(e);
    } catch (const Error& err) {
      e.failed = true;
      notices_.push_back(err.what());
    }
  }
  if (Entry* e = match(name)) return materialize(*e);
  return nullptr;
}

const Act& Library::get(std::string_view name) {
  if (const Act* act = find(name)) return *act;
  bool path_like = name.find('/') != std::string_view::npos || is_statute_file(fs::path(std::string(name)));
  if (path_like) throw Error(std::string(name), "no such file");
  throw Error(std::string(name), fmt::format("no such act or file ({})", suggestion(name)));
}

std::vector<const Act*> Library::all() {
  scan_corpus_dirs();
  std::vector<const Act*> acts;
  for (Entry& e : entries_) {
    if (e.failed) continue;
    try {
      const Act* act = materialize(e);
      // A corpus file with an embedded act's text is that act, listed once.
      const bool twin = !act->info.embedded && std::any_of(acts.begin(), acts.end(), [&](const Act* known) {
        return known->info.embedded && known->doc.text == act->doc.text;
      });
      if (!twin) acts.push_back(act);
    } catch (const Error& err) {
      e.failed = true;
      notices_.push_back(fmt::format("{}; skipped", err.what()));
    }
  }
  return acts;
}

std::vector<std::string> Library::ids() {
  std::vector<std::string> out;
  for (const Entry& e : entries_) {
    if (!e.failed) out.push_back(e.info.id);
  }
  return out;
}

}  // namespace lawdiff::statute
