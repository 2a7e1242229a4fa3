#include "support/fixtures.hpp"

#include <fstream>
#include <iterator>

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

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace lawdiff::statute::testing
