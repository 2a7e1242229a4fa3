// libFuzzer target: any string as a reference (the grammar, version
// qualifiers, title folding, the natural and short locators) resolved
// against the embedded acts. Never a crash; a reference resolves, with a
// citation in every style, or says why; for UTF-8 input, all of it UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "cite/citation.hpp"
#include "cite/locator.hpp"
#include "cite/reference.hpp"
#include "statute/library.hpp"
#include "statute/version.hpp"
#include "text/utf8_validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static lawdiff::statute::Library library({});
  static lawdiff::cite::Resolver resolver(library);
  const std::string ref(reinterpret_cast<const char*>(data), size);
  const bool utf8 = lawdiff::text::first_invalid_utf8(ref) == std::string_view::npos;
  (void)lawdiff::statute::split_version(ref);
  (void)lawdiff::statute::work_key(ref);
  lawdiff::cite::Locator loc;
  lawdiff::fuzz::require(lawdiff::cite::parse_natural_locator(ref, loc) <= ref.size(), "natural locator read past the input");
  (void)lawdiff::cite::parse_short_locator(ref, loc);
  lawdiff::cite::Provision p;
  std::string why;
  if (ref.find('/') != std::string::npos) return 0;  // a path: the file system, not the grammar
  if (resolver.resolve(ref, p, why)) {
    for (auto style : {lawdiff::cite::Style::full, lawdiff::cite::Style::short_, lawdiff::cite::Style::id,
                       lawdiff::cite::Style::en}) {
      lawdiff::fuzz::check_utf8(lawdiff::cite::citation(p, style), "citation");
    }
  } else {
    lawdiff::fuzz::require(!why.empty(), "unresolved reference without a reason");
    if (utf8) lawdiff::fuzz::check_utf8(why, "reason");
  }
  return 0;
}
