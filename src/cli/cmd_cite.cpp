// lawdiff cite REF... | --batch FILE|-: provisions with their citations.
#include <fstream>
#include <iostream>

#include "base/error.hpp"
#include "cite/batch.hpp"
#include "cli/commands.hpp"
#include "cli/output.hpp"
#include "render/cite_output.hpp"

namespace lawdiff::cli {

namespace {

struct CiteOptions {
  std::vector<std::string> refs;
  std::string batch;
  std::string style = "full";
  std::string format;
};

// The batch input, opened before anything is written (so a missing file
// leaves standard output empty).
std::istream& open_batch(std::ifstream& file, const std::string& name) {
  if (name == "-") return std::cin;
  file.open(name, std::ios::binary);
  if (!file) throw Error(name, "cannot open");
  return file;
}

int run_batch(cite::Resolver& resolver, render::CiteWriter& writer, std::istream* in, const std::string& file) {
  const std::size_t failed = cite::resolve_lines(
      resolver, *in, [&](std::string_view input, const cite::Provision* p, std::string_view error) { writer.add(input, p, error); });
  if (in->bad()) throw Error(file == "-" ? "standard input" : file, "read error");
  writer.finish();
  return failed > 0 ? 1 : 0;
}

// Every reference is resolved before the first is written: an error no
// reference can avoid (a damaged corpus index) leaves standard output empty
// rather than half a JSON document.
int run_refs(Context& ctx, cite::Resolver& resolver, render::CiteFormat format, cite::Style style, const CiteOptions& o) {
  struct Row {
    bool ok = false;
    cite::Provision p;
    std::string why;
  };
  std::vector<Row> rows(o.refs.size());
  for (std::size_t i = 0; i < o.refs.size(); ++i) rows[i].ok = resolver.resolve(o.refs[i], rows[i].p, rows[i].why);
  render::CiteWriter writer(ctx.out, format, style, false);
  int status = 0;
  for (std::size_t i = 0; i < o.refs.size(); ++i) {
    if (rows[i].ok) {
      writer.add(o.refs[i], &rows[i].p, {});
      continue;
    }
    writer.add(o.refs[i], nullptr, rows[i].why);
    ctx.err << for_stderr("lawdiff: " + o.refs[i] + ": " + rows[i].why) << '\n';
    status = 1;
  }
  writer.finish();
  return status;
}

}  // namespace

Command make_cite_command(CLI::App& parent) {
  auto* app = parent.add_subcommand("cite", "Print provisions with their formal citation; resolve references in batch");
  app->footer(
      "References: sz:33, sz:33.2, sz:72.2.5, sz:26-28, sz:ch3, sz, sz:三十三, sz:120-1,\n"
      "  深圳条例第三十三条第二款, 《深圳经济特区人工智能产业促进条例》第七十二条第二款第（五）项, 广东第7条.\n"
      "Batch: one reference per line; one row per line (TSV header: input id citation text error),\n"
      "  in input order; a bad line gives an error row and the batch goes on. Exit 1 if any failed.\n"
      "Example: lawdiff cite sz:72.2.5 --style en\n"
      "Example: lawdiff cite --batch refs.txt --format tsv > citations.tsv");
  auto o = std::make_shared<CiteOptions>();
  app->add_option("REF", o->refs, "References to resolve");
  app->add_option("--batch", o->batch, "Resolve one reference per line of FILE ('-': standard input)")
      ->type_name("FILE");
  app->add_option("-s,--style", o->style, "Citation style: full|short|id|en")
      ->check(CLI::IsMember({"full", "short", "id", "en"}))
      ->type_name("STYLE");
  add_format_option(*app, o->format, {"text", "markdown", "json", "tsv"});
  return {app, [o](Context& ctx) {
            if (o->refs.empty() == o->batch.empty()) {
              throw Error("cite", o->batch.empty() ? "give a reference (e.g. sz:33.2) or --batch FILE"
                                                   : "give references or --batch FILE, not both");
            }
            std::ifstream file;
            std::istream* in = o->batch.empty() ? nullptr : &open_batch(file, o->batch);
            cite::Resolver resolver(ctx.library);
            const render::CiteFormat format = render::parse_cite_format(o->format);
            const cite::Style style = *cite::parse_style(o->style);
            if (o->batch.empty()) return run_refs(ctx, resolver, format, style, *o);
            // A batch streams its rows: a damaged index must fail before the first.
            ctx.index.get();
            render::CiteWriter writer(ctx.out, format, style, true);
            return run_batch(resolver, writer, in, o->batch);
          }};
}

}  // namespace lawdiff::cli
