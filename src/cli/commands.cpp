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
  };
  return factories;
}

}  // namespace lawdiff::cli
