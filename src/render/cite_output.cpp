#include "render/cite_output.hpp"

#include "render/json_writer.hpp"
#include "render/table.hpp"
#include "text/sanitize.hpp"

namespace lawdiff::render {

namespace {

constexpr std::size_t kFlushAt = 1 << 20;  // write in 1 MiB chunks
constexpr std::size_t kMaxTails = 8192;    // bounds the row cache (memory stays flat)

// tsv_field() appended in place, copying runs between the characters that
// need escaping in one append each (the batch path's hottest loop; UTF-8
// continuation bytes never equal these ASCII bytes). Text with a control
// character to neutralise takes tsv_field() itself.
void append_tsv(std::string& out, std::string_view s) {
  if (text::has_controls(s)) {
    out += tsv_field(s);
    return;
  }
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c != '\t' && c != '\n' && c != '\r' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    out += '\\';
    out += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
}

// Text as Markdown block lines: each line escaped, paragraphs as quoted lines.
void append_markdown_quote(std::string& out, std::string_view text) {
  while (true) {
    const std::size_t nl = text.find('\n');
    out += "> ";
    out += markdown_cell(text.substr(0, nl));
    out += "\n";
    if (nl == std::string_view::npos) return;
    out += ">\n";
    text.remove_prefix(nl + 1);
  }
}

}  // namespace

CiteFormat parse_cite_format(std::string_view name) {
  if (name == "markdown") return CiteFormat::markdown;
  if (name == "json") return CiteFormat::json;
  if (name == "tsv") return CiteFormat::tsv;
  return CiteFormat::text;
}

CiteWriter::CiteWriter(std::ostream& out, CiteFormat format, cite::Style style, bool batch)
    : out_(out), format_(batch && format == CiteFormat::text ? CiteFormat::tsv : format), style_(style), batch_(batch) {
  buf_.reserve(kFlushAt + 64 * 1024);
  if (format_ == CiteFormat::tsv) buf_ += "input\tid\tcitation\ttext\terror\n";
  if (format_ == CiteFormat::markdown && batch_) buf_ += "| input | id | citation | text | error |\n|---|---|---|---|---|\n";
  if (format_ == CiteFormat::json && !batch_) buf_ += "{\n  \"schema\": 1,\n  \"citations\": [";
}

CiteWriter::~CiteWriter() {
  if (!finished_) out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
}

void CiteWriter::flush_if_full() {
  if (buf_.size() < kFlushAt) return;
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

void CiteWriter::add(std::string_view input, const cite::Provision* p, std::string_view error) {
  switch (format_) {
    case CiteFormat::tsv: add_tsv(input, p, error); break;
    case CiteFormat::json: batch_ ? add_json_line(input, p, error) : add_json(input, p, error); break;
    case CiteFormat::markdown: batch_ ? add_markdown_row(input, p, error) : (p ? add_markdown(*p) : void()); break;
    case CiteFormat::text:
      if (p) add_text(*p);
      break;
  }
  ++count_;
  flush_if_full();
}

std::size_t CiteWriter::KeyHash::operator()(const cite::Provision& p) const {
  std::size_t h = std::hash<const void*>()(p.act);
  for (std::size_t v : {static_cast<std::size_t>(p.kind), static_cast<std::size_t>(p.division), p.first_article,
                        p.last_article, static_cast<std::size_t>(p.paragraph), static_cast<std::size_t>(p.item),
                        static_cast<std::size_t>(p.subitem)}) {
    h = h * 1000003u ^ v;
  }
  return h;
}

bool CiteWriter::KeyEq::operator()(const cite::Provision& a, const cite::Provision& b) const {
  return a.act == b.act && a.kind == b.kind && a.division == b.division && a.first_article == b.first_article &&
         a.last_article == b.last_article && a.paragraph == b.paragraph && a.item == b.item && a.subitem == b.subitem;
}

void CiteWriter::add_tsv(std::string_view input, const cite::Provision* p, std::string_view error) {
  append_tsv(buf_, input);
  buf_ += '\t';
  if (p != nullptr) {
    auto it = tails_.find(*p);
    if (it == tails_.end()) {
      if (tails_.size() >= kMaxTails) tails_.clear();
      std::string tail = cite::provision_id(*p) + '\t';
      append_tsv(tail, cite::citation(*p, style_));
      tail += '\t';
      append_tsv(tail, cite::provision_text(*p));
      tail += "\t\n";
      it = tails_.emplace(*p, std::move(tail)).first;
    }
    buf_ += it->second;
    return;
  }
  buf_ += "\t\t\t";
  append_tsv(buf_, error);
  buf_ += '\n';
}

void CiteWriter::add_json_line(std::string_view input, const cite::Provision* p, std::string_view error) {
  buf_ += "{\"input\":" + json_quote(input);
  if (p != nullptr) {
    buf_ += ",\"id\":" + json_quote(cite::provision_id(*p));
    buf_ += ",\"citation\":" + json_quote(cite::citation(*p, style_));
    buf_ += ",\"text\":" + json_quote(cite::provision_text(*p));
    buf_ += ",\"error\":null}\n";
    return;
  }
  buf_ += ",\"id\":null,\"citation\":null,\"text\":null,\"error\":" + json_quote(error) + "}\n";
}

void CiteWriter::add_markdown_row(std::string_view input, const cite::Provision* p, std::string_view error) {
  buf_ += "| " + markdown_cell(input) + " | ";
  if (p != nullptr) {
    buf_ += markdown_cell(cite::provision_id(*p)) + " | " + markdown_cell(cite::citation(*p, style_)) + " | ";
    buf_ += markdown_cell(cite::provision_text(*p)) + " |  |\n";
    return;
  }
  buf_ += " |  |  | " + markdown_cell(error) + " |\n";
}

void CiteWriter::add_text(const cite::Provision& p) {
  if (count_ > 0) buf_ += '\n';
  buf_ += text::neutralize_controls(cite::citation(p, style_));
  buf_ += '\n';
  buf_ += text::neutralize_controls(cite::provision_text(p));
  buf_ += '\n';
}

void CiteWriter::add_markdown(const cite::Provision& p) {
  if (count_ > 0) buf_ += '\n';
  buf_ += "**" + markdown_cell(cite::citation(p, style_)) + "**\n\n";
  append_markdown_quote(buf_, cite::provision_text(p));
}

void CiteWriter::add_json(std::string_view input, const cite::Provision* p, std::string_view error) {
  buf_ += count_ > 0 ? ",\n    {" : "\n    {";
  buf_ += "\"input\": " + json_quote(input);
  if (p != nullptr) {
    buf_ += ", \"id\": " + json_quote(cite::provision_id(*p));
    buf_ += ", \"act\": " + json_quote(p->act->info.id);
    buf_ += ", \"citation\": " + json_quote(cite::citation(*p, style_));
    buf_ += ", \"text\": " + json_quote(cite::provision_text(*p)) + ", \"error\": null}";
    return;
  }
  buf_ += ", \"id\": null, \"act\": null, \"citation\": null, \"text\": null, \"error\": " + json_quote(error) + "}";
}

void CiteWriter::finish() {
  if (format_ == CiteFormat::json && !batch_) buf_ += count_ > 0 ? "\n  ]\n}\n" : "]\n}\n";
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
  out_.flush();
  finished_ = true;
}

}  // namespace lawdiff::render
