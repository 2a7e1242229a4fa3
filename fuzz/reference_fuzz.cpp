// libFuzzer target: any bytes as a reference (the grammar, version
// qualifiers, title folding) resolved against the embedded acts. Never a
// crash; a reference resolves or says why.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cite/citation.hpp"
#include "cite/reference.hpp"
#include "statute/version.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static lawdiff::statute::Library library({});
  static lawdiff::cite::Resolver resolver(library);
  const std::string ref(reinterpret_cast<const char*>(data), size);
  (void)lawdiff::statute::split_version(ref);
  (void)lawdiff::statute::work_key(ref);
  lawdiff::cite::Provision p;
  std::string why;
  if (resolver.resolve(ref, p, why)) {
    (void)lawdiff::cite::citation(p, lawdiff::cite::Style::full);
  } else if (why.empty()) {
    __builtin_trap();
  }
  return 0;
}
