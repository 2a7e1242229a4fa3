#pragma once
// The word stream of the whole corpus under ../shared for the model
// builders (mine_associations, train_vectors): ICU words as the aligner
// segments them (text::words after align::detail::fold_synonyms, so a
// model's vocabulary is the aligner's), paragraph by paragraph, every
// statute of corpus-sample and corpus-dev but the dev references' acts
// (反间谍法, the Beijing/Zhejiang digital-economy acts and the
// Hangzhou/Ningbo science-popularisation, Jinan/Hangzhou and
// Dongguan/Xinyang civility, Wenzhou/Xuchang greening and Shandong/Guangdong
// business-environment acts, Beijing's and Henan's 实施《水法》办法,
// 职业教育法, 科学技术普及法 and 妇女权益保障法).
// Header-only because every bench/*.cpp is its own program.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/features.hpp"
#include "base/error.hpp"
#include "statute/library.hpp"
#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace lawdiff::bench {

inline constexpr std::array<std::string_view, 18> kExcludedActs = {"反间谍法", "北京市数字经济促进条例",
                                                                   "浙江省数字经济促进条例", "杭州市科学技术普及条例",
                                                                   "宁波市科学技术普及条例", "济南市文明行为促进条例",
                                                                   "杭州市文明行为促进条例", "温州市城市绿化条例",
                                                                   "许昌市城市绿化条例", "职业教育法", "科学技术普及法",
                                                                   "山东省优化营商环境条例", "广东省优化营商环境条例",
                                                                   "东莞市文明行为促进条例", "信阳市文明行为促进条例",
                                                                   "北京市实施《水法》办法", "河南省实施《水法》办法",
                                                                   "妇女权益保障法"};
/// Whether `file` is one of the dev references' acts (by its file name).
inline bool is_dev_act(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  return std::any_of(kExcludedActs.begin(), kExcludedActs.end(), [&](std::string_view x) { return name.find(x) != std::string::npos; });
}

/// Every statute (.md) under `shared`/DIR for each of `dirs`, without the
/// dev references' acts when `exclude_dev`; an unreadable one is left out.
inline std::vector<const statute::Act*> corpus_acts(const std::filesystem::path& shared, statute::Library& lib,
                                                    const std::vector<std::string>& dirs, bool exclude_dev) {
  std::vector<const statute::Act*> acts;
  for (const std::string& dir : dirs)
    for (const auto& e : std::filesystem::recursive_directory_iterator(shared / dir)) {
      if (!e.is_regular_file() || e.path().extension() != ".md" || (exclude_dev && is_dev_act(e.path()))) continue;
      try {
        acts.push_back(&lib.get(e.path().string()));
      } catch (const Error&) {  // an unreadable statute is left out
      }
    }
  return acts;
}

inline constexpr std::uint32_t kBreak = UINT32_MAX;  // between paragraphs

struct Corpus {
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<std::string> names;
  std::vector<std::uint64_t> freq;
  std::vector<std::uint32_t> tokens;  // word ids, kBreak between paragraphs
};

inline void add_text(std::string_view raw, Corpus& c) {
  const std::string folded = align::detail::fold_synonyms(raw);
  for (const std::string_view w : text::words(folded)) {
    if (!text::is_word(w)) continue;
    auto [it, fresh] = c.ids.try_emplace(std::string(w), static_cast<std::uint32_t>(c.names.size()));
    if (fresh) c.names.emplace_back(w), c.freq.push_back(0);
    ++c.freq[it->second];
    c.tokens.push_back(it->second);
  }
  c.tokens.push_back(kBreak);
}

inline Corpus read_corpus(const std::filesystem::path& shared, statute::Library& lib) {
  Corpus c;
  const auto acts = corpus_acts(shared, lib, {"corpus-sample", "corpus-dev"}, true);
  for (const statute::Act* act : acts)
    for (const statute::Article& a : act->doc.articles)
      for (const statute::Paragraph& p : a.paragraphs) add_text(statute::paragraph_text(p), c);
  std::cerr << fmt::format("{} acts, {} tokens, {} words\n", acts.size(), c.tokens.size(), c.names.size());
  return c;
}

/// True for a number (五万, 十七条, 三年, 50): numbers share their contexts
/// with every other number, and a changed number is not a paraphrase.
inline bool numeric(std::string_view w) {
  std::size_t n = 0, numerals = 0;
  for (std::size_t i = 0; i < w.size(); ++n) {
    const char32_t cp = text::next_code_point(w, i);
    if (cp >= U'0' && cp <= U'9') return true;
    if (std::u32string_view(U"〇零一二三四五六七八九十百千万亿两").find(cp) != std::u32string_view::npos) ++numerals;
  }
  return 2 * numerals >= n;
}

/// The `n` most frequent word ids satisfying `keep`, most frequent first.
template <typename Keep>
std::vector<std::uint32_t> top_words(const Corpus& c, std::size_t n, Keep keep) {
  std::vector<std::uint32_t> ids;
  for (std::uint32_t w = 0; w < c.names.size(); ++w)
    if (keep(w)) ids.push_back(w);
  std::sort(ids.begin(), ids.end(), [&](auto x, auto y) { return c.freq[x] > c.freq[y]; });
  if (ids.size() > n) ids.resize(n);
  return ids;
}

}  // namespace lawdiff::bench
