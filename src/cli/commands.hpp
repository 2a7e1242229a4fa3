#pragma once
// The subcommand factories, one per cmd_*.cpp file.
#include "cli/command.hpp"

namespace lawdiff::cli {

Command make_list_command(CLI::App& parent);
Command make_outline_command(CLI::App& parent);
Command make_parse_command(CLI::App& parent);
Command make_cite_command(CLI::App& parent);
Command make_refs_command(CLI::App& parent);
Command make_search_command(CLI::App& parent);
Command make_diff_command(CLI::App& parent);
Command make_align_command(CLI::App& parent);
Command make_coverage_command(CLI::App& parent);
Command make_compare_command(CLI::App& parent);
Command make_index_command(CLI::App& parent);
Command make_versions_command(CLI::App& parent);
Command make_similar_command(CLI::App& parent);

}  // namespace lawdiff::cli
