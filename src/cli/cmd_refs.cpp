// lawdiff refs ACT: the cross-references inside an act, resolved.
#include "cli/commands.hpp"
#include "render/cite_tables.hpp"

namespace lawdiff::cli {

Command make_refs_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("refs", "Cross-references inside an act (本条例第X条, 前款, 《…》第X条), resolved to ids");
  app->footer(
      "Kinds: internal (resolved to an id of this act), external (another act: its id when loaded,\n"
      "  else its title), unresolved (names nothing; the note says why).\n"
      "Example: lawdiff refs sz --format tsv");
  auto act_name = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  app->add_option("ACT", *act_name, "An act id, alias, title or file")->required();
  add_format_option(*app, *format, {"text", "markdown", "tsv", "json"});
  return {app, [act_name, format](Context& ctx) {
            const statute::Act& act = ctx.library.get(*act_name);
            cite::Resolver resolver(ctx.library);
            const auto refs = cite::find_cross_references(resolver, ctx.library, act);
            if (*format == "json") {
              render::write_xref_json(ctx.out, act.info.id, refs);
              return 0;
            }
            const render::Table t = render::xref_table(refs);
            if (*format == "text") render::write_text_table(ctx.out, t);
            if (*format == "markdown") render::write_markdown_table(ctx.out, t);
            if (*format == "tsv") render::write_tsv_table(ctx.out, t);
            return 0;
          }};
}

}  // namespace lawdiff::cli
