#include "support/fixtures.hpp"

#include <fstream>
#include <iterator>

#include "statute/parser.hpp"

namespace lawdiff::statute::testing {

Library& embedded_library() {
  static Library library({{}, {}});
  return library;
}

std::optional<std::filesystem::path> shared_dir() {
#ifdef LAWDIFF_SHARED_DIR
  std::filesystem::path dir(LAWDIFF_SHARED_DIR);
#else
  std::filesystem::path dir("../shared");
#endif
  if (const char* env = std::getenv("LAWDIFF_SHARED")) dir = env;
  std::error_code ec;
  if (std::filesystem::is_directory(dir / "corpus-sample", ec)) return dir;
  return std::nullopt;
}

Act act_from_text(const char* id, const char* text) {
  Act act;
  act.info.id = id;
  act.doc = parse(text, id);
  return act;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::map<std::string, std::map<std::string, std::string>> version_files(const std::filesystem::path& shared) {
  std::map<std::string, std::map<std::string, std::string>> out;
  for (const char* dir : {"corpus-sample", "corpus-dev"}) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(shared / dir)) {
      const std::string name = e.path().filename().string();
      const auto open = name.rfind('(');
      if (!e.is_regular_file() || e.path().extension() != ".md" || open == std::string::npos) continue;
      out[name.substr(0, open)][name.substr(open)] = e.path().string();
    }
  }
  return out;
}

}  // namespace lawdiff::statute::testing
