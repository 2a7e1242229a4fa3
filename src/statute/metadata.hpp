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

/// The history an act's front matter records: every date followed by an
/// event word (通过, 批准, 修正, 修订, 公布, 发布) in the same clause, oldest
/// first, one per date and kind. `front` should be folded (fold_compact).
std::vector<Amendment> read_history(std::string_view front);

/// The latest 修正 or 修订 of `history` (on one date, the last recorded), or
/// nullptr when it has none. Points into `history`.
const Amendment* latest_amendment(const std::vector<Amendment>& history);

}  // namespace lawdiff::statute
