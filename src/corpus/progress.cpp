#include "corpus/progress.hpp"

#include <fmt/format.h>

#include <string>

namespace lawdiff::corpus {

Progress::Progress(std::ostream& out, bool enabled, std::size_t total_files, std::uint64_t total_bytes)
    : out_(out), enabled_(enabled && total_files > 0), total_files_(total_files), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::step(std::uint64_t bytes) {
  ++files_;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100) && files_ < total_files_) return;
  last_ = now;
  draw();
}

void Progress::draw() {
  const double secs = std::chrono::duration<double>(last_ - start_).count();
  const double mb = bytes_ / 1e6, rate = secs > 0 ? mb / secs : 0;
  const double left = rate > 0 ? (total_bytes_ - bytes_) / 1e6 / rate : 0;
  constexpr int kWidth = 24;
  const int filled = static_cast<int>(kWidth * files_ / total_files_);
  out_ << fmt::format("\r[{}{}] {}/{} files  {:.1f}/{:.1f} MB  {:.1f} MB/s  ETA {}:{:02}\x1b[K",
                      std::string(filled, '#'), std::string(kWidth - filled, '.'), files_, total_files_, mb,
                      total_bytes_ / 1e6, rate, static_cast<int>(left) / 60, static_cast<int>(left) % 60)
       << std::flush;
}

void Progress::finish() {
  if (enabled_) out_ << "\r\x1b[K" << std::flush;
}

}  // namespace lawdiff::corpus
