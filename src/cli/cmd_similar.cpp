// lawdiff similar REF | --text "…": the most similar provisions across the
// indexed corpus, best first.
#include <filesystem>

#include "base/error.hpp"
#include "cite/citation.hpp"
#include "cite/reference.hpp"
#include "cli/commands.hpp"
#include "corpus/catalogue.hpp"
#include "corpus/similar.hpp"
#include "diff/text_diff.hpp"
#include "render/similar.hpp"
#include "statute/version.hpp"

namespace lawdiff::cli {

namespace {

struct SimilarOptions {
  std::string ref;
  std::string text;
  std::vector<std::string> in;
  bool include_self = false;
  std::size_t top = 10;
  double min_score = 0;
  std::string style = "full";
  std::string format;
};

/// --in: act keys, from acts (any name) and directories of indexed files.
std::vector<std::string> restrict_to(Context& ctx, corpus::Index& index, const std::vector<std::string>& in) {
  std::vector<std::string> keys;
  for (const std::string& name : in) {
    std::error_code ec;
    if (std::filesystem::is_directory(name, ec)) {
      std::vector<std::string> under = corpus::keys_under(index, name);
      if (under.empty()) throw Error(name, "no indexed act comes from this directory");
      keys.insert(keys.end(), under.begin(), under.end());
    } else {
      keys.push_back(ctx.library.get(name).info.id);
    }
  }
  return keys;
}

render::SimilarRow row_for(Context& ctx, const corpus::SimilarHit& hit, const std::string& query, cite::Style style) {
  const statute::Act& act = ctx.library.get(hit.act);
  const cite::Provision p = cite::article_provision(act, static_cast<std::size_t>(hit.article));
  const std::string text = cite::provision_text(p);
  return {hit.score, cite::provision_id(p), cite::citation(p, style), act.info.file, text, diff::diff_text(query, text)};
}

}  // namespace

Command make_similar_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("similar", "The provisions across the indexed corpus most similar to one (立法借鉴)");
  app->footer(
      "Candidates come from the corpus index (lawdiff index build); scores are the aligner's similarity.\n"
      "The query's own act is left out unless --include-self.\n"
      "Example: lawdiff similar 《反间谍法》（2014年）第二十条 --top 5\n"
      "Example: lawdiff similar --text '数据处理者应当建立数据安全管理制度' --format tsv");
  auto o = std::make_shared<SimilarOptions>();
  app->add_option("REF", o->ref, "The provision to start from (any reference, e.g. sz:33, 《…》第二十条)");
  app->add_option("--text", o->text, "Query with this text instead of a provision")->type_name("TEXT");
  app->add_option("--in", o->in, "Only provisions of these acts or of acts under these directories")
      ->type_name("ACT|DIR");
  app->add_flag("--include-self", o->include_self, "Keep provisions of the query's own act");
  app->add_option("-n,--top", o->top, "How many to show (default 10)")->check(CLI::Range(1, 1000))->type_name("N");
  app->add_option("--min-score", o->min_score, "Only scores of at least S (0–1)")->check(CLI::Range(0.0, 1.0))->type_name("S");
  app->add_option("-s,--style", o->style, "Citation style: full|short|id|en (default full)")
      ->check(CLI::IsMember({"full", "short", "id", "en"}))
      ->type_name("STYLE");
  add_format_option(*app, o->format, {"text", "tsv", "json", "markdown"});
  return {app, [o](Context& ctx) {
            if (o->ref.empty() == o->text.empty()) {
              throw Error("similar", o->ref.empty() ? "give a reference (e.g. sz:33) or --text TEXT"
                                                    : "give a reference or --text, not both");
            }
            corpus::Index& index = ctx.index.require();
            corpus::SimilarQuery q;
            std::string query_id;
            if (!o->ref.empty()) {
              const cite::Provision p = cite::resolve(ctx.library, o->ref);
              q.text = cite::provision_text(p);
              query_id = cite::provision_id(p);
              if (!o->include_self) q.exclude.push_back(p.act->info.id);
              q.work = statute::work_key(p.act->info.title);
            } else {
              q.text = o->text;
            }
            q.only = restrict_to(ctx, index, o->in);
            q.top = o->top;
            q.min_score = o->min_score;
            const cite::Style style = *cite::parse_style(o->style);
            std::vector<render::SimilarRow> rows;
            for (const corpus::SimilarHit& hit : corpus::similar(index, q)) rows.push_back(row_for(ctx, hit, q.text, style));
            if (o->format == "text") render::write_similar_text(ctx.out, rows, ctx.width, ctx.color);
            if (o->format == "tsv") render::write_similar_tsv(ctx.out, rows);
            if (o->format == "json") render::write_similar_json(ctx.out, query_id, q.text, rows);
            if (o->format == "markdown") render::write_similar_markdown(ctx.out, rows);
            return rows.empty() ? 1 : 0;
          }};
}

}  // namespace lawdiff::cli
