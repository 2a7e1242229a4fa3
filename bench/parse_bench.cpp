// Parser throughput: reads every file under a directory (default
// ../shared/corpus-sample), then decodes and parses all of them in one
// process, several rounds, and prints MB/s on one core.
//   build/release/bench/parse_bench [DIR] [ROUNDS]
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "statute/loader.hpp"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  fs::path dir = argc > 1 ? argv[1] : "../shared/corpus-sample";
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (files.empty()) {
    fmt::print(stderr, "parse_bench: no files under {}\n", dir.string());
    return 2;
  }
  std::size_t bytes = 0, articles = 0;
  for (const auto& f : files) bytes += f.size();
  double best = 1e300;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    articles = 0;
    for (const auto& f : files) articles += lawdiff::statute::parse_bytes(f, "bench").articles.size();
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    best = std::min(best, elapsed.count());
  }
  fmt::print("{} files, {:.1f} MB, {} articles: best of {} rounds {:.1f} ms, {:.1f} MB/s\n", files.size(),
             static_cast<double>(bytes) / 1e6, articles, rounds, best * 1e3, static_cast<double>(bytes) / 1e6 / best);
  return 0;
}
