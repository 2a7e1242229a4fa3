#pragma once
// The one exception type and the exit codes, shared by every module.
// Expected failures (a missing file, a reference that names nothing) are
// raised as Error and printed once, at the top, as `lawdiff: what: why`.
#include <stdexcept>
#include <string>

namespace lawdiff {

/// Exit statuses, as diff(1): same / different / trouble.
enum class Exit : int { same = 0, different = 1, trouble = 2 };

class Error : public std::runtime_error {
 public:
  /// `what` names the thing (a file, a reference); `why` says what is wrong.
  Error(std::string what, std::string why, Exit code = Exit::trouble)
      : std::runtime_error(what.empty() ? why : what + ": " + why),
        subject_(std::move(what)), reason_(std::move(why)), code_(code) {}
  const std::string& subject() const { return subject_; }
  const std::string& reason() const { return reason_; }
  Exit code() const { return code_; }

 private:
  std::string subject_;
  std::string reason_;
  Exit code_;
};

/// An error that no later input can avoid (the corpus index is unusable): a
/// batch stops at it instead of reporting it as one bad line.
class FatalError : public Error {
 public:
  using Error::Error;
};

}  // namespace lawdiff
