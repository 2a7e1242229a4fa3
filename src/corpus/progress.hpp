#pragma once
// The progress bar of `index build` on a terminal: files, MB, rate, ETA,
// redrawn in place at most ten times a second. Nothing when not a terminal.
#include <chrono>
#include <cstdint>
#include <ostream>

namespace lawdiff::corpus {

class Progress {
 public:
  Progress(std::ostream& out, bool enabled, std::size_t total_files, std::uint64_t total_bytes);
  /// One more file of `bytes` done.
  void step(std::uint64_t bytes);
  /// Erases the bar.
  void finish();

 private:
  void draw();
  std::ostream& out_;
  bool enabled_;
  std::size_t total_files_, files_ = 0;
  std::uint64_t total_bytes_, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace lawdiff::corpus
