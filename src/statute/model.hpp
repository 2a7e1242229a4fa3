#pragma once
// The document model: one parsed statute. Offsets are byte offsets into
// Document::text (the decoded, newline-normalised input), so every node can
// point back at the exact characters it came from.
#include <cstddef>
#include <string>
#include <vector>

namespace lawdiff::statute {

/// A half-open byte range [begin, end) of Document::text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

/// 目: a numbered sub-item (1. 2. …) inside an item.
struct SubItem {
  int number = 0;
  std::string label;  // as written: "1."
  std::string text;   // without the label
};

/// 项: a numbered item （一）（二）… inside a paragraph.
struct Item {
  int number = 0;
  std::string label;  // as written: "（一）"
  std::string text;   // without the label, wrapped lines joined
  std::vector<SubItem> subitems;
};

/// 款: a paragraph of an article. `text` is the paragraph's own sentence(s)
/// (the lead-in when it has items); the items follow it.
struct Paragraph {
  std::string text;
  std::vector<Item> items;
  Span span;
};

/// 条: an article.
struct Article {
  int number = 0;        // 72 for 第七十二条
  int suffix = 0;        // 1 for 第一百二十条之一, else 0
  std::string label;     // "第七十二条" as written (numerals kept)
  std::string title;     // the 【title】 without brackets, empty if none
  int part = 0;          // 编 number, 0 if none
  int chapter = 0;       // 章 number, 0 if none
  int section = 0;       // 节 number within the chapter, 0 if none
  std::vector<Paragraph> paragraphs;
  Span span;             // the article's heading line through its last line
};

enum class DivisionLevel { part, chapter, section };  // 编, 章, 节

/// 编/章/节: a heading and the articles it contains.
struct Division {
  DivisionLevel level = DivisionLevel::chapter;
  int number = 0;            // 3 for 第三章
  std::string label;         // "第三章" as written
  std::string title;         // "人才培养与引进"
  int parent_chapter = 0;    // for sections: the chapter number
  int parent_part = 0;       // for chapters and sections inside a 编: its number
  int first_article = -1;    // index into Document::articles, -1 if empty
  int last_article = -1;     // index, inclusive
  Span span;                 // the heading line(s)
};

enum class ActStatus { unknown, in_force, draft };

/// One event of an act's history as its front matter records it (the 题注):
/// 2015年3月15日第十二届全国人民代表大会第三次会议《关于修改〈中华人民共和国立法法〉的决定》第一次修正.
/// Text is folded as text::fold_compact() leaves it (no spaces, full-width ASCII as ASCII).
struct Amendment {
  std::string date;      // ISO yyyy-mm-dd
  std::string kind;      // "通过", "批准", "修正", "修订", "公布" or "发布"
  std::string by;        // who: "第十二届全国人民代表大会第三次会议"; empty when not stated
  std::string decision;  // the amending decision without 《》: "关于修改〈中华人民共和国立法法〉的决定", or empty
  bool operator==(const Amendment&) const = default;
};

/// Facts read from the text itself (the catalogue may add more).
struct Metadata {
  std::string title;              // without 《》 and without the draft marker
  std::string draft_marker;       // "征求意见稿", "草案", or empty
  ActStatus status = ActStatus::unknown;
  std::string adopted;            // ISO dates, empty when not stated
  std::string promulgated;
  std::string effective;
  std::string announcement;       // "第六十四号"
  std::string adopted_by;         // "深圳市第七届人民代表大会常务委员会第十一次会议"
  std::vector<Amendment> amendments;  // the history lines (通过, 修正, 修订, 公布, …), oldest first
  std::string amended;            // the latest 修正/修订 date of `amendments`, empty when none
};

struct Warning {
  std::size_t line = 0;  // 1-based line in the input, 0 when not tied to a line
  std::string message;
};

/// What a node of the lossless partition is.
enum class NodeKind {
  front_matter,     // announcement, title, table of contents: before the body
  heading,          // a 编/章/节 heading
  article,          // an article, from its 第X条 line to the next node
  interstitial,     // body text outside any article (warned about)
  trailing_matter,  // after the last article: source URL, signature, annex
};

/// One piece of the lossless partition of Document::text.
struct Node {
  NodeKind kind;
  int index;  // into divisions / articles, -1 for front and trailing matter
  Span span;
};

struct Document {
  std::string source_name;  // file path or corpus name, for messages
  std::string encoding;     // what the bytes were decoded as
  std::string text;         // decoded, newlines normalised; spans index this
  Metadata meta;
  std::vector<Division> divisions;  // in document order (编, 章, 节 mixed)
  std::vector<Article> articles;    // in document order
  std::vector<Node> nodes;          // contiguous, cover text exactly once
  std::vector<Warning> warnings;
};

/// The full text of a paragraph: its own text followed by its items (label
/// and text) and their sub-items, one per line.
std::string paragraph_text(const Paragraph& p);

/// The full text of an article: its paragraphs joined by '\n'.
std::string article_text(const Article& a);

/// Counts items over all paragraphs of `a`.
int item_count(const Article& a);

/// "第七十二条", "第一百二十条之一": the canonical Chinese label.
std::string canonical_article_label(int number, int suffix);

/// The article part of a short id: "72", or "120-1" for 第一百二十条之一.
std::string article_key(const Article& a);

/// The chapter Division an article belongs to, or nullptr.
const Division* chapter_of(const Document& doc, std::size_t article_index);

}  // namespace lawdiff::statute
