#pragma once
// Acts kept outside the Library: the corpus index (src/corpus/) implements
// this, so statute/ finds indexed acts without knowing SQLite or anything
// above it in the layering.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "statute/catalogue.hpp"

namespace lawdiff::statute {

/// An act as a source stores it: its catalogue entry and its decoded text.
struct StoredAct {
  ActInfo info;
  std::string text;         // decoded UTF-8, parsed again on use
  std::string embedded_id;  // non-empty: the same text as this embedded act
};

class ActSource {
 public:
  virtual ~ActSource() = default;

  /// The act named `name` (an id, or a title as work_key() folds it), the
  /// version of `year` (0: the latest). nullopt when the source knows no such
  /// act; throws lawdiff::Error (exit 2) when a year names several versions
  /// or none of a known act, saying which versions there are.
  virtual std::optional<StoredAct> find(std::string_view name, int year) = 0;

  /// Ids of the other acts of the same title and version date as the act
  /// `id`: parts of one act published as several files (民法典's 编), or
  /// copies. Empty when there are none.
  virtual std::vector<std::string> parts_of(std::string_view id) = 0;

  /// Whether the source holds any act at all (false: no index).
  virtual bool has_acts() = 0;

  /// Up to `n` known titles nearest to `name`, nearest first, for errors.
  virtual std::vector<std::string> nearest_titles(std::string_view name, std::size_t n) = 0;
};

}  // namespace lawdiff::statute
