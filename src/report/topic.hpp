#pragma once
// Short topic labels for articles: what a coverage table shows beside an id.
#include <string>
#include <vector>

#include "statute/library.hpp"

namespace lawdiff::report {

/// One label per article of `act`, in article order. A titled article
/// (【title】) is labelled by its title; an untitled one by its subject as
/// its first informative clause states it (立法目的, 人工智能的定义,
/// 统计分类标准; see topic.cpp), at most 26 display columns, cut only at a
/// word boundary. Deterministic: the same act always gives the same labels.
std::vector<std::string> article_topics(const statute::Act& act);

}  // namespace lawdiff::report
