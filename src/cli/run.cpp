#include "cli/run.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <optional>

#include "base/error.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "corpus/catalogue.hpp"
#include "text/segment_cache.hpp"

namespace lawdiff::cli {
namespace {

void add_global_options(CLI::App& app, GlobalOptions& g) {
  app.add_option("--corpus", g.corpus_dirs, "Add every statute file under DIR (repeatable; also LAWDIFF_PATH)")
      ->type_name("DIR");
  app.add_option("--index", g.index,
                 "The corpus index (default: LAWDIFF_INDEX, else $XDG_DATA_HOME/lawdiff/index.sqlite)")
      ->type_name("FILE");
  app.add_option("--encoding", g.encoding, "Read input files in this encoding (e.g. GB18030, UTF-16LE) instead of detecting it")
      ->type_name("NAME");
  app.add_option("-o,--output", g.output_file, "Write the output to FILE (atomically: written, then renamed)")
      ->type_name("FILE");
  app.add_option("--color", g.color, "Colour: auto (a terminal and no NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN");
  app.add_flag("--no-pager", g.no_pager, "Never send output through a pager");
  app.add_flag("--no-cache", g.no_cache, "Neither read nor write the word-segmentation cache (see LAWDIFF_CACHE_DIR)");
  app.add_option("--width", g.width, "Output width in columns (default: terminal, else COLUMNS, else 100)")
      ->check(CLI::Range(20, 1000))
      ->type_name("N");
}

/// LAWDIFF_PATH (colon-separated directories) comes after --corpus.
void add_environment_corpus(GlobalOptions& g) {
  const char* path = std::getenv("LAWDIFF_PATH");
  if (path == nullptr) return;
  std::string_view rest(path);
  while (!rest.empty()) {
    std::size_t colon = rest.find(':');
    std::string_view dir = rest.substr(0, colon);
    if (!dir.empty()) g.corpus_dirs.emplace_back(dir);
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
}

int run_command(Command& command, GlobalOptions& g) {
  add_environment_corpus(g);
  std::optional<text::SegmentCache> cache;
  if (const auto dir = text::default_segment_cache_dir(); !g.no_cache && !dir.empty()) {
    cache.emplace(dir);
    text::use_segment_cache(&*cache);
  }
  statute::Library library({g.corpus_dirs, g.encoding});
  IndexHandle index(g.index);
  corpus::IndexSource source([&index] { return index.get(); });
  library.set_source(&source);
  OutputSink sink(g, command.pageable);
  Context ctx{g, library, index, sink.stream(), std::cerr, resolve_color(g), resolve_width(g), stdout_is_tty()};
  int status = command.run(ctx);
  for (const std::string& notice : library.notices()) std::cerr << for_stderr("lawdiff: " + notice) << '\n';
  sink.commit();
  if (cache) cache->save();
  return status;
}

}  // namespace

CLI::Option* add_format_option(CLI::App& app, std::string& format, std::vector<std::string> allowed) {
  format = allowed.front();
  std::string help = "Output format: ";
  for (std::size_t i = 0; i < allowed.size(); ++i) help += (i ? "|" : "") + allowed[i];
  return app.add_option("-f,--format", format, help)->check(CLI::IsMember(allowed))->type_name("FORMAT");
}

CLI::Option* add_space_option(CLI::App& app, text::SpaceMode& mode) {
  mode = text::SpaceMode::cjk;
  auto set = [&mode](const std::string& v) {
    mode = v == "none" ? text::SpaceMode::none : v == "all" ? text::SpaceMode::all : text::SpaceMode::cjk;
  };
  return app
      .add_option_function<std::string>(
          "--ignore-space", set,
          "White space that is no difference: cjk (default: spacing next to Chinese characters, e.g. "
          "降低 5G = 降低5G), all (any, as diff -w), none (shown exactly)")
      ->check(CLI::IsMember({"cjk", "all", "none"}))
      ->type_name("MODE");
}

int run(int argc, char** argv) {
  CLI::App app{"lawdiff: compare and cite Chinese statutes", "lawdiff"};
  app.set_version_flag("-V,--version", std::string("lawdiff ") + LAWDIFF_VERSION);
  app.require_subcommand(1);
  // Usage errors read like every other error: `lawdiff: what: why`.
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return fmt::format("lawdiff: {}\nRun 'lawdiff --help' for usage.\n", e.what());
  });
  app.footer("Acts: an id (sz, gd), an alias (深圳, 广东), a title, or a file path.\n"
             "Exit status: 0 no differences / all resolved, 1 differences / some unresolved, 2 trouble.\n"
             "See lawdiff(1) for references, citation styles and formats.");
  GlobalOptions g;
  add_global_options(app, g);
  std::vector<Command> commands;
  for (CommandFactory make : command_factories()) {
    commands.push_back(make(app));
    commands.back().app->fallthrough();
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : static_cast<int>(Exit::trouble);
  }
  try {
    for (Command& c : commands) {
      if (c.app->parsed()) return run_command(c, g);
    }
  } catch (const Error& e) {
    std::cout.flush();
    std::cerr << for_stderr(std::string("lawdiff: ") + e.what()) << '\n';
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cout.flush();
    std::cerr << for_stderr(std::string("lawdiff: internal error: ") + e.what()) << '\n';
    return static_cast<int>(Exit::trouble);
  }
  return static_cast<int>(Exit::trouble);
}

}  // namespace lawdiff::cli
