// ICU break iterators over UTF-8 through a UText, so boundaries come out as
// byte offsets with no UTF-16 copy. Creating one loads rules and
// dictionaries (milliseconds), so each thread keeps one of each kind and
// re-targets it.
#include "text/breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

#include "text/truncate.hpp"
#include "text/utf8.hpp"
#include "text/width.hpp"

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

// This thread's grapheme-cluster iterator set on `s`, or null (no ICU data,
// or `s` too long for ICU's 32-bit offsets): callers then step code points.
icu::BreakIterator* characters(std::string_view s) {
  thread_local const IteratorPtr bi = [] {
    UErrorCode status = U_ZERO_ERROR;
    IteratorPtr p(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) p.reset();
    return p;
  }();
  if (bi == nullptr || s.size() > 0x7FFFFFFF) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, s.data(), static_cast<int64_t>(s.size()), &status);
  if (U_SUCCESS(status)) bi->setText(&ut, status);
  utext_close(&ut);
  return U_SUCCESS(status) ? bi.get() : nullptr;
}

// The code point boundary before `i`: back over up to three continuation
// bytes when they end a well-formed sequence at `i`, else one byte.
std::size_t previous_code_point(std::string_view s, std::size_t i) {
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  std::size_t k = j;
  next_code_point(s, k);
  return k == i ? j : i - 1;
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

std::size_t grapheme_prefix(std::string_view s, std::size_t max_clusters, int max_columns) {
  icu::BreakIterator* bi = characters(s);
  std::size_t end = 0;
  int columns = 0;
  for (std::size_t n = 0; n < max_clusters && end < s.size(); ++n) {
    std::size_t next = end;
    if (bi != nullptr) {
      const int32_t b = bi->following(static_cast<int32_t>(end));
      next = b == icu::BreakIterator::DONE ? s.size() : static_cast<std::size_t>(b);
    }
    if (next <= end) {
      next = end;
      next_code_point(s, next);
    }
    if (max_columns >= 0) {
      columns += display_width(s.substr(end, next - end));
      if (columns > max_columns) break;
    }
    end = next;
  }
  return end;
}

std::size_t grapheme_suffix(std::string_view s, std::size_t max_clusters) {
  icu::BreakIterator* bi = characters(s);
  std::size_t start = s.size();
  for (std::size_t n = 0; n < max_clusters && start > 0; ++n) {
    std::size_t prev = start;
    if (bi != nullptr) {
      const int32_t b = bi->preceding(static_cast<int32_t>(start));
      prev = b == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(b);
    }
    if (prev >= start) prev = previous_code_point(s, start);
    start = prev;
  }
  return start;
}

}  // namespace lawdiff::text
