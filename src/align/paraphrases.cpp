// The paraphrase model (see paraphrases.hpp): parsed from the embedded TSV
// once, on first use, into a phrase → features map.
#include "align/paraphrases.hpp"

#include <charconv>


#include "align/features.hpp"
#include "text/utf8.hpp"

namespace lawdiff::align::detail {

std::vector<Paraphrases::PhrasePair> Paraphrases::parse(std::string_view tsv, int min_acts) {
  std::vector<PhrasePair> out;
  while (!tsv.empty()) {
    const std::size_t eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
    const std::string_view rest = line.substr(tab + 1);
    const std::size_t tab2 = rest.find('\t');
    int acts = 1;
    if (tab2 != std::string_view::npos) {
      const std::string_view count = rest.substr(tab2 + 1, rest.find('\t', tab2 + 1) - tab2 - 1);
      std::from_chars(count.data(), count.data() + count.size(), acts);
    }
    if (acts >= min_acts) out.emplace_back(std::string(line.substr(0, tab)), std::string(rest.substr(0, tab2)));
  }
  return out;
}

Paraphrases::Paraphrases(const std::vector<PhrasePair>& pairs) {
  std::unordered_map<std::string, std::vector<std::string>> by_phrase;
  for (const auto& [from, to] : pairs) {
    std::string a = fold_synonyms(from), b = fold_synonyms(to);
    if (a.empty() || b.empty() || a == b) continue;
    const std::string feature = "≈" + a + "|" + b;
    by_phrase[a].push_back(feature);
    by_phrase[b].push_back(feature);
    pairs_.emplace_back(std::move(a), std::move(b));
  }
  phrases_.reserve(by_phrase.size());
  for (auto& [phrase, features] : by_phrase) {
    phrases_.push_back(phrase);
    std::size_t i = 0;
    const char32_t cp = text::next_code_point(phrase, i);
    if (cp / 64 >= lead_.size()) lead_.resize(cp / 64 + 1, 0);
    lead_[cp / 64] |= std::uint64_t{1} << (cp % 64);
  }
  // phrases_ no longer grows: views into it are stable.
  for (std::string& phrase : phrases_) by_phrase_.emplace(std::string_view(phrase), std::move(by_phrase[phrase]));
}

const Paraphrases& Paraphrases::builtin() {
  static const Paraphrases model(parse(embedded_paraphrases()));
  return model;
}

}  // namespace lawdiff::align::detail
