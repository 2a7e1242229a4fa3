#include "cli/commands.hpp"

namespace lawdiff::cli {

const std::vector<CommandFactory>& command_factories() {
  static const std::vector<CommandFactory> factories = {
      make_list_command,
      make_outline_command,
      make_parse_command,
      make_cite_command,
      make_refs_command,
      make_search_command,
      make_diff_command,
      make_align_command,
      make_coverage_command,
      make_compare_command,
      make_index_command,
      make_versions_command,
      make_similar_command,
  };
  return factories;
}

}  // namespace lawdiff::cli
