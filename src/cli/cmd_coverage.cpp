// lawdiff coverage ACT_A ACT_B: how much of A has a counterpart in B.
#include "align/align.hpp"
#include "cli/commands.hpp"
#include "report/coverage.hpp"
#include "report/coverage_report.hpp"

namespace lawdiff::cli {

Command make_coverage_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("coverage", "Coverage tables: per article, per chapter, and what only B has");
  app->footer(
      "Status per article of A: covered (a strong counterpart in B), partial (only partial ones), none.\n"
      "Exit status: 0 (a table, not a diff), 2 trouble.\n"
      "Examples:\n"
      "  lawdiff coverage sz gd\n"
      "  lawdiff coverage sz gd --format markdown -o coverage.md");
  auto act_a = std::make_shared<std::string>();
  auto act_b = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  app->add_option("ACT_A", *act_a, "The act whose articles are looked up (id, alias, title or file)")->required();
  app->add_option("ACT_B", *act_b, "The act they are looked up in")->required();
  add_format_option(*app, *format, {"text", "markdown", "tsv", "json", "html"});
  return {app, [act_a, act_b, format](Context& ctx) {
            const statute::Act& a = ctx.library.get(*act_a);
            const statute::Act& b = ctx.library.get(*act_b);
            const report::Coverage cov = report::compute_coverage(a, b, align::align(a, b));
            report::write_coverage(ctx.out, cov, *format, ctx.width);
            return 0;
          }};
}

}  // namespace lawdiff::cli
