#pragma once
// Warnings about broken numbering: gaps, duplicates, articles out of order.
#include "statute/model.hpp"

namespace lawdiff::statute {

/// Appends a warning to doc.warnings for every article, chapter or item
/// whose number does not follow its predecessor's.
void check_numbering(Document& doc);

}  // namespace lawdiff::statute
