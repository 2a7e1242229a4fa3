// lawdiff versions ACT: the versions of an act that the index knows.
#include <fmt/format.h>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "corpus/catalogue.hpp"
#include "render/corpus_tables.hpp"

namespace lawdiff::cli {

Command make_versions_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("versions", "The versions of an act in the corpus index, newest first");
  app->footer(
      "A reference without a version names the newest; name an older one as 《公司法》（2018年修正）,\n"
      "2018年《公司法》, 公司法@2018, or by the id this command lists.\n"
      "Example: lawdiff versions 反间谍法");
  auto act = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  app->add_option("ACT", *act, "A title (with or without 中华人民共和国 and 《》) or an id")->required();
  add_format_option(*app, *format, {"text", "markdown", "tsv", "json"});
  return {app, [act, format](Context& ctx) {
            std::vector<corpus::VersionRow> rows = corpus::versions_of(ctx.index.require(), *act);
            if (rows.empty()) throw Error(*act, fmt::format("no such act in the index ({})", ctx.library.suggestion(*act)));
            if (*format == "json") {
              render::write_versions_json(ctx.out, rows);
              return 0;
            }
            render::Table t = render::versions_table(rows);
            if (*format == "markdown") render::write_markdown_table(ctx.out, t);
            else if (*format == "tsv") render::write_tsv_table(ctx.out, t);
            else render::write_text_table(ctx.out, render::without_column(std::move(t), "file"), 60);
            return 0;
          }};
}

}  // namespace lawdiff::cli
