// lawdiff search PATTERN [ACT...]: keyword in context, with citations.
#include <deque>

#include "base/error.hpp"
#include "cite/search.hpp"
#include "cli/commands.hpp"
#include "corpus/articles.hpp"
#include "corpus/catalogue.hpp"
#include "corpus/search.hpp"
#include "render/cite_tables.hpp"
#include "statute/loader.hpp"
#include "text/regex.hpp"

namespace lawdiff::cli {

namespace {

struct SearchOptions {
  std::string pattern;
  std::vector<std::string> acts;
  std::vector<std::string> in;
  bool regex = false;
  bool ignore_case = false;
  int context = 20;
  std::string style = "short";
  std::string format;
};

void search_act(const statute::Act& act, const SearchOptions& o, const text::Regex* re, std::vector<cite::SearchHit>& hits) {
  auto found = cite::search(act, o.pattern, re, o.context);
  hits.insert(hits.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

/// Through the index: the articles its full-text index offers (or, for a
/// pattern it cannot narrow, every indexed act), confirmed by cite::search.
/// `partial` and `whole` keep the loaded articles and acts alive for the
/// hits that point at them.
void search_index(Context& ctx, corpus::Index& index, const SearchOptions& o, const text::Regex* re,
                  std::vector<corpus::PartialAct>& partial, std::deque<statute::Act>& whole,
                  std::vector<cite::SearchHit>& hits) {
  std::vector<std::string> only;
  for (const std::string& name : o.in) only.push_back(ctx.library.get(name).info.id);
  const auto rows = re ? std::nullopt : corpus::candidate_articles(index, o.pattern, only);
  if (!rows) {
    // A regex could match anywhere; a short literal narrows to the acts
    // holding it. One act is parsed at a time; only those with hits stay.
    corpus::IndexSource source([&index] { return &index; });
    for (const std::string& key : corpus::all_act_keys(index, only, re ? std::string() : o.pattern)) {
      std::optional<statute::StoredAct> stored = source.find(key, 0);
      if (!stored) continue;
      if (!stored->embedded_id.empty()) {
        search_act(ctx.library.get(stored->embedded_id), o, re, hits);
        continue;
      }
      whole.push_back({std::move(stored->info), statute::parse_bytes(stored->text, stored->info.file)});
      const std::size_t before = hits.size();
      search_act(whole.back(), o, re, hits);
      if (hits.size() == before) whole.pop_back();
    }
    return;
  }
  partial = corpus::load_articles(index, *rows);
  for (const corpus::PartialAct& p : partial) {
    // An embedded act is searched whole, as it is without an index.
    search_act(p.row.embedded.empty() ? p.act : ctx.library.get(p.row.embedded), o, re, hits);
  }
}

}  // namespace

Command make_search_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("search", "Keyword-in-context hits, each with its provision id and citation");
  app->footer(
      "Exit status: 0 when something matched, 1 when nothing did (as grep), 2 for trouble.\n"
      "With a corpus index and no ACT, every indexed act is searched (--in ACT... to restrict),\n"
      "hits grouped by act, latest versions first.\n"
      "Example: lawdiff search 算力 gd --context 10\n"
      "Example: lawdiff search 去标识化 --in 深圳条例 --format tsv\n"
      "Example: lawdiff search --regex '第[一二三四五六七八九十]+条' sz --format tsv");
  auto o = std::make_shared<SearchOptions>();
  app->add_option("PATTERN", o->pattern, "Text to find (literal unless --regex)")->required();
  app->add_option("ACT", o->acts, "Acts to search (default: every indexed act, else every known act)");
  app->add_option("--in", o->in, "With the corpus index: search only these acts")->type_name("ACT");
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
            std::optional<text::Regex> re;
            if (o->regex) re.emplace(o->pattern, o->ignore_case);
            std::vector<corpus::PartialAct> partial;
            std::deque<statute::Act> whole;
            std::vector<cite::SearchHit> hits;
            corpus::Index* index = o->acts.empty() ? ctx.index.get() : nullptr;
            if (index != nullptr) {
              search_index(ctx, *index, *o, re ? &*re : nullptr, partial, whole, hits);
            } else {
              if (!o->in.empty()) throw Error("search", "--in needs a corpus index (lawdiff index build DIR)");
              std::vector<const statute::Act*> acts;
              if (o->acts.empty()) acts = ctx.library.all();
              for (const std::string& name : o->acts) acts.push_back(&ctx.library.get(name));
              for (const statute::Act* act : acts) search_act(*act, *o, re ? &*re : nullptr, hits);
            }
            const cite::Style style = *cite::parse_style(o->style);
            if (o->format == "text") render::write_search_text(ctx.out, hits, style, ctx.color);
            if (o->format == "markdown") render::write_search_markdown(ctx.out, hits, style);
            if (o->format == "tsv") render::write_tsv_table(ctx.out, render::search_table(hits, style));
            if (o->format == "json") render::write_search_json(ctx.out, hits, style);
            return hits.empty() ? 1 : 0;
          }};
}

}  // namespace lawdiff::cli
