// In-process batch resolution benchmark: references per second for
// (1) Resolver::resolve alone and (2) resolve + TSV rows (CiteWriter into a
// discarding stream), over the same mix as bench/cite_batch.sh.
//   build/release/cite_bench [references]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "cite/reference.hpp"
#include "render/cite_output.hpp"

using namespace lawdiff;

namespace {

class NullBuf : public std::streambuf {
 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  int_type overflow(int_type c) override { return traits_type::not_eof(c); }
};

const std::vector<std::string> kMix = {
    "sz:33", "sz:33.2", "sz:72.2.5", "gd:7", "sz:26-28", "gd:4.8", "sz:1", "sz:65.1.3", "gd:12", "sz:ch3",
    "sz:73", "gd:34.1", "sz:三十三", "sz:74", "深圳条例第三十三条第二款", "广东第7条", "sz:10.1", "gd:20",
    "sz:45", "sz:50.2", "sz:60", "gd:30.2", "sz:11.1", "sz:5", "sz:8.1", "gd:2.2", "sz:40", "sz:33.3",
    "gd:ch2", "sz:66"};

template <typename F>
double per_second(long n, F&& f) {
  const auto start = std::chrono::steady_clock::now();
  for (long i = 0; i < n; ++i) f(kMix[static_cast<std::size_t>(i) % kMix.size()]);
  const std::chrono::duration<double> secs = std::chrono::steady_clock::now() - start;
  return static_cast<double>(n) / secs.count();
}

}  // namespace

int main(int argc, char** argv) {
  const long n = argc > 1 ? std::atol(argv[1]) : 2'000'000;
  statute::Library library({});
  cite::Resolver resolver(library);
  cite::Provision p;
  std::string why;
  long ok = 0;
  per_second(1000, [&](const std::string& ref) { ok += resolver.resolve(ref, p, why); });  // warm: parse the acts

  const double resolve_rate = per_second(n, [&](const std::string& ref) { ok += resolver.resolve(ref, p, why); });
  NullBuf null;
  std::ostream sink(&null);
  render::CiteWriter writer(sink, render::CiteFormat::tsv, cite::Style::full, true);
  const double row_rate = per_second(n, [&](const std::string& ref) {
    if (resolver.resolve(ref, p, why)) {
      writer.add(ref, &p, {});
    } else {
      writer.add(ref, nullptr, why);
    }
  });
  writer.finish();
  std::printf("references      %ld (mix of %zu forms, %ld resolved)\n", n, kMix.size(), ok);
  std::printf("resolve only    %.0f refs/s\n", resolve_rate);
  std::printf("resolve + TSV   %.0f refs/s\n", row_rate);
  return 0;
}
