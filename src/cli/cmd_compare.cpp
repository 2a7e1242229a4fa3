// lawdiff compare ACT_A ACT_B: the full comparison report.
#include "base/error.hpp"
#include "cli/commands.hpp"
#include "report/comparison.hpp"

namespace lawdiff::cli {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// --format when given; else from -o's extension (.md markdown, .html/.htm
/// html, .json json); else text.
std::string effective_format(const Context& ctx, const std::string& format) {
  if (!format.empty()) return format;
  const std::string& file = ctx.options.output_file;
  if (ends_with(file, ".md") || ends_with(file, ".markdown")) return "markdown";
  if (ends_with(file, ".html") || ends_with(file, ".htm")) return "html";
  if (ends_with(file, ".json")) return "json";
  return "text";
}

}  // namespace

Command make_compare_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("compare", "The full report: summary, coverage, every aligned pair's diff, unmatched provisions");
  app->footer(
      "Without --format, -o FILE.md writes Markdown, -o FILE.html HTML, -o FILE.json JSON; otherwise text.\n"
      "Two versions of one act (the same title, e.g. 反间谍法 2014 and 2023), or --versions, give a 新旧对照:\n"
      "the older version on the left, articles counted by relation, the renumbered articles, then only\n"
      "the changed provisions (--all: every pair); Markdown and HTML give the 修订前 | 修订后 table.\n"
      "White space next to Chinese characters is no difference (降低 5G = 降低5G); --ignore-space=none shows it.\n"
      "Exit status: 0 the acts are identical, 1 they differ, 2 trouble.\n"
      "Examples:\n"
      "  lawdiff compare sz gd\n"
      "  lawdiff compare sz gd -o report.md\n"
      "  lawdiff compare sz gd -o report.html\n"
      "  lawdiff compare OLD NEW -o t.html && pandoc t.html -o t.docx");
  auto act_a = std::make_shared<std::string>();
  auto act_b = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>();
  auto options = std::make_shared<report::CompareOptions>();
  app->add_option("ACT_A", *act_a, "The first act (id, alias, title or file)")->required();
  app->add_option("ACT_B", *act_b, "The act to compare it with")->required();
  app->add_option("-f,--format", *format, "Output format: text|markdown|html|json (default: from -o's extension, else text)")
      ->check(CLI::IsMember({"text", "markdown", "html", "json"}))
      ->type_name("FORMAT");
  app->add_flag("--versions", options->versions,
                "Report as a 新旧对照 (old and new version) even when the titles differ");
  app->add_flag("--all", options->all, "In a 新旧对照, show the unchanged pairs too");
  add_space_option(*app, options->diff.spaces);
  return {app, [act_a, act_b, format, options](Context& ctx) {
            const statute::Act& a = ctx.library.get(*act_a);
            const statute::Act& b = ctx.library.get(*act_b);
            const report::Comparison c = report::compare_acts(a, b, *options);
            const std::string f = effective_format(ctx, *format);
            report::write_comparison(ctx.out, c, f, ctx.width, ctx.color && f == "text");
            return static_cast<int>(c.identical ? Exit::same : Exit::different);
          }};
}

}  // namespace lawdiff::cli
