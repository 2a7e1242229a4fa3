// lawdiff search PATTERN [ACT...]: keyword in context, with citations.
#include "base/error.hpp"
#include "cite/search.hpp"
#include "cli/commands.hpp"
#include "render/cite_tables.hpp"
#include "text/regex.hpp"

namespace lawdiff::cli {

namespace {

struct SearchOptions {
  std::string pattern;
  std::vector<std::string> acts;
  bool regex = false;
  bool ignore_case = false;
  int context = 20;
  std::string style = "short";
  std::string format;
};

std::vector<cite::SearchHit> find_hits(Context& ctx, const SearchOptions& o) {
  std::optional<text::Regex> re;
  if (o.regex) re.emplace(o.pattern, o.ignore_case);
  std::vector<const statute::Act*> acts;
  if (o.acts.empty()) acts = ctx.library.all();
  for (const std::string& name : o.acts) acts.push_back(&ctx.library.get(name));
  std::vector<cite::SearchHit> hits;
  for (const statute::Act* act : acts) {
    auto found = cite::search(*act, o.pattern, re ? &*re : nullptr, o.context);
    hits.insert(hits.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  return hits;
}

}  // namespace

Command make_search_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("search", "Keyword-in-context hits, each with its provision id and citation");
  app->footer(
      "Exit status: 0 when something matched, 1 when nothing did (as grep), 2 for trouble.\n"
      "Example: lawdiff search 算力 gd --context 10\n"
      "Example: lawdiff search --regex '第[一二三四五六七八九十]+条' sz --format tsv");
  auto o = std::make_shared<SearchOptions>();
  app->add_option("PATTERN", o->pattern, "Text to find (literal unless --regex)")->required();
  app->add_option("ACT", o->acts, "Acts to search (default: every known act)");
  app->add_flag("-E,--regex", o->regex, "PATTERN is an ICU regular expression");
  app->add_flag("-i,--ignore-case", o->ignore_case, "Case-insensitive (with --regex)");
  app->add_option("-C,--context", o->context, "Characters of context either side (default 20)")
      ->check(CLI::Range(0, 1000))
      ->type_name("N");
  app->add_option("-s,--style", o->style, "Citation style: full|short|id|en (default short)")
      ->check(CLI::IsMember({"full", "short", "id", "en"}))
      ->type_name("STYLE");
  add_format_option(*app, o->format, {"text", "markdown", "tsv", "json"});
  return {app, [o](Context& ctx) {
            if (o->pattern.empty()) throw Error("search", "empty pattern");
            const auto hits = find_hits(ctx, *o);
            const cite::Style style = *cite::parse_style(o->style);
            if (o->format == "text") render::write_search_text(ctx.out, hits, style, ctx.color);
            if (o->format == "markdown") render::write_search_markdown(ctx.out, hits, style);
            if (o->format == "tsv") render::write_tsv_table(ctx.out, render::search_table(hits, style));
            if (o->format == "json") render::write_search_json(ctx.out, hits, style);
            return hits.empty() ? 1 : 0;
          }};
}

}  // namespace lawdiff::cli
