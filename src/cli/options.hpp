#pragma once
// Options shared by every subcommand, filled by CLI11.
#include <string>
#include <vector>

namespace lawdiff::cli {

struct GlobalOptions {
  std::vector<std::string> corpus_dirs;  // --corpus DIR (repeatable)
  std::string encoding;                  // --encoding NAME
  std::string index;                     // --index FILE (else LAWDIFF_INDEX, else the XDG data dir)
  std::string output_file;               // -o FILE
  std::string color = "auto";            // --color auto|always|never
  bool no_pager = false;                 // --no-pager
  bool no_cache = false;                 // --no-cache
  int width = 0;                         // --width N, 0 = terminal/COLUMNS/100
};

}  // namespace lawdiff::cli
