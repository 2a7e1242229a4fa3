#pragma once
// Output of `lawdiff cite`: each reference's citation and text, as text,
// Markdown, JSON or TSV; streamed row by row through one reusable buffer so
// a batch of any length runs in constant memory.
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "cite/citation.hpp"
#include "cite/provision.hpp"

namespace lawdiff::render {

enum class CiteFormat { text, markdown, json, tsv };

/// "text", "markdown", "json", "tsv" → CiteFormat (anything else: text).
CiteFormat parse_cite_format(std::string_view name);

class CiteWriter {
 public:
  /// `batch`: one row per input line — TSV (also for text), JSON Lines, or a
  /// Markdown table. Otherwise: text blocks, Markdown sections, one JSON
  /// document, or TSV. TSV's header is `input id citation text error`.
  CiteWriter(std::ostream& out, CiteFormat format, cite::Style style, bool batch);
  ~CiteWriter();
  CiteWriter(const CiteWriter&) = delete;
  CiteWriter& operator=(const CiteWriter&) = delete;

  /// One result: `p` resolved from `input`, or (p == nullptr) the reason
  /// `error` it did not resolve.
  void add(std::string_view input, const cite::Provision* p, std::string_view error);

  /// Writes what is buffered and closes the JSON document.
  void finish();

 private:
  void add_tsv(std::string_view input, const cite::Provision* p, std::string_view error);
  void add_json_line(std::string_view input, const cite::Provision* p, std::string_view error);
  void add_markdown_row(std::string_view input, const cite::Provision* p, std::string_view error);
  void add_text(const cite::Provision& p);
  void add_markdown(const cite::Provision& p);
  void add_json(std::string_view input, const cite::Provision* p, std::string_view error);
  void flush_if_full();

  std::ostream& out_;
  CiteFormat format_;
  cite::Style style_;
  bool batch_;
  // The TSV tail of a row (id, citation, text) per provision: an act has a
  // few thousand provisions and batches repeat them, so rows are built once.
  struct KeyHash {
    std::size_t operator()(const cite::Provision& p) const;
  };
  struct KeyEq {
    bool operator()(const cite::Provision& a, const cite::Provision& b) const;
  };
  std::unordered_map<cite::Provision, std::string, KeyHash, KeyEq> tails_;

  std::string buf_;
  std::size_t count_ = 0;
  bool finished_ = false;
};

}  // namespace lawdiff::render
