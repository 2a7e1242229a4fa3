// lawdiff parse FILE|ACT: the parsed structure, with warnings.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "render/act_json.hpp"
#include "render/outline.hpp"

namespace lawdiff::cli {

Command make_parse_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("parse", "Show the parsed structure of a statute file or act, with warnings");
  app->footer("Example: lawdiff parse statute.txt --format json");
  auto act_name = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  app->add_option("FILE", *act_name, "A statute file, or an act id, alias or title")->required();
  add_format_option(*app, *format, {"text", "json"});
  return {app, [act_name, format](Context& ctx) {
            const statute::Act& act = ctx.library.get(*act_name);
            for (const statute::Warning& w : act.doc.warnings) {
              ctx.err << for_stderr(fmt::format("lawdiff: {}:{}: warning: {}", act.doc.source_name, w.line, w.message)) << '\n';
            }
            if (*format == "json") {
              render::write_parse_json(ctx.out, act);
            } else {
              render::write_parse_text(ctx.out, act);
            }
            return 0;
          }};
}

}  // namespace lawdiff::cli
