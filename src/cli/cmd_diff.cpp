// lawdiff diff REF_A REF_B: word-level diff of two provisions, or of two
// whole acts along their alignment.
#include "base/error.hpp"
#include "cite/reference.hpp"
#include "cli/commands.hpp"
#include "diff/act_walk.hpp"
#include "align/align.hpp"
#include "diff/alignment_pairing.hpp"
#include "render/diff_render.hpp"

namespace lawdiff::cli {
namespace {

struct DiffArgs {
  std::string ref_a, ref_b;
  std::string layout;  // side, inline, or empty: side on a terminal
  std::string by = "word";
  std::string format;
  text::SpaceMode spaces = text::SpaceMode::cjk;
  bool all = false;  // whole acts: show the identical pairs too
};

struct DiffResult {
  std::vector<diff::ProvisionDiff> diffs;
  int omitted = 0;  // identical pairs left out
};

/// Resolves a reference; one that names nothing is trouble here (exit 2),
/// since exit 1 means "different".
cite::Provision resolve(statute::Library& library, const std::string& ref) {
  try {
    return cite::resolve(library, ref);
  } catch (const Error& e) {
    throw Error(e.subject(), e.reason(), Exit::trouble);
  }
}

DiffResult run_diff(Context& ctx, const DiffArgs& args) {
  const cite::Provision a = resolve(ctx.library, args.ref_a);
  const cite::Provision b = resolve(ctx.library, args.ref_b);
  const diff::DiffOptions options{args.by == "char" ? diff::Granularity::character : diff::Granularity::word,
                                  args.spaces};
  if (a.kind == cite::ProvisionKind::act && b.kind == cite::ProvisionKind::act) {
    // Two whole acts: walk the alignment (pairs, then what only one side
    // has); like diff(1), show what differs unless --all.
    align::Alignment alignment = align::align(*a.act, *b.act);
    DiffResult r{diff::diff_acts(*a.act, *b.act, diff::to_act_pairing(*a.act, *b.act, alignment), options)};
    if (!args.all) r.omitted = diff::drop_identical(r.diffs);
    return r;
  }
  return {diff::diff_provisions(&a, &b, options)};
}

void render_diffs(Context& ctx, const DiffArgs& args, const DiffResult& r) {
  const auto& diffs = r.diffs;
  if (args.format == "markdown") return render::write_diff_markdown(ctx.out, diffs, r.omitted);
  if (args.format == "json") return render::write_diff_json(ctx.out, diffs, r.omitted);
  if (args.format == "html") {
    std::string title = "lawdiff diff " + args.ref_a + " " + args.ref_b;
    return render::write_diff_html(ctx.out, diffs, title, r.omitted);
  }
  const render::DiffStyle style{ctx.width, ctx.color};
  const std::string layout = args.layout.empty() ? (ctx.tty ? "side" : "inline") : args.layout;
  if (layout == "side") {
    render::write_side_by_side(ctx.out, diffs, style, r.omitted);
  } else {
    render::write_inline(ctx.out, diffs, style, r.omitted);
  }
}

}  // namespace

Command make_diff_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("diff", "Word-level diff of two provisions, or of two whole acts along their alignment");
  app->footer(
      "Two whole acts: only the pairs that differ are shown, then how many unchanged pairs were omitted (--all: all).\n"
      "White space next to Chinese characters is no difference (降低 5G = 降低5G); --ignore-space=none shows it.\n"
      "A merged or split paragraph shows as a deleted or inserted break: [-¶-], {+¶+}.\n"
      "Exit status: 0 identical, 1 different, 2 trouble.\n"
      "Examples:\n"
      "  lawdiff diff sz:26 gd:7\n"
      "  lawdiff diff sz gd --layout inline --color never\n"
      "  lawdiff diff sz:72.2 gd:33 --format markdown");
  auto args = std::make_shared<DiffArgs>();
  app->add_option("REF_A", args->ref_a, "A provision (sz:26, sz:72.2, sz:ch3, 深圳条例第二十六条) or a whole act")->required();
  app->add_option("REF_B", args->ref_b, "The provision or act to compare it with")->required();
  app->add_option("--layout", args->layout, "Text layout: side (default on a terminal) or inline")
      ->check(CLI::IsMember({"side", "inline"}))
      ->type_name("LAYOUT");
  app->add_option("--by", args->by, "Compare by word (ICU segmentation, default) or char")
      ->check(CLI::IsMember({"word", "char"}))
      ->type_name("UNIT");
  add_format_option(*app, args->format, {"text", "markdown", "html", "json"});
  add_space_option(*app, args->spaces);
  app->add_flag("--all", args->all, "Two whole acts: show the unchanged pairs too (by default only what changed, then a count)");
  return {app, [args](Context& ctx) {
            const DiffResult r = run_diff(ctx, *args);
            render_diffs(ctx, *args, r);
            // Omitted pairs are identical: the shown ones decide.
            return static_cast<int>(diff::all_identical(r.diffs) ? Exit::same : Exit::different);
          }};
}

}  // namespace lawdiff::cli
