// libFuzzer target: any bytes as the corpus index file, read by the
// commands that use it (index info, and one of list, search, versions,
// similar and cite, picked by the input's size).
// A damaged database gives an error and exit status 2, never a crash; and
// whatever it holds comes out as valid UTF-8, JSON that parses, and text
// without control characters.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "check.hpp"

namespace {

void run_checked(const std::vector<std::string>& words, const std::string& format) {
  std::vector<std::string> args{"--no-pager", "--no-cache", "--color", "never", "--index",
                                lawdiff::fuzz::scratch_dir() + "/index.sqlite"};
  args.insert(args.end(), words.begin(), words.end());
  if (!format.empty()) args.insert(args.end(), {"--format", format});
  lawdiff::fuzz::run_cli_checked(args, format.empty() ? "text" : format,
                                 words[0] + (format.empty() ? "" : " --format " + format));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  unsetenv("LAWDIFF_INDEX");
  unsetenv("LAWDIFF_PATH");
  setenv("XDG_DATA_HOME", lawdiff::fuzz::scratch_dir().c_str(), 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  struct Run {
    std::vector<std::string> words;
    std::string format;
  };
  static const std::vector<Run> kReaders{{{"list"}, "json"},
                                         {{"search", "条"}, "json"},
                                         {{"search", "条"}, "text"},
                                         {{"versions", "small-act"}, "json"},
                                         {{"similar", "small-act:1"}, "tsv"},
                                         {{"cite", "small-act:1"}, "json"}};
  lawdiff::fuzz::write_scratch("index.sqlite", {reinterpret_cast<const char*>(data), size});
  run_checked({"index", "info"}, "");
  // One reader more, picked by the size (the first bytes are SQLite's header).
  const Run& r = kReaders[size % kReaders.size()];
  run_checked(r.words, r.format);
  return 0;
}
