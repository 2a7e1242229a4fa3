// lawdiff index build|info|export: the corpus index (src/corpus/).
#include <unistd.h>

#include <thread>

#include "base/error.hpp"
#include "cli/commands.hpp"
#include "corpus/build.hpp"
#include "corpus/catalogue.hpp"
#include "render/corpus_tables.hpp"
#include "statute/loader.hpp"

namespace lawdiff::cli {

namespace {

struct IndexOptions {
  std::vector<std::string> dirs;
  int jobs = 0;
  bool verbose = false;
  std::string info_format;
  std::string export_format;
  std::string style = "full";
};

int run_build(Context& ctx, const IndexOptions& o) {
  corpus::BuildOptions b;
  b.dirs = o.dirs.empty() ? ctx.options.corpus_dirs : o.dirs;
  b.jobs = o.jobs > 0 ? o.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  b.progress = ::isatty(STDERR_FILENO) == 1;
  b.encoding = ctx.options.encoding;
  const corpus::BuildReport report = corpus::build_index(ctx.index.path(), b, ctx.err);
  render::write_build_report(ctx.out, report, o.verbose);
  return 0;
}

int run_info(Context& ctx, const IndexOptions& o) {
  const corpus::IndexStats stats = corpus::index_stats(ctx.index.require());
  if (o.info_format == "json") render::write_index_info_json(ctx.out, stats);
  else render::write_index_info_text(ctx.out, stats);
  return 0;
}

int run_export(Context& ctx, const IndexOptions& o) {
  const cite::Style style = *cite::parse_style(o.style);
  corpus::for_each_act(ctx.index.require(), [&](const corpus::VersionRow& row, statute::StoredAct&& stored) {
    // An embedded act is exported as the Library knows it (its short and
    // English titles come from the catalogue).
    if (!row.embedded.empty()) return render::write_act_jsonl(ctx.out, ctx.library.get(row.embedded), style);
    const statute::Act act{std::move(stored.info), statute::parse_bytes(stored.text, stored.info.file)};
    render::write_act_jsonl(ctx.out, act, style);
  });
  return 0;
}

}  // namespace

Command make_index_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("index", "The corpus index (SQLite): build it from folders of statutes, inspect, export");
  app->require_subcommand(1);
  app->footer(
      "The index is --index FILE, else LAWDIFF_INDEX, else $XDG_DATA_HOME/lawdiff/index.sqlite\n"
      "(~/.local/share/lawdiff/index.sqlite). With an index, every command finds acts through it.\n"
      "Example: lawdiff index build ~/statutes\n"
      "Example: lawdiff index info\n"
      "Example: lawdiff index export --format jsonl > provisions.jsonl");
  auto o = std::make_shared<IndexOptions>();
  auto* build = app->add_subcommand("build", "Parse every statute file under DIR... into the index (incremental)");
  build->add_option("DIR", o->dirs, "Folders of statutes (default: --corpus, LAWDIFF_PATH, else those of the last build)");
  build->add_option("-j,--jobs", o->jobs, "Parser threads (default: the number of cores)")
      ->check(CLI::Range(1, 256))
      ->type_name("N");
  build->add_flag("-v,--verbose", o->verbose, "List the files that are not statutes");
  auto* info = app->add_subcommand("info", "What the index holds: acts, versions, provisions, files, size, when built");
  add_format_option(*info, o->info_format, {"text", "json"});
  auto* exp = app->add_subcommand("export", "Stream one provision per line (act, version date, id, citation, text)");
  add_format_option(*exp, o->export_format, {"jsonl"});
  exp->add_option("-s,--style", o->style, "Citation style: full|short|id|en (default full)")
      ->check(CLI::IsMember({"full", "short", "id", "en"}))
      ->type_name("STYLE");
  return {app,
          [o, build, info](Context& ctx) {
            if (build->parsed()) return run_build(ctx, *o);
            if (info->parsed()) return run_info(ctx, *o);
            return run_export(ctx, *o);
          },
          false};
}

}  // namespace lawdiff::cli
