#include "render/outline.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "text/sanitize.hpp"

namespace lawdiff::render {
namespace {

using statute::Division;
using statute::DivisionLevel;

int count_level(const statute::Document& doc, DivisionLevel level) {
  return static_cast<int>(std::count_if(doc.divisions.begin(), doc.divisions.end(),
                                        [&](const Division& d) { return d.level == level; }));
}

bool has_titles(const statute::Document& doc) {
  return std::any_of(doc.articles.begin(), doc.articles.end(), [](const auto& a) { return !a.title.empty(); });
}

std::string indent_of(DivisionLevel level) {
  return level == DivisionLevel::part ? "" : level == DivisionLevel::chapter ? "  " : "    ";
}

std::string status_words(statute::ActStatus s) {
  return s == statute::ActStatus::in_force ? "in force" : s == statute::ActStatus::draft ? "draft" : "status unknown";
}

/// The history lines, indented, each on its own line.
void write_history_text(std::ostream& out, const statute::Document& doc) {
  for (const std::string& line : history_lines(doc)) out << "  " << text::neutralize_controls(line) << '\n';
}

}  // namespace

std::vector<std::string> history_lines(const statute::Document& doc) {
  std::vector<std::string> lines;
  for (const statute::Amendment& e : doc.meta.amendments) {
    std::string line = e.date + ' ' + e.kind;
    if (!e.by.empty() || !e.decision.empty()) line += ' ' + e.by;
    if (!e.decision.empty()) line += "《" + e.decision + "》";
    lines.push_back(std::move(line));
  }
  return lines;
}

void write_history_markdown(std::ostream& out, const statute::Document& doc) {
  const std::vector<std::string> lines = history_lines(doc);
  for (const std::string& line : lines) out << "- " << markdown_escape(line) << '\n';
  if (!lines.empty()) out << '\n';
}

std::string article_range_label(const statute::Document& doc, const Division& d) {
  if (d.first_article < 0) return "";
  const auto& first = doc.articles[static_cast<std::size_t>(d.first_article)];
  const auto& last = doc.articles[static_cast<std::size_t>(d.last_article)];
  return d.first_article == d.last_article ? first.label : first.label + "–" + last.label;
}

Table act_list_table(const std::vector<const statute::Act*>& acts) {
  Table t{{"id", "title", "status", "chapters", "articles", "aliases"}, {}};
  for (const statute::Act* act : acts) {
    std::string aliases;
    for (const std::string& a : act->info.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
    t.rows.push_back({act->info.id, statute::cited_title(act->info), std::string(statute::status_name(act->info.status)),
                      std::to_string(count_level(act->doc, DivisionLevel::chapter)),
                      std::to_string(act->doc.articles.size()), aliases});
  }
  return t;
}

Table outline_table(const statute::Act& act) {
  const statute::Document& doc = act.doc;
  Table t{{"level", "label", "title", "articles"}, {}};
  bool titled = has_titles(doc);
  std::size_t next_article = 0;
  auto flush_articles = [&](std::size_t until) {
    for (; next_article < until; ++next_article) {
      const auto& a = doc.articles[next_article];
      if (titled) t.rows.push_back({"article", a.label, a.title, statute::article_key(a)});
    }
  };
  for (const Division& d : doc.divisions) {
    if (d.first_article >= 0) flush_articles(static_cast<std::size_t>(d.first_article));
    std::string_view level = d.level == DivisionLevel::part ? "part" : d.level == DivisionLevel::chapter ? "chapter" : "section";
    std::string range;
    if (d.first_article >= 0) {
      range = statute::article_key(doc.articles[static_cast<std::size_t>(d.first_article)]) + "-" +
              statute::article_key(doc.articles[static_cast<std::size_t>(d.last_article)]);
    }
    t.rows.push_back({std::string(level), d.label, d.title, range});
  }
  flush_articles(doc.articles.size());
  return t;
}

void write_outline_text(std::ostream& out, const statute::Act& act) {
  const statute::Document& doc = act.doc;
  out << text::neutralize_controls(statute::cited_title(act.info)) << '\n';
  out << fmt::format("{}, {}, {} chapters, {} articles", act.info.id, status_words(act.info.status),
                     count_level(doc, DivisionLevel::chapter), doc.articles.size());
  if (!doc.meta.amended.empty()) out << ", amended " << doc.meta.amended;
  out << '\n';
  write_history_text(out, doc);
  out << '\n';
  bool titled = has_titles(doc);
  std::size_t next_article = 0;
  std::string article_indent = "  ";
  auto flush_articles = [&](std::size_t until) {
    for (; next_article < until; ++next_article) {
      const auto& a = doc.articles[next_article];
      if (titled) out << article_indent << "  " << a.label << ' ' << text::neutralize_controls(a.title) << '\n';
    }
  };
  for (const Division& d : doc.divisions) {
    if (d.first_article >= 0) flush_articles(static_cast<std::size_t>(d.first_article));
    out << indent_of(d.level) << d.label << ' ' << text::neutralize_controls(d.title);
    std::string range = article_range_label(doc, d);
    if (!range.empty()) out << "  (" << range << ')';
    out << '\n';
    article_indent = indent_of(d.level);
  }
  flush_articles(doc.articles.size());
  if (doc.divisions.empty() && !titled) {
    out << "  " << doc.articles.front().label << "–" << doc.articles.back().label << '\n';
  }
}

void write_parse_text(std::ostream& out, const statute::Act& act) {
  const statute::Document& doc = act.doc;
  out << text::neutralize_controls(statute::cited_title(act.info)) << '\n';
  write_history_text(out, doc);
  std::size_t next_division = 0;
  for (std::size_t k = 0; k < doc.articles.size(); ++k) {
    for (; next_division < doc.divisions.size(); ++next_division) {
      const Division& d = doc.divisions[next_division];
      if (d.first_article >= 0 && static_cast<std::size_t>(d.first_article) > k) break;
      out << '\n' << indent_of(d.level) << d.label << ' ' << text::neutralize_controls(d.title) << '\n';
    }
    const auto& a = doc.articles[k];
    out << '\n' << a.label;
    if (!a.title.empty()) out << "【" << text::neutralize_controls(a.title) << "】";
    out << fmt::format("  [{}]\n", statute::article_key(a));
    for (std::size_t p = 0; p < a.paragraphs.size(); ++p) {
      const auto& para = a.paragraphs[p];
      out << fmt::format("  ¶{} ", p + 1) << text::neutralize_controls(para.text) << '\n';
      for (const auto& item : para.items) {
        out << "      " << item.label << text::neutralize_controls(item.text) << '\n';
        for (const auto& sub : item.subitems) out << "          " << sub.label << text::neutralize_controls(sub.text) << '\n';
      }
    }
  }
}

}  // namespace lawdiff::render
