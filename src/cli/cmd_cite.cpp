// lawdiff cite REF... | --batch FILE|-: provisions with their citations.
#include <fstream>
#include <iostream>

#include "base/error.hpp"
#include "cite/batch.hpp"
#include "cli/commands.hpp"
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

int run_refs(Context& ctx, cite::Resolver& resolver, render::CiteWriter& writer, const CiteOptions& o) {
  int status = 0;
  cite::Provision p;
  std::string why;
  for (const std::string& ref : o.refs) {
    if (resolver.resolve(ref, p, why)) {
      writer.add(ref, &p, {});
      continue;
    }
    writer.add(ref, nullptr, why);
    ctx.err << "lawdiff: " << ref << ": " << why << '\n';
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
            render::CiteWriter writer(ctx.out, render::parse_cite_format(o->format), *cite::parse_style(o->style),
                                      !o->batch.empty());
            return o->batch.empty() ? run_refs(ctx, resolver, writer, *o) : run_batch(resolver, writer, in, o->batch);
          }};
}

}  // namespace lawdiff::cli
