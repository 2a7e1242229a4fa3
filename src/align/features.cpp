// Feature extraction (see features.hpp). Features are interned into dense
// ids with one hash map per call, so the similarity loops work on integers.
#include "align/features.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <unordered_map>

#include "align/paraphrases.hpp"
#include "text/segment.hpp"
#include "text/spacing.hpp"
#include "text/utf8.hpp"

namespace lawdiff::align::detail {

namespace {

bool is_cjk(char32_t cp) { return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF); }

// Open addressing from a bigram's two code points (one 64-bit key) to its
// id: one multiply and usually one probe per bigram, where
// std::unordered_map allocates a node per entry and chases a pointer per
// lookup. Bigrams are most of the features, looked up once per character of
// both acts. (By hand: the standard library has no flat hash map.)
class BigramTable {
 public:
  BigramTable() { rehash(14); }
  /// The id stored for `key`; else stores `fresh` and sets `inserted`.
  std::uint32_t find_or_insert(std::uint64_t key, std::uint32_t fresh, bool& inserted) {
    if ((size_ + 1) * 2 > keys_.size()) rehash(bits_ + 1);
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t i = slot(key);; i = (i + 1) & mask) {
      if (keys_[i] == key) return ids_[i];
      if (keys_[i] == kEmpty) {
        keys_[i] = key, ids_[i] = fresh, ++size_, inserted = true;
        return fresh;
      }
    }
  }

 private:
  static constexpr std::uint64_t kEmpty = 0;  // no bigram of two CJK characters has this key
  std::size_t slot(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ULL) >> (64 - bits_); }
  void rehash(int bits) {
    std::vector<std::uint64_t> keys(std::size_t{1} << bits, kEmpty);
    std::vector<std::uint32_t> ids(keys.size());
    std::swap(keys, keys_);
    std::swap(ids, ids_);
    bits_ = bits;
    const std::size_t mask = keys_.size() - 1;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (keys[k] == kEmpty) continue;
      std::size_t i = slot(keys[k]);
      while (keys_[i] != kEmpty) i = (i + 1) & mask;
      keys_[i] = keys[k], ids_[i] = ids[k];
    }
  }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> ids_;
  std::size_t size_ = 0;
  int bits_ = 0;
};

// Interns features into dense ids. Bigrams of two CJK code points are keyed
// by the code points themselves (no string hashing); words by their text,
// stored once in `names_`.
class Interner {
 public:
  std::uint32_t word(std::string_view s) {
    if (const auto it = words_.find(s); it != words_.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(bigram_.size());
    words_.emplace(std::string_view(store(s)), id);
    bigram_.push_back(false);
    return id;
  }
  std::uint32_t bigram(char32_t first, char32_t second, std::string_view s) {
    const std::uint64_t key = (static_cast<std::uint64_t>(first) << 32) | second;
    bool inserted = false;
    const std::uint32_t id = bigrams_.find_or_insert(key, static_cast<std::uint32_t>(bigram_.size()), inserted);
    if (inserted) {
      store(s);
      bigram_.push_back(true);
    }
    return id;
  }
  std::vector<std::string> take_names() { return {names_.begin(), names_.end()}; }
  std::vector<char> take_kinds() { return std::move(bigram_); }

 private:
  const std::string& store(std::string_view s) { return names_.emplace_back(s); }
  std::unordered_map<std::string_view, std::uint32_t> words_;  // views into names_ (a deque: stable)
  BigramTable bigrams_;
  std::deque<std::string> names_;
  std::vector<char> bigram_;  // id → is a bigram
};

// The longest phrase of `para` starting at words[t] (one to
// Paraphrases::kMaxWords consecutive words, as the diff that mined them cut
// the text): its features, with `last` set to its last word; or null.
// Words are views into one text, so a run of them is one view.
const std::vector<std::string>* longest_phrase(const std::vector<std::string_view>& words, std::size_t t,
                                               const Paraphrases& para, std::size_t& last) {
  std::size_t i = 0;
  if (!para.may_start(text::next_code_point(words[t], i))) return nullptr;
  const std::vector<std::string>* found = nullptr;
  for (std::size_t m = t; m < words.size() && m < t + Paraphrases::kMaxWords && text::is_word(words[m]); ++m) {
    const std::string_view span(words[t].data(), static_cast<std::size_t>(words[m].data() + words[m].size() - words[t].data()));
    if (const auto* features = para.features_of(span)) found = features, last = m;
  }
  return found;
}

// Raw term counts of one text: words of two or more code points (single
// characters are mostly function words: 的, 和, 应), CJK bigrams inside
// runs of CJK characters, and the paraphrase features of `para` (if any):
// beside the phrase's words, or, with `replace`, instead of them (then a
// phrase on both sides counts as before, and only a phrase on one side and
// its partner on the other gain a shared feature).
void count_features(std::string_view text, Interner& in, std::vector<std::uint32_t>& out, const Paraphrases* para,
                    bool replace) {
  // Loose spacing (降低 5G / 降低5G) is not a difference: folded away first.
  const std::string folded = fold_synonyms(text::without_ignored_space(text));
  const std::vector<std::string_view> words = text::words(folded);
  for (std::size_t t = 0; t < words.size(); ++t) {
    std::size_t last = t;
    if (const auto* features = para ? longest_phrase(words, t, *para, last) : nullptr) {
      for (const std::string& f : *features) out.push_back(in.word(f));
      if (replace) {
        t = last;
        continue;
      }
    }
    if (text::code_point_count(words[t]) >= 2 && text::is_word(words[t])) out.push_back(in.word(words[t]));
  }
  std::size_t prev_start = std::string_view::npos;
  char32_t prev = 0;
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const char32_t cp = text::next_code_point(folded, i);
    if (!is_cjk(cp)) {
      prev_start = std::string_view::npos;
      continue;
    }
    if (prev_start != std::string_view::npos)
      out.push_back(in.bigram(prev, cp, std::string_view(folded).substr(prev_start, i - prev_start)));
    prev_start = start;
    prev = cp;
  }
}

// Sorted (id, count) from a list of ids.
SparseVec tally(std::vector<std::uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  SparseVec v;
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    v.emplace_back(ids[i], static_cast<float>(j - i));
    i = j;
  }
  return v;
}

// The sum of sorted count vectors, sorted: a whole article's counts from its
// paragraphs' without sorting the article's features again.
SparseVec merge_tallies(const std::vector<Unit>& units, std::size_t first, std::size_t count) {
  SparseVec sum, next;
  for (std::size_t k = first; k < first + count; ++k) {
    const SparseVec& v = units[k].vec;
    next.clear();
    std::size_t x = 0, y = 0;
    while (x < sum.size() || y < v.size()) {
      if (y == v.size() || (x < sum.size() && sum[x].first < v[y].first)) {
        next.push_back(sum[x++]);
      } else if (x == sum.size() || v[y].first < sum[x].first) {
        next.push_back(v[y++]);
      } else {
        next.emplace_back(sum[x].first, sum[x].second + v[y].second);
        ++x, ++y;
      }
    }
    std::swap(sum, next);
  }
  return sum;
}

void add_units(const statute::Document& doc, Interner& in, ActUnits& out, const FeatureParams& params) {
  const Paraphrases* para = params.paraphrase_weight > 0 ? params.paraphrases : nullptr;
  const bool replace = params.paraphrase_replace;
  const int n = static_cast<int>(doc.articles.size());
  out.whole.assign(n, 0);
  out.first_para.assign(n, 0);
  out.para_count.assign(n, 0);
  out.first_item.assign(n, 0);
  out.item_count.assign(n, 0);
  std::vector<std::uint32_t> one;
  for (int i = 0; i < n; ++i) {
    const auto& paras = doc.articles[i].paragraphs;
    out.first_para[i] = static_cast<int>(out.units.size());
    SparseVec whole;
    for (std::size_t p = 0; p < paras.size(); ++p) {
      one.clear();
      count_features(statute::paragraph_text(paras[p]), in, one, para, replace);
      if (paras.size() > 1) {
        out.units.push_back({i, static_cast<int>(p) + 1, tally(one)});
      } else {
        whole = tally(one);
      }
    }
    if (paras.size() > 1) {
      out.para_count[i] = static_cast<int>(paras.size());
      whole = merge_tallies(out.units, static_cast<std::size_t>(out.first_para[i]), paras.size());
    }
    one.clear();
    count_features(doc.articles[i].title, in, one, para, replace);
    out.title.push_back(tally(one));
    out.whole[i] = static_cast<int>(out.units.size());
    out.units.push_back({i, 0, std::move(whole)});
    out.first_item[i] = static_cast<int>(out.units.size());
    std::size_t items = 0;
    for (const statute::Paragraph& p : paras) items += p.items.size();
    if (items < 2) continue;
    int number = 0;
    for (std::size_t p = 0; p < paras.size(); ++p)
      for (const statute::Item& item : paras[p].items) {
        std::string text = item.text;
        for (const statute::SubItem& sub : item.subitems) text += '\n' + sub.text;
        one.clear();
        count_features(text, in, one, para, replace);
        out.units.push_back({i, paras.size() > 1 ? static_cast<int>(p) + 1 : 0, tally(one), 0, 0, ++number});
      }
    out.item_count[i] = number;
  }
}

// Document frequency over the paragraph-level units of both acts (an
// article of one paragraph counts once), so a term repeated across one long
// article is not mistaken for a rare one.
std::vector<float> idf_weights(const FeatureSpace& fs, std::size_t vocabulary, const FeatureParams& params) {
  std::vector<int> df(vocabulary, 0);
  int docs = 0;
  for (const ActUnits* u : {&fs.a, &fs.b}) {
    for (std::size_t i = 0; i < u->whole.size(); ++i) {
      const int first = u->para_count[i] > 0 ? u->first_para[i] : u->whole[i];
      const int count = u->para_count[i] > 0 ? u->para_count[i] : 1;
      for (int k = first; k < first + count; ++k, ++docs) {
        for (const auto& [f, c] : u->units[k].vec) ++df[f];
      }
    }
  }
  std::vector<float> idf(vocabulary);
  const CorpusFrequencies* corpus = params.corpus_mix > 0 ? params.corpus : nullptr;
  for (std::size_t f = 0; f < vocabulary; ++f) {
    double plain = std::log(1.0 + static_cast<double>(docs) / std::max(df[f], 1));
    if (corpus) {
      // A feature the table lacks is rarer than its rarest: df 1 is near enough.
      const double cdf = std::max<std::uint32_t>(corpus->df(fs.is_bigram[f], fs.names[f]), 1);
      plain = (1 - params.corpus_mix) * plain + params.corpus_mix * std::log(1.0 + corpus->docs() / cdf);
    }
    idf[f] = static_cast<float>(std::pow(plain, params.idf_power)) * (fs.is_bigram[f] ? params.bigram_weight : params.word_weight);
    if (fs.names[f].starts_with("≈")) idf[f] *= params.paraphrase_weight;  // a paraphrase feature
  }
  return idf;
}

void weigh(ActUnits& u, const std::vector<float>& idf) {
  for (Unit& unit : u.units) {
    double norm = 0, mass = 0;
    for (auto& [f, w] : unit.vec) {
      w = (1.0f + std::log(w)) * idf[f];
      norm += static_cast<double>(w) * w;
      mass += w;
    }
    unit.mass = static_cast<float>(mass);
    if (norm <= 0) continue;
    unit.norm = static_cast<float>(std::sqrt(norm));
    const auto inv = 1.0f / unit.norm;
    for (auto& [f, w] : unit.vec) w *= inv;
  }
  // A title's features weigh by IDF alone: a title is a list of key terms.
  for (SparseVec& t : u.title)
    for (auto& [f, w] : t) w = idf[f];
}

}  // namespace

CorpusCounts count_corpus(const std::vector<const statute::Act*>& acts) {
  CorpusCounts out;
  Interner in;
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> df;
  for (const statute::Act* act : acts) {
    for (const statute::Article& art : act->doc.articles) {
      for (const statute::Paragraph& p : art.paragraphs) {
        ids.clear();
        count_features(statute::paragraph_text(p), in, ids, nullptr, false);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        for (const std::uint32_t f : ids) {
          if (f >= df.size()) df.resize(f + 1, 0);
          ++df[f];
        }
        ++out.docs;
      }
    }
  }
  const std::vector<std::string> names = in.take_names();
  const std::vector<char> kinds = in.take_kinds();
  for (std::size_t f = 0; f < df.size(); ++f) out.df[(kinds[f] ? "b" : "w") + names[f]] = df[f];
  return out;
}

FeatureSpace build_features(const statute::Act& a, const statute::Act& b, const FeatureParams& params) {
  FeatureSpace fs;
  Interner in;
  add_units(a.doc, in, fs.a, params);
  add_units(b.doc, in, fs.b, params);
  fs.names = in.take_names();
  fs.is_bigram = in.take_kinds();
  fs.idf = idf_weights(fs, fs.names.size(), params);
  weigh(fs.a, fs.idf);
  weigh(fs.b, fs.idf);
  return fs;
}

}  // namespace lawdiff::align::detail
