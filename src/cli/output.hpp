#pragma once
// Where a command's output goes: standard output, a pager on a terminal, or
// a file written atomically (-o FILE: a temporary file renamed at the end).
#include <cstdio>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

#include "cli/options.hpp"

namespace lawdiff::cli {

/// True when standard output is a terminal.
bool stdout_is_tty();

/// `s` fit for standard error: ill-formed UTF-8 as U+FFFD, control
/// characters (an ESC in a statute line, a file name) made visible.
std::string for_stderr(std::string_view s);

/// --width, else the terminal's width, else COLUMNS, else 100.
int resolve_width(const GlobalOptions& options);

/// --color always/never; under auto: a tty and no NO_COLOR.
bool resolve_color(const GlobalOptions& options);

class OutputSink {
 public:
  /// Opens the sink. Throws lawdiff::Error (exit 2) when -o's directory
  /// cannot take a temporary file.
  OutputSink(const GlobalOptions& options, bool pageable);
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  std::ostream& stream() { return *stream_; }

  /// Finishes: flushes, closes the pager and waits for it, or renames the
  /// temporary file over -o FILE. Without commit() the file is left alone.
  void commit();

 private:
  std::string target_;    // -o FILE
  std::string temp_;      // its temporary sibling
  std::FILE* file_ = nullptr;
  bool pager_ = false;
  std::unique_ptr<std::streambuf> buf_;
  std::unique_ptr<std::ostream> owned_;
  std::ostream* stream_ = nullptr;
};

}  // namespace lawdiff::cli
