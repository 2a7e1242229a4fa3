// The paraphrase model (see paraphrases.hpp): parsed from the embedded TSV
// once, on first use, into a phrase → features map.
#include "align/paraphrases.hpp"

#include <charconv>


#include "align/features.hpp"
#include "text/utf8.hpp"

namespace lawdiff::align::detail {

namespace {

// The tab-separated fields of `line`.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (std::size_t tab; (tab = line.find('\t')) != std::string_view::npos; line.remove_prefix(tab + 1))
    out.push_back(line.substr(0, tab));
  out.push_back(line);
  return out;
}

// Field `k` of `f` as a number, or `missing`.
double number(const std::vector<std::string_view>& f, std::size_t k, double missing) {
  if (k >= f.size()) return missing;
  double v = missing;
  std::from_chars(f[k].data(), f[k].data() + f[k].size(), v);
  return v;
}

}  // namespace

std::vector<Paraphrases::PhrasePair> Paraphrases::parse(std::string_view tsv, int min_acts, double min_rate) {
  std::vector<PhrasePair> out;
  while (!tsv.empty()) {
    const std::size_t eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view() : tsv.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = fields(line);
    if (f.size() < 2 || number(f, 2, 1) < min_acts || number(f, 4, 1) < min_rate) continue;
    out.emplace_back(std::string(f[0]), std::string(f[1]));
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
