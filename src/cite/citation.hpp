#pragma once
// The citation formatter (DESIGN.md "Citations"): how a provision is cited
// in each --style. A draft is always cited as a draft.
#include <optional>
#include <string>
#include <string_view>

#include "cite/provision.hpp"

namespace lawdiff::cite {

enum class Style { full, short_, id, en };

/// "full", "short", "id", "en" → Style; nullopt for anything else.
std::optional<Style> parse_style(std::string_view name);

/// The citation of `p`:
///   full  《深圳经济特区人工智能产业促进条例》第七十二条第二款第（五）项
///   short 深圳条例第七十二条第二款第（五）项 (a draft: 广东条例（征求意见稿）第七条)
///   id    sz:72.2.5
///   en    Shenzhen SEZ Regulations on Promoting the AI Industry, art. 72(2)(5)
/// Ranges: …第二十六条至第二十八条 / arts. 26–28; chapters: …第三章 / ch. 3;
/// sub-items: …第1目 / (5)(1). An act with no English title is cited in en
/// style by its Chinese title in 《》.
std::string citation(const Provision& p, Style style);

/// citation() appended to `out`.
void append_citation(std::string& out, const Provision& p, Style style);

/// The Chinese locator alone: 第七十二条第二款第（五）项, 第三章, 第二十六条至第二十八条;
/// empty for a whole act.
std::string chinese_locator(const Provision& p);

}  // namespace lawdiff::cite
