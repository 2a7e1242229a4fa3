#pragma once
// Acts in the index by name: ids, titles as researchers write them (with or
// without 中华人民共和国 and 《》), and versions. The Library finds indexed
// acts through IndexSource; `lawdiff versions` lists them.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "corpus/index.hpp"
#include "statute/act_source.hpp"

namespace lawdiff::corpus {

/// One version of an act, as `lawdiff versions` lists it.
struct VersionRow {
  std::int64_t row = 0;
  std::string key;           // the id that names this version
  std::string title;
  std::string draft_marker;
  std::string version_date;  // ISO, may be empty
  std::string version_kind;  // 修正, 修订, 公布, 通过, or empty
  std::string file;
  std::string embedded;      // the embedded act's id, or empty
  int articles = 0;
  int chapters = 0;
};

/// The catalogue entry of the act in `row`, as the Library would give it
/// (with version_note set when a newer version is indexed).
statute::ActInfo act_info(Index& index, const VersionRow& row);

/// The row of the act with row id `row`.
std::optional<VersionRow> act_row(Index& index, std::int64_t row);

/// Every version of the act `name` names (an id or a title), newest first;
/// empty when the index knows no such act.
std::vector<VersionRow> versions_of(Index& index, std::string_view name);

/// statute::ActSource over the index that `open` returns, opened on first
/// use (nullptr: there is no index, and the source knows no act), so a
/// command that needs only the embedded acts never touches the file.
class IndexSource : public statute::ActSource {
 public:
  explicit IndexSource(std::function<Index*()> open) : open_(std::move(open)) {}
  std::optional<statute::StoredAct> find(std::string_view name, int year) override;
  std::vector<std::string> nearest_titles(std::string_view name, std::size_t n) override;
  std::vector<std::string> parts_of(std::string_view id) override;
  bool has_acts() override { return open_() != nullptr; }

 private:
  std::function<Index*()> open_;
  std::vector<std::pair<std::string, std::string>> titles_;  // (work key, title), loaded on first use
};

}  // namespace lawdiff::corpus

namespace lawdiff::corpus {

/// What `lawdiff index info` reports.
struct IndexStats {
  std::string path;
  std::int64_t size = 0;       // bytes of the database file (and its WAL)
  std::string built_at, lawdiff_version;
  std::vector<std::string> dirs;
  std::int64_t files = 0, text_bytes = 0, skipped = 0;
  std::int64_t acts = 0, works = 0, multi_version_works = 0, provisions = 0;
};
IndexStats index_stats(Index& index);

/// Calls `fn` with every indexed act (its row as versions_of() gives it, and
/// the act as the Library would load it), in key order; one act in memory
/// at a time.
void for_each_act(Index& index, const std::function<void(const VersionRow&, statute::StoredAct&&)>& fn);

}  // namespace lawdiff::corpus

namespace lawdiff::corpus {

/// Keys of the indexed acts read from files under the directory `dir`.
std::vector<std::string> keys_under(Index& index, const std::string& dir);

}  // namespace lawdiff::corpus
