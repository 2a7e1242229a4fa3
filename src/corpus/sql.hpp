#pragma once
// Small helpers for the SQL the corpus module writes.
#include <cstddef>
#include <string>

namespace lawdiff::corpus {

/// "?,?,?": `n` placeholders for an IN (…) list.
inline std::string placeholders(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s;
}

}  // namespace lawdiff::corpus
