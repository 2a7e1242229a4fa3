#pragma once
// The corpus index as commands see it: found where --index, LAWDIFF_INDEX
// or the XDG data directory say, opened only when a command needs it.
#include <memory>
#include <string>

#include "corpus/index.hpp"

namespace lawdiff::cli {

class IndexHandle {
 public:
  explicit IndexHandle(const std::string& option) : location_(corpus::index_location(option)) {}

  /// The index, opened on first call; nullptr when there is none at the
  /// default place. Throws lawdiff::Error (exit 2) for a named index that
  /// does not exist and for a file that is not a usable index.
  corpus::Index* get();

  /// get(), but a missing index is an error that says how to build one.
  corpus::Index& require();

  const std::string& path() const { return location_.path; }

 private:
  corpus::Location location_;
  std::unique_ptr<corpus::Index> index_;
  bool tried_ = false;
};

}  // namespace lawdiff::cli
