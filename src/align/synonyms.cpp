// Near-synonyms of generic Chinese legislative vocabulary, folded to one
// spelling before features are extracted, so two drafters' word choices
// (高等院校 / 高等学校) count as the same term. The list is deliberately
// small and generic: it names no provision of any act, only terms that
// statutes use interchangeably, and each variant is a whole word that does
// not occur inside an unrelated longer word.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "align/features.hpp"

namespace lawdiff::align::detail {

namespace {

// {variant, canonical}. Longer variants come before their substrings so the
// left-to-right scan below prefers them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kSynonyms = {{
    {"高等院校", "高等学校"},
    {"高校", "高等学校"},
    {"科研机构", "科研院所"},
    {"科学研究机构", "科研院所"},
    {"研究机构", "科研院所"},
    {"数据中心", "算力中心"},
    {"人力资源保障", "人力资源社会保障"},
    {"或者", "或"},
    {"以及", "和"},
    {"本市", "本地"},
    {"本省", "本地"},
    {"本自治区", "本地"},
    {"本特区", "本地"},
    {"经济特区", "本地"},
}};

// The first three bytes (one CJK character) of `s`, as one integer.
constexpr std::uint32_t lead(std::string_view s) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(s[0])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(s[1])) << 8) | static_cast<unsigned char>(s[2]);
}

// Leading characters of the variants, hashed into 64 bits by their low six
// bits: one test rejects almost every character of a text.
constexpr std::uint64_t kLeadFilter = [] {
  std::uint64_t bits = 0;
  for (const auto& entry : kSynonyms) bits |= std::uint64_t{1} << (lead(entry.first) & 63);
  return bits;
}();

// The variant of kSynonyms starting at text[i], or nullptr. This runs at
// every byte of every provision, so most characters stop at the filter.
const std::pair<std::string_view, std::string_view>* variant_at(std::string_view text, std::size_t i) {
  if (static_cast<unsigned char>(text[i]) < 0xE0 || text.size() - i < 3) return nullptr;  // every variant starts with a CJK character
  const std::uint32_t first = lead(text.substr(i));
  if ((kLeadFilter >> (first & 63) & 1) == 0) return nullptr;
  for (const auto& entry : kSynonyms) {
    if (lead(entry.first) == first && text.substr(i, entry.first.size()) == entry.first) return &entry;
  }
  return nullptr;
}

}  // namespace

std::string fold_synonyms(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;  // text[copied, i) is still to be appended
  for (std::size_t i = 0; i < text.size();) {
    if (const auto* entry = variant_at(text, i)) {
      out.append(text.substr(copied, i - copied)).append(entry->second);
      copied = i += entry->first.size();
    } else {
      ++i;
    }
  }
  return out.append(text.substr(copied));
}

}  // namespace lawdiff::align::detail
