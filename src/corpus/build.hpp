#pragma once
// `lawdiff index build`: parses every statute file under some directories
// into the corpus index, incrementally (a file whose content hash is
// unchanged is not parsed again), in one transaction (an interrupted build
// leaves the previous index as it was), one build at a time.
#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace lawdiff::corpus {

struct BuildOptions {
  std::vector<std::string> dirs;  // empty: the directories of the previous build
  int jobs = 1;                   // parser threads
  bool progress = false;          // draw a progress bar on `err` (a terminal)
  std::string encoding;           // forced input encoding, empty to detect
};

struct BuildReport {
  std::vector<std::string> dirs;  // as indexed (absolute)
  std::size_t files = 0;          // statute files seen
  std::uint64_t bytes = 0;        // their size
  std::size_t parsed = 0;         // files read again (new or changed)
  std::size_t unchanged = 0;
  std::size_t removed = 0;        // files gone since the last build
  std::size_t acts = 0;           // acts in the index after the build
  std::vector<std::pair<std::string, std::string>> skipped;  // file, why it is not a statute
  double seconds = 0;
};

/// Builds or updates the index at `path`. A file that is not an index of
/// this schema version is replaced by a fresh index (written beside it, then
/// renamed over it). Throws lawdiff::Error (exit 2) when another build holds
/// the index, a directory cannot be read, or SQLite fails (disk full…);
/// the previous index is then left as it was.
BuildReport build_index(const std::string& path, const BuildOptions& options, std::ostream& err);

}  // namespace lawdiff::corpus
