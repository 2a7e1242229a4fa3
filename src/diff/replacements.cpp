// Short substitutions of an edit script (see replacements.hpp). The runs
// come from diff_text's clean-up, so a replacement is already cut at word
// boundaries on both sides.
#include "diff/replacements.hpp"

#include <string>
#include <string_view>

#include "text/utf8.hpp"

namespace lawdiff::diff {

namespace {

bool is_ideograph(char32_t cp) { return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF); }

// Digits of a Chinese numeral (第十二条, 二万元): such a change is a
// renumbering or an amount, not a choice of words.
bool is_numeral(char32_t cp) { return std::u32string_view(U"〇零一二三四五六七八九十百千万亿两").find(cp) != std::u32string_view::npos; }

// True when `s` is 2..max_chars ideographs; `letters` gets its non-numeral
// characters, so two runs that differ only in numerals can be told apart.
bool is_short_phrase(std::string_view s, std::size_t max_chars, std::u32string& letters) {
  std::size_t n = 0;
  letters.clear();
  for (std::size_t i = 0; i < s.size();) {
    const char32_t cp = text::next_code_point(s, i);
    if (!is_ideograph(cp) || ++n > max_chars) return false;
    if (!is_numeral(cp)) letters.push_back(cp);
  }
  return n >= 2;
}

}  // namespace

std::vector<Replacement> replacements(const std::vector<Edit>& edits, std::size_t max_chars) {
  std::vector<Replacement> out;
  std::u32string from, to;
  for (std::size_t k = 0; k + 1 < edits.size(); ++k) {
    if (edits[k].op != Op::del || edits[k + 1].op != Op::ins) continue;
    if (!is_short_phrase(edits[k].text, max_chars, from) || !is_short_phrase(edits[k + 1].text, max_chars, to)) continue;
    if (from != to) out.push_back({edits[k].text, edits[k + 1].text});
  }
  return out;
}

}  // namespace lawdiff::diff
