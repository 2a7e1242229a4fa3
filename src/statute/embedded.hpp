#pragma once
// The files of corpus/, compiled into the binary by cmake/embed_corpus.cmake.
#include <string_view>
#include <vector>

namespace lawdiff::statute {

struct EmbeddedFile {
  std::string_view name;   // file name inside corpus/
  std::string_view bytes;  // its exact bytes
};

/// Every file of corpus/ in name order; the bytes live for the whole program.
const std::vector<EmbeddedFile>& embedded_files();

}  // namespace lawdiff::statute
