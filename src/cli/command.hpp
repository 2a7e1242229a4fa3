#pragma once
// A subcommand: one file each (cmd_*.cpp), listed once in commands.cpp.
#include <CLI/CLI.hpp>

#include <functional>
#include <vector>

#include "cli/context.hpp"
#include "text/spacing.hpp"

namespace lawdiff::cli {

struct Command {
  CLI::App* app = nullptr;              // the CLI11 subcommand
  std::function<int(Context&)> run;     // returns the exit status
  bool pageable = true;                 // output may go through the pager
};

/// Adds a subcommand to `parent` and returns it with its runner; the
/// runner captures the subcommand's own options.
using CommandFactory = Command (*)(CLI::App& parent);

/// Every subcommand, in the order `--help` lists them.
const std::vector<CommandFactory>& command_factories();

/// Adds --format with the allowed values to `app`, defaulting to the first.
CLI::Option* add_format_option(CLI::App& app, std::string& format, std::vector<std::string> allowed);

/// Adds --ignore-space=MODE (cjk, the default; all; none: white space shown
/// exactly) to a subcommand that diffs text.
CLI::Option* add_space_option(CLI::App& app, text::SpaceMode& mode);

}  // namespace lawdiff::cli
