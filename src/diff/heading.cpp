#include "diff/heading.hpp"

#include "cite/citation.hpp"

namespace lawdiff::diff {

std::string heading(const cite::Provision& p) {
  if (p.act == nullptr) return {};
  return cite::citation(p, cite::Style::full);
}

}  // namespace lawdiff::diff
