// libFuzzer target: two statute files (the input split at its first NUL,
// else in half) through a command chosen by the first byte, in every output
// format it has, run in process exactly as from the shell: a parsed act
// (parse, outline, refs, search) or two acts and their diff (diff, align,
// coverage, compare; align also with --explain 1=1). Whatever the input,
// the exit status is 0 to 2, stdout and stderr are valid UTF-8, JSON
// parses, every GFM table row has its header's cell count, and no control
// character reaches text, TSV or stderr.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"

namespace {

struct Command {
  std::vector<std::string> words;  // with @A@ and @B@ for the two files
  std::vector<std::string> formats;
};

const std::array<Command, 8> kCommands{{
    {{"parse", "@A@"}, {"text", "json"}},
    {{"outline", "@A@"}, {"text", "markdown", "tsv", "json"}},
    {{"refs", "@A@"}, {"text", "markdown", "tsv", "json"}},
    {{"search", "条", "@A@"}, {"text", "markdown", "tsv", "json"}},
    {{"diff", "@A@", "@B@"}, {"text", "markdown", "html", "json"}},
    {{"align", "@A@", "@B@"}, {"text", "markdown", "tsv", "json"}},
    {{"coverage", "@A@", "@B@"}, {"text", "markdown", "tsv", "json", "html"}},
    {{"compare", "@A@", "@B@"}, {"text", "markdown", "html", "json"}},
}};

void run_checked(const Command& c, const std::string& a, const std::string& b, const std::string& format) {
  std::vector<std::string> args{"--no-pager", "--no-cache", "--color", "never", "--width", "80"};
  for (const std::string& w : c.words) args.push_back(w == "@A@" ? a : w == "@B@" ? b : w);
  args.insert(args.end(), {"--format", format});
  lawdiff::fuzz::run_cli_checked(args, format, c.words[0] + " --format " + format);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // Never the user's index, corpus or cache.
  unsetenv("LAWDIFF_INDEX");
  unsetenv("LAWDIFF_PATH");
  setenv("XDG_DATA_HOME", lawdiff::fuzz::scratch_dir().c_str(), 1);
  setenv("NO_COLOR", "1", 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2 || size > 16384) return 0;
  const Command& c = kCommands[data[0] % kCommands.size()];
  const auto [x, y] = lawdiff::fuzz::split_input({reinterpret_cast<const char*>(data) + 1, size - 1});
  const std::string a = lawdiff::fuzz::write_scratch("a.txt", x);
  const std::string b = lawdiff::fuzz::write_scratch("b.txt", y);
  for (const std::string& format : c.formats) run_checked(c, a, b, format);
  if (c.words[0] == "align")  // the explanation of the first articles' pair (exit 2 when an act has none)
    run_checked({{"align", "@A@", "@B@", "--explain", "1=1"}, {}}, a, b, "text");
  return 0;
}
