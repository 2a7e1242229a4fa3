// lawdiff outline ACT: the table of contents.
#include "cli/commands.hpp"
#include "render/json_writer.hpp"
#include "render/act_json.hpp"
#include "render/outline.hpp"

namespace lawdiff::cli {

Command make_outline_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("outline", "Table of contents: chapters, sections, article ranges and titles");
  app->footer("Example: lawdiff outline gd");
  auto act_name = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  app->add_option("ACT", *act_name, "An act id, alias, title or file")->required();
  add_format_option(*app, *format, {"text", "markdown", "tsv", "json"});
  return {app, [act_name, format](Context& ctx) {
            const statute::Act& act = ctx.library.get(*act_name);
            if (*format == "text") {
              render::write_outline_text(ctx.out, act);
              return 0;
            }
            render::Table t = render::outline_table(act);
            if (*format == "markdown") {
              ctx.out << "## " << render::markdown_cell(statute::cited_title(act.info)) << "\n\n";
              render::write_history_markdown(ctx.out, act.doc);
              render::write_markdown_table(ctx.out, t);
            } else if (*format == "tsv") {
              render::write_tsv_table(ctx.out, t);
            } else {
              render::JsonWriter w(ctx.out);
              w.begin_object().member("schema", 1).key("act");
              render::write_act_object(w, act);
              w.key("outline").begin_array();
              for (const auto& row : t.rows) {
                w.begin_object();
                for (std::size_t c = 0; c < t.headers.size(); ++c) w.member(t.headers[c], row[c]);
                w.end_object();
              }
              w.end_array().end_object();
            }
            return 0;
          }};
}

}  // namespace lawdiff::cli
