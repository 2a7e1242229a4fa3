#pragma once
// Reading statute files: bytes from disk → decoded text → parsed Document.
#include <string>
#include <string_view>

#include "statute/model.hpp"

namespace lawdiff::statute {

/// Decodes `bytes` (see text::decode), normalises newlines and parses.
/// Throws lawdiff::Error (exit 2) naming `name` for empty input, binary data
/// or an invalid byte sequence (with its byte offset).
Document parse_bytes(std::string_view bytes, std::string name, std::string_view encoding = {});

/// Reads and parses the file at `path`. Throws lawdiff::Error (exit 2) for a
/// missing or unreadable file, a directory, and whatever parse_bytes rejects.
Document load_file(const std::string& path, std::string_view encoding = {});

/// Throws lawdiff::Error (exit 2) when `doc` has no articles.
void require_articles(const Document& doc);

}  // namespace lawdiff::statute
