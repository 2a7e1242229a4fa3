// ICU break iterators over UTF-8 through a UText, so boundaries come out as
// byte offsets with no UTF-16 copy. Creating one loads rules and
// dictionaries (milliseconds), so each thread keeps one of each kind and
// re-targets it.
#include "text/breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

#include "text/utf8.hpp"

namespace lawdiff::text {

namespace {

using IteratorPtr = std::unique_ptr<icu::BreakIterator>;

IteratorPtr make(BreakKind kind) {
  UErrorCode status = U_ZERO_ERROR;
  IteratorPtr bi(kind == BreakKind::word ? icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status)
                                         : icu::BreakIterator::createLineInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) bi.reset();
  return bi;
}

// This thread's iterator of `kind`, built on its first use only (a run that
// never wraps never loads line-break rules); null when ICU could not create one.
icu::BreakIterator* iterator(BreakKind kind) {
  if (kind == BreakKind::word) {
    thread_local const IteratorPtr word = make(BreakKind::word);
    return word.get();
  }
  thread_local const IteratorPtr line = make(BreakKind::line);
  return line.get();
}

}  // namespace

std::vector<std::uint32_t> icu_breaks(BreakKind kind, std::string_view s, bool& from_icu) {
  from_icu = false;
  std::vector<std::uint32_t> out;
  icu::BreakIterator* bi = iterator(kind);
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &status);
  if (bi != nullptr && U_SUCCESS(status)) bi->setText(&ut, status);  // the iterator keeps its own clone
  utext_close(&ut);
  if (bi == nullptr || U_FAILURE(status)) {
    for (std::size_t i = 0; i < s.size();) {
      next_code_point(s, i);
      out.push_back(static_cast<std::uint32_t>(i));
    }
    return out;
  }
  std::size_t prev = 0;
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
    const auto at = static_cast<std::size_t>(b);
    if (at <= prev || at > s.size()) continue;
    out.push_back(static_cast<std::uint32_t>(at));
    prev = at;
  }
  if (prev < s.size()) out.push_back(static_cast<std::uint32_t>(s.size()));
  from_icu = true;
  return out;
}

}  // namespace lawdiff::text
