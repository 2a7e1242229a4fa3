#pragma once
// Regular expressions with ICU's engine (the syntax of ICU's RegexPattern,
// Unicode-aware), over UTF-8 with results as byte offsets. ICU stays inside
// text/; callers see only this header.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::text {

/// A half-open byte range [begin, end) of a match in the searched text.
struct Match {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class Regex {
 public:
  /// Compiles `pattern` (ICU syntax). Throws lawdiff::Error (exit 2) naming
  /// the pattern and ICU's reason and offset when it does not compile.
  /// `ignore_case`: case-insensitive matching.
  explicit Regex(std::string_view pattern, bool ignore_case = false);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  /// Every non-overlapping match in `text`, left to right. Empty matches
  /// are skipped (a pattern like `x*` does not report every position).
  std::vector<Match> find_all(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lawdiff::text
