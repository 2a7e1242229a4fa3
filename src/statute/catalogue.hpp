#pragma once
// The catalogue of known acts: corpus/catalogue.tsv (embedded) describes the
// shipped acts; acts added from files get an entry derived from their text.
#include <string>
#include <string_view>
#include <vector>

#include "statute/model.hpp"

namespace lawdiff::statute {

/// What lawdiff knows about an act besides its text.
struct ActInfo {
  std::string id;             // "sz"
  std::string file;           // corpus file name or path on disk
  std::string title;          // without 《》 or draft marker
  std::string draft_marker;   // "征求意见稿", empty if not a draft
  std::string short_title;    // "深圳条例"
  std::string english_title;  // for --style en
  std::vector<std::string> aliases;
  std::string issuer;
  ActStatus status = ActStatus::unknown;
  std::string adopted, promulgated, effective, announcement, source_url;
  bool embedded = false;      // shipped inside the binary
  std::string version_date;   // ISO date of this version (statute/version.hpp), empty if unknown
  std::string version_kind;   // "修正", "修订", "公布", "通过" or empty
  // Set when a newer version of the act is known: how a citation names this
  // one after its title ("2018年修正"), so an older text is never cited as
  // if it were current.
  std::string version_note;
};

/// Parses catalogue TSV (header row, then one act per row; aliases separated
/// by '|'). Throws lawdiff::Error naming `source` and the line on bad rows.
std::vector<ActInfo> parse_catalogue(std::string_view tsv, std::string_view source);

/// "in_force", "draft", "unknown".
std::string_view status_name(ActStatus status);

/// The title as cited: the title plus （征求意见稿） for a draft.
std::string cited_title(const ActInfo& info);

}  // namespace lawdiff::statute
