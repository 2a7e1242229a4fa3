#pragma once
// One `index build` at a time: an exclusive flock(2) on FILE.lock, which the
// kernel releases when the process ends, however it ends (kill -9 included).
#include <string>

namespace lawdiff::corpus {

class BuildLock {
 public:
  /// Takes the lock for the index at `index_path`. Throws lawdiff::Error
  /// (exit 2) when another build holds it or the lock file cannot be made.
  explicit BuildLock(const std::string& index_path);
  ~BuildLock();
  BuildLock(const BuildLock&) = delete;
  BuildLock& operator=(const BuildLock&) = delete;

 private:
  int fd_ = -1;
};

}  // namespace lawdiff::corpus
