#pragma once
// Short topic labels for articles: what a coverage table shows beside an id.
#include <string>
#include <vector>

#include "statute/library.hpp"

namespace lawdiff::report {

/// One label per article of `act`, in article order. A titled article
/// (【title】) is labelled by its title; an untitled one by its most
/// distinctive words (see topic.cpp). Deterministic: the same act always
/// gives the same labels.
std::vector<std::string> article_topics(const statute::Act& act);

}  // namespace lawdiff::report
