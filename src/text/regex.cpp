// ICU RegexPattern/RegexMatcher over a UTF-8 UText, so matching runs on the
// UTF-8 bytes without a UTF-16 copy and match offsets are UTF-8 byte offsets
// (ICU reports native indexes of the UText, which are byte offsets here).
#include "text/regex.hpp"

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/utext.h>

#include "base/error.hpp"

namespace lawdiff::text {

struct Regex::Impl {
  std::unique_ptr<icu::RegexPattern> pattern;
};

Regex::Regex(std::string_view pattern, bool ignore_case) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, pattern.data(), static_cast<int64_t>(pattern.size()), &status);
  const uint32_t flags = ignore_case ? UREGEX_CASE_INSENSITIVE : 0;
  if (U_SUCCESS(status)) impl_->pattern.reset(icu::RegexPattern::compile(&ut, flags, where, status));
  utext_close(&ut);
  if (U_FAILURE(status) || !impl_->pattern) {
    std::string why = fmt::format("bad regular expression: {}", u_errorName(status));
    if (where.offset >= 0) why += fmt::format(" at character {}", where.offset + 1);
    throw Error(std::string(pattern), why);
  }
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

std::vector<Match> Regex::find_all(std::string_view text) const {
  std::vector<Match> out;
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::RegexMatcher> m(impl_->pattern->matcher(status));
  if (U_SUCCESS(status)) m->reset(&ut);
  while (U_SUCCESS(status) && m->find(status)) {
    const int64_t b = m->start64(status);
    const int64_t e = m->end64(status);
    if (U_FAILURE(status)) break;
    if (e > b) out.push_back({static_cast<std::size_t>(b), static_cast<std::size_t>(e)});
  }
  utext_close(&ut);
  return out;
}

}  // namespace lawdiff::text
