#pragma once
// Batch resolution: one reference per input line, one result per line, in
// input order, in constant memory.
#include <cstddef>
#include <functional>
#include <istream>
#include <string_view>

#include "cite/reference.hpp"

namespace lawdiff::cite {

/// Called once per input line: the provision, or nullptr and the reason.
using BatchSink = std::function<void(std::string_view input, const Provision* p, std::string_view error)>;

/// Resolves every line of `in` (CRLF tolerated) with `resolver` and hands
/// each result to `sink`. Never stops at a bad line: an empty line, a line
/// that is not UTF-8 (shown with U+FFFD) or one longer than 64 KiB is an
/// error row like any unresolved reference. Returns how many lines failed.
std::size_t resolve_lines(Resolver& resolver, std::istream& in, const BatchSink& sink);

}  // namespace lawdiff::cite
