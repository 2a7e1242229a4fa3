// lawdiff align ACT_A ACT_B: which provision of A corresponds to which of B.
#include <fstream>
#include <sstream>

#include "align/align.hpp"
#include "align/evaluate.hpp"
#include "base/error.hpp"
#include "cli/commands.hpp"
#include "render/alignment.hpp"
#include "text/utf8.hpp"

namespace lawdiff::cli {

namespace {

struct AlignArgs {
  std::string act_a, act_b, format, crosswalk, explain, gold;
  std::vector<std::string> pins, forbids;
};

std::string read_whole(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, std::string("cannot read the ") + what);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A crosswalk file: one `A=B` (pin) or `A!=B` (forbid) per line; blank
// lines and lines starting with '#' are ignored.
void read_crosswalk(const std::string& path, const statute::Act& a, const statute::Act& b, align::Options& o) {
  const std::string data = read_whole(path, "crosswalk file");
  std::istringstream lines(data);
  std::string line;
  for (int n = 1; std::getline(lines, line); ++n) {
    const std::string_view s = text::trim(line);
    if (s.empty() || s.front() == '#') continue;
    try {
      if (const auto neq = s.find("!="); neq != std::string_view::npos)
        o.forbids.push_back(align::parse_constraint(a, b, std::string(s.substr(0, neq)) + "=" + std::string(s.substr(neq + 2))));
      else
        o.pins.push_back(align::parse_constraint(a, b, s));
    } catch (const Error& e) {
      throw Error(path + ":" + std::to_string(n), e.what());
    }
  }
}

align::Options make_options(const AlignArgs& args, const statute::Act& a, const statute::Act& b) {
  align::Options o;
  if (!args.crosswalk.empty()) read_crosswalk(args.crosswalk, a, b, o);
  for (const auto& p : args.pins) o.pins.push_back(align::parse_constraint(a, b, p));
  for (const auto& f : args.forbids) o.forbids.push_back(align::parse_constraint(a, b, f));
  return o;
}

int run_align(const AlignArgs& args, Context& ctx) {
  const statute::Act& a = ctx.library.get(args.act_a);
  const statute::Act& b = ctx.library.get(args.act_b);
  const align::Options options = make_options(args, a, b);
  if (!args.explain.empty()) {
    const align::Constraint c = align::parse_constraint(a, b, args.explain);
    render::write_explanation_text(ctx.out, align::explain(a, b, c.a, c.b, options), a, b);
    return 0;
  }
  const align::Alignment al = align::align(a, b, options);
  if (!args.gold.empty()) {
    const auto gold = align::parse_gold(read_whole(args.gold, "reference file"), args.gold);
    render::write_evaluation_text(ctx.out, align::evaluate(al, a, b, gold));
    return 0;
  }
  if (args.format == "text") render::write_alignment_text(ctx.out, al, a, b, ctx.width);
  else if (args.format == "markdown") render::write_alignment_markdown(ctx.out, al, a, b);
  else if (args.format == "tsv") render::write_alignment_tsv(ctx.out, al, a, b);
  else render::write_alignment_json(ctx.out, al, a, b);
  return 0;
}

}  // namespace

Command make_align_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("align", "Which provision of one act corresponds to which of the other, with scores");
  app->footer(
      "A and B in --pin, --forbid and --explain are provision ids: sz:26, gd:4.8 (article 4, paragraph 8), or bare 26=7.\n"
      "A crosswalk file has one A=B (pin) or A!=B (forbid) per line; '#' starts a comment line.\n"
      "Each pair has a strength (strong, partial) and a relation: same (identical but for spacing and punctuation),\n"
      "modified, split (one A article over several B articles), merged (several A articles into one B), partial\n"
      "(a minor share: a weak pair whose two articles both have other pairs).\n\n"
      "Example: lawdiff align sz gd --format markdown\n"
      "         lawdiff align sz gd --explain sz:26=gd:7");
  auto args = std::make_shared<AlignArgs>();
  app->add_option("ACT_A", args->act_a, "The first act: id, alias, title or file")->required();
  app->add_option("ACT_B", args->act_b, "The second act")->required();
  add_format_option(*app, args->format, {"text", "markdown", "tsv", "json"});
  app->add_option("--pin", args->pins, "Force A=B into the alignment (repeatable)")->type_name("A=B");
  app->add_option("--forbid", args->forbids, "Keep A=B out of the alignment (repeatable)")->type_name("A=B");
  app->add_option("--crosswalk", args->crosswalk, "Read pins (A=B) and forbids (A!=B) from FILE")->type_name("FILE");
  app->add_option("--explain", args->explain, "Explain why A=B scored as it did, instead of the table")->type_name("A=B");
  app->add_option("--gold", args->gold, "Score the alignment against a reference TSV (a, b, strength or old_article, new_article, relation)")->type_name("FILE");
  return {app, [args](Context& ctx) { return run_align(*args, ctx); }};
}

}  // namespace lawdiff::cli
