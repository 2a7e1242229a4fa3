#pragma once
// The command line: CLI11 wiring and the one place errors are printed.
#include <iosfwd>

namespace lawdiff::cli {

/// Runs lawdiff with `argv`, writing to stdout/stderr; returns the exit
/// status (0 same/resolved, 1 different/unresolved, 2 trouble).
int run(int argc, char** argv);

}  // namespace lawdiff::cli
