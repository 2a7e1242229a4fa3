#pragma once
// The statute parser: decoded text → Document. Handles plain text extracted
// from PDF/Word (wrapped lines, page-break lines, announcement before the
// title, URL after the last article) and Markdown as published by public law
// collections (# title, ## headings, <!-- INFO END -->).
#include <string>

#include "statute/model.hpp"

namespace lawdiff::statute {

/// Parses `text` (UTF-8, newlines already normalised). Never throws on odd
/// input: anything it cannot place becomes a warning, and every byte of
/// `text` ends up in exactly one node of Document::nodes. A text with no
/// articles yields a Document with empty `articles` (the caller decides).
Document parse(std::string text, std::string source_name);

}  // namespace lawdiff::statute
