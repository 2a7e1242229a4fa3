// lawdiff list: the acts lawdiff knows.
#include "cli/commands.hpp"
#include "render/act_json.hpp"
#include "render/outline.hpp"

namespace lawdiff::cli {

Command make_list_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("list", "List the acts lawdiff knows (embedded, --corpus, LAWDIFF_PATH)");
  app->footer("Example: lawdiff list --format tsv");
  auto format = std::make_shared<std::string>();
  add_format_option(*app, *format, {"text", "markdown", "tsv", "json", "ids"});
  return {app, [format](Context& ctx) {
            auto acts = ctx.library.all();
            if (*format == "ids") {
              // One id and one alias per line: what shell completion asks for.
              for (const auto* act : acts) {
                ctx.out << act->info.id << '\n';
                for (const auto& alias : act->info.aliases) ctx.out << alias << '\n';
              }
              return 0;
            }
            if (*format == "json") {
              render::JsonWriter w(ctx.out);
              w.begin_object().member("schema", 1).key("acts").begin_array();
              for (const auto* act : acts) render::write_act_object(w, *act);
              w.end_array().end_object();
              return 0;
            }
            render::Table t = render::act_list_table(acts);
            if (*format == "markdown") render::write_markdown_table(ctx.out, t);
            else if (*format == "tsv") render::write_tsv_table(ctx.out, t);
            else render::write_text_table(ctx.out, t, 60);
            return 0;
          }};
}

}  // namespace lawdiff::cli
