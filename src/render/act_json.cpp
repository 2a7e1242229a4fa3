#include "render/act_json.hpp"

namespace lawdiff::render {
namespace {

using statute::Division;
using statute::DivisionLevel;

int chapter_count(const statute::Document& doc) {
  int n = 0;
  for (const Division& d : doc.divisions) n += d.level == DivisionLevel::chapter;
  return n;
}

void write_division(JsonWriter& w, const statute::Document& doc, const Division& d) {
  w.begin_object().member("number", d.number).member("label", d.label).member("title", d.title);
  if (d.parent_part > 0) w.member("part", d.parent_part);
  if (d.level == DivisionLevel::section) w.member("chapter", d.parent_chapter);
  auto article_number = [&](int index) -> JsonWriter& {
    return index < 0 ? w.null() : w.value(doc.articles[static_cast<std::size_t>(index)].number);
  };
  w.key("first_article");
  article_number(d.first_article);
  w.key("last_article");
  article_number(d.last_article);
  w.end_object();
}

void write_divisions(JsonWriter& w, const statute::Document& doc, DivisionLevel level) {
  w.begin_array();
  for (const Division& d : doc.divisions) {
    if (d.level == level) write_division(w, doc, d);
  }
  w.end_array();
}

void write_article(JsonWriter& w, const statute::Article& a) {
  w.begin_object()
      .member("number", a.number)
      .member("suffix", a.suffix)
      .member("id", statute::article_key(a))
      .member("label", a.label)
      .member("part", a.part)
      .member("chapter", a.chapter)
      .member("section", a.section)
      .key("title")
      .string_or_null(a.title);
  w.key("paragraphs").begin_array();
  for (const statute::Paragraph& p : a.paragraphs) {
    w.begin_object().member("text", p.text).key("items").begin_array();
    for (const statute::Item& item : p.items) {
      w.begin_object().member("number", item.number).member("label", item.label).member("text", item.text);
      if (!item.subitems.empty()) {
        w.key("subitems").begin_array();
        for (const statute::SubItem& s : item.subitems) {
          w.begin_object().member("number", s.number).member("label", s.label).member("text", s.text).end_object();
        }
        w.end_array();
      }
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("span").begin_array().value(a.span.begin).value(a.span.end).end_array();
  w.end_object();
}

std::string_view node_kind_name(statute::NodeKind kind) {
  switch (kind) {
    case statute::NodeKind::front_matter: return "front_matter";
    case statute::NodeKind::heading: return "heading";
    case statute::NodeKind::article: return "article";
    case statute::NodeKind::interstitial: return "interstitial";
    case statute::NodeKind::trailing_matter: return "trailing_matter";
  }
  return "unknown";
}

/// "amendments": the act's history, oldest first.
void write_amendments(JsonWriter& w, const std::vector<statute::Amendment>& history) {
  w.key("amendments").begin_array();
  for (const statute::Amendment& e : history) {
    w.begin_object().member("date", e.date).member("kind", e.kind).key("by").string_or_null(e.by);
    w.key("decision").string_or_null(e.decision).end_object();
  }
  w.end_array();
}

}  // namespace

void write_act_object(JsonWriter& w, const statute::Act& act) {
  const statute::ActInfo& i = act.info;
  w.begin_object()
      .member("id", i.id)
      .member("title", i.title)
      .member("cited_title", statute::cited_title(i))
      .key("short_title")
      .string_or_null(i.short_title)
      .key("english_title")
      .string_or_null(i.english_title)
      .member("status", statute::status_name(i.status))
      .key("draft_marker")
      .string_or_null(i.draft_marker)
      .key("issuer")
      .string_or_null(i.issuer)
      .key("adopted")
      .string_or_null(i.adopted)
      .key("promulgated")
      .string_or_null(i.promulgated)
      .key("effective")
      .string_or_null(i.effective)
      .key("amended")
      .string_or_null(act.doc.meta.amended);
  write_amendments(w, act.doc.meta.amendments);
  w.key("announcement")
      .string_or_null(i.announcement)
      .key("source_url")
      .string_or_null(i.source_url)
      .member("source", act.doc.source_name)
      .member("encoding", act.doc.encoding)
      .member("chapters", chapter_count(act.doc))
      .member("articles", act.doc.articles.size())
      .end_object();
}

void write_parse_json(std::ostream& out, const statute::Act& act) {
  const statute::Document& doc = act.doc;
  JsonWriter w(out);
  w.begin_object().member("schema", 1).key("act");
  write_act_object(w, act);
  w.key("parts");
  write_divisions(w, doc, DivisionLevel::part);
  w.key("chapters");
  write_divisions(w, doc, DivisionLevel::chapter);
  w.key("sections");
  write_divisions(w, doc, DivisionLevel::section);
  w.key("articles").begin_array();
  for (const statute::Article& a : doc.articles) write_article(w, a);
  w.end_array();
  w.key("nodes").begin_array();
  for (const statute::Node& n : doc.nodes) {
    w.begin_object().member("kind", node_kind_name(n.kind)).member("begin", n.span.begin).member("end", n.span.end);
    w.end_object();
  }
  w.end_array();
  w.key("warnings").begin_array();
  for (const statute::Warning& warning : doc.warnings) {
    w.begin_object().member("line", warning.line).member("message", warning.message).end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace lawdiff::render
