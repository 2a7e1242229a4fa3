#include "cli/index_handle.hpp"

#include <filesystem>

#include "base/error.hpp"

namespace lawdiff::cli {

corpus::Index* IndexHandle::get() {
  if (tried_) return index_.get();
  tried_ = true;
  std::error_code ec;
  if (location_.path.empty() || (!location_.named && !std::filesystem::exists(location_.path, ec))) return nullptr;
  index_ = corpus::Index::open(location_.path);
  return index_.get();
}

corpus::Index& IndexHandle::require() {
  if (corpus::Index* index = get()) return *index;
  throw Error(location_.path.empty() ? "index" : location_.path,
              "no corpus index here; build one with 'lawdiff index build DIR' (or name one with --index FILE)");
}

}  // namespace lawdiff::cli
