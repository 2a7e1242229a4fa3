// Topic labels for untitled articles (Shenzhen's have no 【title】): the
// article's subject as its first informative clause states it, the way a
// 条文主旨 reads.
//
// Statutes open an article with set forms, and a label follows them:
// 为了…制定本条例 is 立法目的, 本条例所称X，是指 is X的定义, 本条例适用于 is
// 适用范围, 本条例自…起施行 is 施行日期. Any other article: its first
// paragraph split into clauses at ，。；：; in each, the actor and modal
// (市人民政府应当, 市产业主管部门可以) and the promoting verbs (鼓励和支持,
// 建立健全, 推动) are dropped from the front, and so is the act's own name (a
// run of its title's words of four characters or more: 人工智能产业); a clause
// that states a condition or a basis (按照…, 在…前提下, …的，) is passed over.
// The first clause with a distinctive word left is the label. Past the width
// limit it keeps its end, where a Chinese noun phrase has its head
// (…协调工作机制), cut after a 的, a joint (、 等 有关) or a conjunction, else
// between two whole words: never inside what ICU split, never mid-code-point.
// Deterministic; linear in the act's text.
#include "report/topic.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "text/segment.hpp"
#include "text/truncate.hpp"
#include "text/utf8.hpp"
#include "text/width.hpp"

namespace lawdiff::report {
namespace {

constexpr int kMaxWidth = 26; // display columns: thirteen Chinese characters, as gd's longest 【title】

// Promoting and organising verbs that open an obligation (…应当建立健全X):
// the X is the topic. Matched against whole ICU pieces or runs of them.
constexpr std::array<std::string_view, 45> kLeadVerbs = {
    "鼓励和支持", "支持和鼓励", "培育和建设", "建立和完善", "建立健全", "探索完善", "组织开展", "统筹规划", "鼓励",
    "支持",       "推动",       "推进",       "加快",       "建立",     "完善",     "加强",     "探索",     "发挥",
    "构建",       "设立",       "制定",       "制订",       "开展",     "优化",     "聚焦",     "加大",     "培育",
    "引导",       "吸引",       "建设",       "实施",       "促进",     "保障",     "发布",     "承担",     "提高",
    "提升",       "给予",       "赋予",       "实行",       "依托",     "举办",     "搭建",     "纳入",     "开设"};

// Clause openings that state a condition, a manner or a partner, not the subject.
constexpr std::array<std::string_view, 11> kAdverbials = {"按照", "根据", "依照", "依据", "在", "为",
                                                          "对于", "除",   "通过", "结合", "以"};

// Words that make a whole clause an adverbial wherever they stand
// (市人民政府及其有关部门根据…).
constexpr std::array<std::string_view, 7> kBases = {"按照", "根据", "依照", "依据", "对于", "面向", "因"};

// Pieces after which the obligation's content or the predicate follows.
constexpr std::array<std::string_view, 4> kModals = {"应当", "可以", "负责", "是"};

// Where a long noun phrase may be cut, keeping what follows: first between
// its parts (、, 等, 有关…), then (last resort) inside a coordination (和, 与).
constexpr std::array<std::string_view, 11> kJoints = {"、",   "等",   "在",   "对",   "为", "或者",
                                                      "有关", "相关", "其他", "以及", "向"};
constexpr std::array<std::string_view, 3> kConjunctions = {"和", "与", "及"};

// Who acts, when named right before a verb.
constexpr std::array<std::string_view, 8> kActors = {"组织", "个人", "单位", "企业", "机构", "部门", "院校", "力量"};

// Verbs whose object is the act itself.
constexpr std::array<std::string_view, 3> kLightVerbs = {"进行", "予以", "加以"};

// Words that name no topic wherever they stand.
constexpr std::array<std::string_view, 12> kEmpty = {"有关", "相关", "其他", "本市", "我市", "本条例",
                                                     "以下", "简称", "下列", "和",   "的",   "等"};

template <std::size_t N> bool contains(const std::array<std::string_view, N> &list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

using Subject = std::unordered_set<std::string_view>;

/// `s` without its bracketed asides: （以下简称市产业主管部门）.
std::string without_asides(std::string_view s) {
  std::string out;
  int depth = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(s, i);
    if (cp == U'（' || cp == U'(') ++depth;
    if (depth == 0) out.append(s.substr(at, i - at));
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
  }
  return out;
}

/// The first paragraph's clauses, split at ，。；： (and their ASCII forms).
std::vector<std::string> clauses(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0, i = 0;
  while (i < s.size()) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(s, i);
    if (cp == U'，' || cp == U'。' || cp == U'；' || cp == U'：' || cp == U',' || cp == U';' || cp == U':') {
      if (at > start) out.emplace_back(s.substr(start, at - start));
      start = i;
    }
  }
  if (start < s.size()) out.emplace_back(s.substr(start));
  return out;
}

/// The set forms of an article's opening, or empty.
std::string set_form_label(std::string_view p) {
  constexpr std::string_view kDefined = "所称";
  if (p.starts_with("为")) {
    for (std::string_view m : {"制定本条例", "制定本法", "制定本规定", "制定本办法", "制定本细则"}) {
      if (p.find(m) != std::string_view::npos) return "立法目的";
    }
  }
  if (!(p.starts_with("本条例") || p.starts_with("本法") || p.starts_with("本规定") || p.starts_with("本办法")))
    return {};
  if (const std::size_t stop = p.find("。"); stop != std::string_view::npos && p.substr(0, stop).ends_with("起施行")) {
    return "施行日期";
  }
  if (const std::size_t at = p.find("适用于"); at != std::string_view::npos && at < 15) return "适用范围";
  const std::size_t called = p.find(kDefined);
  const std::size_t comma = p.find("，是指");
  if (called == std::string_view::npos || comma == std::string_view::npos || called > comma) return {};
  const std::string_view term = p.substr(called + kDefined.size(), comma - called - kDefined.size());
  return text::display_width(term) + 6 <= kMaxWidth ? std::string(term) + "的定义" : std::string();
}

/// The text of `pieces` from `first` on.
std::string join(const std::vector<std::string_view> &pieces, std::size_t first) {
  std::string out;
  for (std::size_t k = first; k < pieces.size(); ++k)
    out += pieces[k];
  return out;
}

/// The index of the piece after the last run of pieces spelling one of
/// `list`, searched from `from`; `from` when none.
template <std::size_t N>
std::size_t after_last(const std::vector<std::string_view> &pieces, std::size_t from,
                       const std::array<std::string_view, N> &list) {
  std::size_t best = from;
  for (std::size_t k = from; k < pieces.size(); ++k) {
    std::string run;
    for (std::size_t j = k; j < pieces.size() && run.size() < 16; ++j) {
      run += pieces[j];
      // ICU splits 负责人 as 负责|人: a person, not the modal 负责.
      if (contains(list, run) && j + 1 < pieces.size() && !(run == "负责" && pieces[j + 1].starts_with("人"))) best = j + 1;
    }
  }
  return best;
}

/// "A、B、C等D" → "A等D": a list before 等 stands for its first item.
std::string collapse_lists(std::string s) {
  constexpr std::string_view kComma = "、", kEtc = "等";
  for (std::size_t etc = s.find(kEtc); etc != std::string::npos; etc = s.find(kEtc, etc + kEtc.size())) {
    std::size_t first = std::string::npos;
    for (std::size_t at = s.rfind(kComma, etc); at != std::string::npos && at > 0; at = s.rfind(kComma, at - 1)) {
      const std::size_t next = s.find(kComma, at + kComma.size());
      const std::size_t end = next == std::string::npos || next > etc ? etc : next;
      if (text::code_point_count(std::string_view(s).substr(at, end - at)) > 9) break;
      first = at;
    }
    if (first != std::string::npos) s.erase(first, etc - first), etc = first;
  }
  return s;
}

bool distinctive(std::string_view w, const Subject &subject) {
  return text::is_word(w) && text::code_point_count(w) >= 2 && subject.count(w) == 0 && !contains(kEmpty, w);
}

/// Drops leading subject words, empty words and punctuation while at least
/// five code points stay (人工智能产业园区 → 产业园区, not 园区).
std::size_t trim_front(const std::vector<std::string_view> &pieces, std::size_t k, const Subject &subject) {
  const std::size_t start = k;
  while (k + 1 < pieces.size()) {
    const std::string_view w = pieces[k];
    const bool droppable = !text::is_word(w) || subject.count(w) > 0 || contains(kEmpty, w) || contains(kJoints, w) ||
                           contains(kConjunctions, w);
    if (!droppable || (text::is_word(w) && text::code_point_count(join(pieces, k + 1)) < 5)) break;
    ++k;
  }
  // Never inside a run of subject words ICU split (人工|智能产业布局).
  while (k > start && subject.count(pieces[k]) > 0 && subject.count(pieces[k - 1]) > 0)
    --k;
  // A short subject word stays (数据安全协调机制 in a 数据条例): only a run of
  // four characters or more (人工智能) is the act's name rather than a term.
  std::size_t run = k, length = 0;
  while (run > start && subject.count(pieces[run - 1]) > 0)
    length += text::code_point_count(pieces[--run]);
  if (length > 0 && length < 4) k = run;
  return k;
}

bool any_distinctive(const std::vector<std::string_view> &pieces, std::size_t k, const Subject &subject) {
  for (; k < pieces.size(); ++k) {
    if (distinctive(pieces[k], subject)) return true;
  }
  return false;
}

/// A tail from piece `k` that fits and names something, trimmed; empty if none.
std::string tail_from(const std::vector<std::string_view> &pieces, std::size_t k, const Subject &subject) {
  k = trim_front(pieces, k, subject);
  std::string t = join(pieces, k);
  return text::display_width(t) <= kMaxWidth && any_distinctive(pieces, k, subject) ? t : std::string();
}

/// The end of the phrase that fits kMaxWidth, where a noun phrase has its
/// head: after its last 的 when four characters or more follow; else from
/// the first joint (、, 等, 有关…) that leaves a fitting tail; else from the
/// first 和/与/及 (a whole conjunct); else from the first boundary between
/// two words of two characters or more, never inside what ICU split.
std::string fit(const std::vector<std::string_view> &pieces, std::size_t first, const Subject &subject) {
  if (text::display_width(join(pieces, first)) <= kMaxWidth) return join(pieces, first);
  for (std::size_t k = pieces.size(); k-- > first;) {
    if (pieces[k] != "的") continue;
    const std::string t = tail_from(pieces, k + 1, subject);
    if (text::code_point_count(t) >= 4) return t;
    break;
  }
  auto first_cut = [&](auto &&allowed) -> std::string {
    for (std::size_t k = first + 1; k < pieces.size(); ++k) {
      if (!allowed(k)) continue;
      if (std::string t = tail_from(pieces, k, subject); !t.empty()) return t;
    }
    return {};
  };
  if (std::string t = first_cut([&](std::size_t k) { return contains(kJoints, pieces[k - 1]); }); !t.empty()) return t;
  if (std::string t = first_cut([&](std::size_t k) { return contains(kConjunctions, pieces[k - 1]); }); !t.empty()) {
    return t;
  }
  std::string t = first_cut([&](std::size_t k) {
    return text::code_point_count(pieces[k]) >= 2 && text::code_point_count(pieces[k - 1]) >= 2 &&
           text::is_word(pieces[k - 1]) && !(subject.count(pieces[k]) > 0 && subject.count(pieces[k - 1]) > 0);
  });
  return t.empty() ? text::shorten_to_width(pieces.back(), kMaxWidth) : t;
}

/// "本市人工智能产业治理遵循…原则" → "人工智能产业治理原则" (基本原则 when who is too long).
std::string principle_label(const std::vector<std::string_view> &pieces, std::size_t first, const Subject &subject) {
  const auto follow = std::find(pieces.begin() + static_cast<std::ptrdiff_t>(first), pieces.end(), "遵循");
  if (follow == pieces.end() || !join(pieces, first).ends_with("原则")) return {};
  std::string who;
  for (auto it = pieces.begin() + static_cast<std::ptrdiff_t>(first); it != follow; ++it) {
    if (!contains(kEmpty, *it)) who += *it;
  }
  return text::display_width(who) + 4 <= kMaxWidth && any_distinctive(pieces, first, subject) ? who + "原则"
                                                                                              : "基本原则";
}

/// "将X纳入Y" (将遵守伦理安全规范纳入…要求): X, what is disposed of.
std::string disposal_object(const std::vector<std::string_view> &pieces, std::size_t first, const Subject &subject) {
  if (first >= pieces.size() || pieces[first] != "将") return {};
  for (std::size_t k = first + 1; k < pieces.size(); ++k) {
    if (pieces[k] != "纳入" && pieces[k] != "列入" && pieces[k] != "作为") continue;
    const std::vector<std::string_view> object(pieces.begin() + static_cast<std::ptrdiff_t>(first + 1),
                                               pieces.begin() + static_cast<std::ptrdiff_t>(k));
    const std::size_t from = trim_front(object, 0, subject);
    return any_distinctive(object, from, subject) ? fit(object, from, subject) : std::string();
  }
  return {};
}

/// The piece after the lead verbs that open the phrase at `first`.
std::size_t after_lead_verbs(const std::vector<std::string_view> &pieces, std::size_t first) {
  for (bool more = true; more;) {
    more = false;
    std::string run;
    std::size_t longest = first;
    for (std::size_t j = first; j < pieces.size() && run.size() < 16; ++j) {
      run += pieces[j];
      if (contains(kLeadVerbs, run) && j + 1 < pieces.size()) longest = j + 1;
    }
    if (longest > first) first = longest, more = true;
  }
  return first;
}

/// Whether the clause is a condition or a basis (按照…, 在…前提下, 市人民政府根据…).
bool is_adverbial(const std::vector<std::string_view> &pieces, std::size_t first) {
  const std::string rest = join(pieces, first);
  if (std::any_of(kAdverbials.begin(), kAdverbials.end(), [&](auto a) { return rest.starts_with(a); })) return true;
  // A condition: …的，(…实施的，) …时，…情况下，
  if (rest.ends_with("的") || rest.ends_with("时") || rest.ends_with("情况下")) return true;
  return std::any_of(pieces.begin() + static_cast<std::ptrdiff_t>(first), pieces.end(),
                     [](std::string_view w) { return contains(kBases, w); });
}

/// Whether the verb ending before piece `verb` follows its actors: a list
/// of them (高等院校、科研机构…), or an actor noun (…的组织和个人依托X).
bool after_actors(const std::vector<std::string_view> &pieces, std::size_t first, std::size_t verb) {
  if (verb < first + 2) return false;
  const std::size_t at = verb - 1; // the verb's (last) piece
  std::string before;
  for (std::size_t k = first; k < at; ++k)
    before += pieces[k];
  return before.find("、") != std::string::npos || contains(kActors, pieces[at - 1]);
}

/// The label one clause gives, or empty when it names nothing distinctive.
std::string clause_topic(const std::string &clause, bool last, const Subject &subject) {
  std::vector<std::string_view> pieces = text::words(clause);
  std::size_t first = after_last(pieces, 0, kModals);
  if (join(pieces, first).starts_with("会同")) {
    const std::size_t verb = after_last(pieces, first, kLeadVerbs); // 会同有关部门建立X: X
    if (verb == first) return {};
    first = verb;
  } else if (is_adverbial(pieces, first) && !last) {
    return {};
  }
  if (std::string p = principle_label(pieces, first, subject); !p.empty()) return p;
  if (std::string x = disposal_object(pieces, first, subject); !x.empty()) return x;
  first = after_lead_verbs(pieces, first);
  // Long, with listed actors before a verb (高等院校、科研机构…在…方面开展X): X.
  if (text::display_width(join(pieces, first)) > kMaxWidth) {
    const std::size_t verb = after_last(pieces, first, kLeadVerbs);
    if (after_actors(pieces, first, verb) && any_distinctive(pieces, verb, subject)) first = verb;
  }
  // A light verb's object is the act (采取…方式进行算法说明: 算法说明).
  if (const std::size_t light = after_last(pieces, first, kLightVerbs); any_distinctive(pieces, light, subject)) {
    first = light;
  }
  const std::string collapsed = collapse_lists(join(pieces, first));
  pieces = text::words(collapsed);
  first = trim_front(pieces, 0, subject);
  if (!any_distinctive(pieces, first, subject)) return {};
  return fit(pieces, first, subject);
}

// Words a label never carries (boilerplate of every statute).
constexpr std::array<std::string_view, 11> kBoilerplate = {"应当", "本法", "本条例", "本规定", "本办法", "本细则",
                                                           "以下简称", "有关", "下列", "之一", "本章"};

// What a penalty article imposes; one of them marks the article as 法律责任.
constexpr std::array<std::string_view, 9> kPenalties = {"罚款", "拘留", "追究刑事责任", "处分", "责令改正",
                                                        "没收", "吊销", "警告", "处罚"};

// Pieces a label never opens with: the tail of a word or compound that a
// cut left behind (国家安全|机关办案部门…, 行政区域|内的…).
constexpr std::array<std::string_view, 13> kTailPieces = {"内", "外", "中", "的", "之", "机关", "部门", "以上", "以下",
                                                          "内的", "中的", "外的", "以上的"};

/// `label` without a dangling modal or particle at its end, or empty when it
/// carries boilerplate, an unbalanced bracket, or opens on what a cut left
/// of a longer word (机关办案部门… from 国家安全机关办案部门…).
std::string clean_label(std::string label) {
  for (bool more = true; more;) {
    more = false;
    for (std::string_view tail : {"应当", "可以", "的", "，", "、"}) {
      if (label.size() > tail.size() && label.ends_with(tail)) label.resize(label.size() - tail.size()), more = true;
    }
  }
  for (std::string_view b : kBoilerplate) {
    if (label.find(b) != std::string::npos) return {};
  }
  const auto count = [&](std::string_view x) {
    std::size_t n = 0;
    for (std::size_t at = label.find(x); at != std::string::npos; at = label.find(x, at + x.size())) ++n;
    return n;
  };
  if (count("《") != count("》") || count("（") != count("）") || count("“") != count("”")) return {};
  const std::vector<std::string_view> pieces = text::words(label);
  if (pieces.empty() || (pieces.size() > 1 && contains(kTailPieces, pieces.front()))) return {};
  return label;
}

/// A penalty article (违反本法规定…的，由…处…罚款): "X的法律责任" for its
/// conduct X when that is short, else "法律责任". Empty for other articles.
std::string penalty_label(std::string_view p) {
  if (std::none_of(kPenalties.begin(), kPenalties.end(), [&](auto w) { return p.find(w) != std::string_view::npos; }))
    return {};
  const std::vector<std::string> parts = clauses(p);
  if (parts.empty() || !(parts.front().find("违反") != std::string::npos || parts.front().ends_with("的"))) return {};
  for (const std::string& part : parts) {
    if (!part.ends_with("的")) continue;
    std::string conduct = part.substr(0, part.size() - std::string_view("的").size());
    // 违反本法第二十一条规定新建…: the conduct follows the rule it breaks.
    if (const std::size_t breach = conduct.find("违反"); breach != std::string::npos) {
      const std::size_t rule = conduct.find("规定", breach);
      conduct = rule == std::string::npos ? std::string() : conduct.substr(rule + std::string_view("规定").size());
    }
    std::string label = clean_label(conduct);
    if (!label.empty() && text::code_point_count(label) >= 2 && text::display_width(label) + 10 <= kMaxWidth) {
      return label + "的法律责任";
    }
    break;
  }
  return "法律责任";
}

/// Whether `clause` opens with a modal: the clause before it named the actor.
bool opens_with_modal(std::string_view clause) {
  return clause.starts_with("应当") || clause.starts_with("可以");
}

/// The label of an untitled article, given the act's subject words.
std::string clause_label(const statute::Article &a, const Subject &subject) {
  const std::string p = a.paragraphs.empty() ? std::string() : without_asides(a.paragraphs.front().text);
  if (std::string form = set_form_label(p); !form.empty()) return form;
  if (std::string penalty = penalty_label(p); !penalty.empty()) return penalty;
  const std::vector<std::string> parts = clauses(p);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k + 1 < parts.size() && opens_with_modal(parts[k + 1])) continue;
    if (std::string t = clean_label(clause_topic(parts[k], k + 1 == parts.size(), subject)); !t.empty()) return t;
  }
  // Nothing passed: the first clause whose opening passes as it stands; else
  // the first clause's opening without its boilerplate words.
  for (const std::string& part : parts) {
    if (std::string t = clean_label(fit(text::words(part), 0, {})); !t.empty()) return t;
  }
  if (parts.empty()) return {};
  std::string plain = parts.front();
  for (std::string_view b : kBoilerplate) {
    for (std::size_t at = plain.find(b); at != std::string::npos; at = plain.find(b, at)) plain.erase(at, b.size());
  }
  return fit(text::words(plain.empty() ? parts.front() : plain), 0, {});
}

/// The act's own subject: the words of its title (深圳, 经济特区, 人工, 智能,
/// 产业, 促进, 条例), which open many of its articles and name none of them.
std::unordered_set<std::string> subject_words(const statute::Act &act) {
  std::unordered_set<std::string> out;
  for (std::string_view w : text::words(act.info.title)) {
    if (text::is_word(w) && text::code_point_count(w) >= 2) out.emplace(w);
  }
  return out;
}

} // namespace

std::vector<std::string> article_topics(const statute::Act &act) {
  const std::unordered_set<std::string> owned = subject_words(act);
  const Subject subject(owned.begin(), owned.end());
  std::vector<std::string> topics;
  topics.reserve(act.doc.articles.size());
  for (const statute::Article &a : act.doc.articles)
    topics.push_back(a.title.empty() ? clause_label(a, subject) : a.title);
  return topics;
}

} // namespace lawdiff::report
