// Topic labels for untitled articles (Shenzhen's have no 【title】).
//
// Why keywords rather than the opening clause: Shenzhen's articles mostly
// open with the actor and a modal (市人民政府应当…, 鼓励和支持高等院校、科研
// 机构…), so the first clause cut to a dozen characters names who acts,
// not what the article is about, and many labels come out alike. The 2–3
// words with the highest TF-IDF inside the act (each article a document)
// name the subject instead (sz:28 → 数据中心、能效、绿色). Words shorter than
// two code points and a small list of statutory boilerplate are skipped; the
// chosen words are shown in text order, joined by '、'. Ties break on first
// occurrence, so the labels are deterministic.
#include "report/topic.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "text/segment.hpp"
#include "text/utf8.hpp"

namespace lawdiff::report {
namespace {

constexpr int kTopicWords = 3;

// Words that occur in most articles of a promotion act and name no topic.
// Verbs of obligation and promotion, actors, connectives, and the act's own
// subject (人工智能, 产业): general legal drafting vocabulary, not per article.
constexpr std::array<std::string_view, 50> kBoilerplate = {
    "应当", "有关", "部门", "人民政府", "本市", "鼓励", "支持", "推动", "建立", "加强",
    "开展", "相关", "按照", "规定", "其他", "以及", "或者", "组织", "企业", "推进",
    "人工智能", "人工", "智能", "产业", "发展", "促进", "条例", "本条例", "完善", "工作",
    "负责", "明确", "实行", "提升", "实现", "予以", "做出", "采用", "尚未", "提供",
    "提高", "依法", "制定", "实施", "进行", "通过", "方面", "领域", "健全", "利于"};

// Sorted once at compile time: is_boilerplate runs for every word of every
// article, and a linear scan made it most of `compare`'s time on long acts.
constexpr auto kBoilerplateSorted = [] {
  auto words = kBoilerplate;
  std::sort(words.begin(), words.end());
  return words;
}();

bool is_boilerplate(std::string_view w) {
  return std::binary_search(kBoilerplateSorted.begin(), kBoilerplateSorted.end(), w);
}

/// A candidate word, its id among the act's distinct words, and its
/// position among the article's ICU tokens.
struct Word {
  std::string text;
  int id = 0;
  std::size_t token = 0;
};

/// The candidate words of one article, in text order (duplicates kept);
/// `ids` numbers the distinct words of the whole act.
std::vector<Word> candidate_words(const statute::Article& a, std::unordered_map<std::string, int>& ids) {
  std::string body = statute::article_text(a);
  std::vector<Word> out;
  std::size_t token = 0;
  for (std::string_view w : text::words(body)) {
    ++token;
    if (!text::is_word(w) || text::code_point_count(w) < 2 || is_boilerplate(w)) continue;
    // Numbers (dates, 5G) are not topics.
    if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    std::string text(w);
    const int id = ids.try_emplace(text, static_cast<int>(ids.size())).first->second;
    out.push_back({std::move(text), id, token});
  }
  return out;
}

/// The label for one article given the act's document frequencies (by word
/// id). `tf` is scratch space, all zero, one slot per id; left all zero.
/// Chosen words that stand next to each other in the text are joined
/// without a separator: ICU splits compounds (数据中心 → 数据 中心, 知识产权 →
/// 知识 产权), and the reader should see the compound.
std::string keyword_label(const std::vector<Word>& words, const std::vector<int>& df, std::size_t documents,
                          std::vector<int>& tf) {
  for (const auto& w : words) ++tf[w.id];
  struct Scored {
    double score;
    const Word* word;
  };
  std::vector<Scored> scored;
  for (const auto& w : words) {
    if (tf[w.id] <= 0) continue;  // scored at its first occurrence
    const double idf = std::log(static_cast<double>(documents + 1) / (df[w.id] + 0.5));
    scored.push_back({tf[w.id] * idf, &w});
    tf[w.id] = -tf[w.id];
  }
  for (const auto& w : words) tf[w.id] = 0;
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) { return x.score > y.score; });
  if (scored.size() > kTopicWords) scored.resize(kTopicWords);
  std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) { return x.word->token < y.word->token; });
  std::string label;
  std::size_t last = 0;
  for (const auto& s : scored) {
    if (!label.empty() && s.word->token != last + 1) label += "、";
    label += s.word->text;
    last = s.word->token;
  }
  return label;
}

}  // namespace

std::vector<std::string> article_topics(const statute::Act& act) {
  const auto& articles = act.doc.articles;
  std::unordered_map<std::string, int> ids;
  std::vector<std::vector<Word>> words;
  words.reserve(articles.size());
  for (const auto& a : articles) words.push_back(a.title.empty() ? candidate_words(a, ids) : std::vector<Word>{});
  // Document frequencies: each word counted once per article that has it.
  std::vector<int> df(ids.size(), 0), last_article(ids.size(), -1);
  for (std::size_t i = 0; i < words.size(); ++i) {
    for (const auto& w : words[i]) {
      if (last_article[w.id] == static_cast<int>(i)) continue;
      last_article[w.id] = static_cast<int>(i);
      ++df[w.id];
    }
  }
  std::vector<int> tf(ids.size(), 0);
  std::vector<std::string> topics;
  topics.reserve(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    topics.push_back(articles[i].title.empty() ? keyword_label(words[i], df, articles.size(), tf) : articles[i].title);
  }
  return topics;
}

}  // namespace lawdiff::report
