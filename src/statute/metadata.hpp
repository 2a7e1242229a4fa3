#pragma once
// Act metadata read from the text: title, draft status, dates, announcement.
#include <string>
#include <string_view>
#include <vector>

#include "statute/line_scan.hpp"
#include "statute/model.hpp"

namespace lawdiff::statute {

/// Fills doc.meta from the front matter (lines before `body_start`) and the
/// last article (its 施行 date). States only what the text says; leaves a
/// field empty otherwise.
void read_metadata(Document& doc, const std::vector<Line>& lines, std::size_t body_start);

/// A date found in text, as ISO yyyy-mm-dd, with its byte range in the
/// searched string.
struct FoundDate {
  std::string iso;
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Finds dates written N年N月N日 in Arabic, full-width or Chinese numerals
/// (二〇二二年八月三十日), tolerating spaces inside. `s` should be folded.
std::vector<FoundDate> find_dates(std::string_view s);

}  // namespace lawdiff::statute
