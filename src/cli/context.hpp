#pragma once
// What a subcommand gets when it runs: the options, the acts, where to write.
#include <ostream>

#include "cli/index_handle.hpp"
#include "cli/options.hpp"
#include "statute/library.hpp"

namespace lawdiff::cli {

struct Context {
  const GlobalOptions& options;
  statute::Library& library;
  IndexHandle& index;
  std::ostream& out;
  std::ostream& err;
  bool color = false;  // resolved from --color, NO_COLOR and the tty
  int width = 100;     // resolved from --width, the terminal, COLUMNS
  bool tty = false;    // standard output is a terminal
};

}  // namespace lawdiff::cli
