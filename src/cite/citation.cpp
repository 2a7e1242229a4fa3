#include "cite/citation.hpp"

#include "text/numerals.hpp"

namespace lawdiff::cite {

namespace {

const statute::Article& article_at(const Provision& p, std::size_t k) { return p.act->doc.articles[k]; }

void append_article_label(std::string& out, const statute::Article& a) {
  out += statute::canonical_article_label(a.number, a.suffix);
}

void append_chinese_locator(std::string& out, const Provision& p) {
  switch (p.kind) {
    case ProvisionKind::act: return;
    case ProvisionKind::chapter: {
      const statute::Division& d = p.act->doc.divisions[static_cast<std::size_t>(p.division)];
      auto numbered = [&](int n, std::string_view unit) { out.append("第").append(text::to_chinese(n)).append(unit); };
      if (d.level == statute::DivisionLevel::part) return numbered(d.number, "编");
      if (d.parent_part > 0) numbered(d.parent_part, "编");
      if (d.level == statute::DivisionLevel::section) {
        numbered(d.parent_chapter, "章");
        numbered(d.number, "节");
      } else {
        numbered(d.number, "章");
      }
      return;
    }
    case ProvisionKind::range:
      append_article_label(out, article_at(p, p.first_article));
      out += "至";
      append_article_label(out, article_at(p, p.last_article));
      return;
    default: break;
  }
  append_article_label(out, article_at(p, p.first_article));
  if (p.paragraph > 0) out.append("第").append(text::to_chinese(p.paragraph)).append("款");
  if (p.item > 0) out.append("第（").append(text::to_chinese(p.item)).append("）项");
  if (p.subitem > 0) out.append("第").append(std::to_string(p.subitem)).append("目");
}

// The short title; a draft's short title carries its marker (（征求意见稿）).
void append_short_title(std::string& out, const statute::ActInfo& info) {
  const std::string& name = info.short_title.empty() ? info.title : info.short_title;
  out += name;
  if (!info.draft_marker.empty() && name.find(info.draft_marker) == std::string::npos) {
    out.append("（").append(info.draft_marker).append("）");
  }
}

// An older version is cited with its version: 《…公司法》（2018年修正）第二十条.
void append_version_note(std::string& out, const statute::ActInfo& info) {
  if (!info.version_note.empty()) out.append("（").append(info.version_note).append("）");
}

void append_english_title(std::string& out, const statute::ActInfo& info) {
  if (info.english_title.empty()) {
    out.append("《").append(statute::cited_title(info)).append("》");
    return;
  }
  out += info.english_title;
}

void append_en_key(std::string& out, const statute::Article& a) {
  out += std::to_string(a.number);
  if (a.suffix > 0) out.append("-").append(std::to_string(a.suffix));
}

void append_english_locator(std::string& out, const Provision& p) {
  switch (p.kind) {
    case ProvisionKind::act: return;
    case ProvisionKind::chapter: {
      const statute::Division& d = p.act->doc.divisions[static_cast<std::size_t>(p.division)];
      if (d.level == statute::DivisionLevel::part) {
        out.append(", pt. ").append(std::to_string(d.number));
        return;
      }
      if (d.parent_part > 0) out.append(", pt. ").append(std::to_string(d.parent_part));
      if (d.level == statute::DivisionLevel::section) {
        out.append(", ch. ").append(std::to_string(d.parent_chapter)).append(", sec. ").append(std::to_string(d.number));
      } else {
        out.append(", ch. ").append(std::to_string(d.number));
      }
      return;
    }
    case ProvisionKind::range:
      out += ", arts. ";
      append_en_key(out, article_at(p, p.first_article));
      out += "–";
      append_en_key(out, article_at(p, p.last_article));
      return;
    default: break;
  }
  out += ", art. ";
  append_en_key(out, article_at(p, p.first_article));
  for (int part : {p.paragraph, p.item, p.subitem}) {
    if (part > 0) out.append("(").append(std::to_string(part)).append(")");
  }
}

}  // namespace

std::optional<Style> parse_style(std::string_view name) {
  if (name == "full") return Style::full;
  if (name == "short") return Style::short_;
  if (name == "id") return Style::id;
  if (name == "en") return Style::en;
  return std::nullopt;
}

void append_citation(std::string& out, const Provision& p, Style style) {
  const statute::ActInfo& info = p.act->info;
  switch (style) {
    case Style::full:
      out.append("《").append(statute::cited_title(info)).append("》");
      append_version_note(out, info);
      append_chinese_locator(out, p);
      return;
    case Style::short_:
      append_short_title(out, info);
      append_version_note(out, info);
      append_chinese_locator(out, p);
      return;
    case Style::id: append_provision_id(out, p); return;
    case Style::en:
      append_english_title(out, info);
      if (!info.version_note.empty()) out.append(" (").append(info.version_date.substr(0, 4)).append(" version)");
      append_english_locator(out, p);
      return;
  }
}

std::string citation(const Provision& p, Style style) {
  std::string out;
  append_citation(out, p, style);
  return out;
}

std::string chinese_locator(const Provision& p) {
  std::string out;
  append_chinese_locator(out, p);
  return out;
}

}  // namespace lawdiff::cite
