#include "report/html_page.hpp"

#include "render/table.hpp"

namespace lawdiff::report {
namespace {

// Tables wrap long statute text; diffs sit side by side in two equal
// columns; coverage rows are tinted by status (the same colours as the
// heatmap's legend would be ambiguous, so status uses green/amber/grey).
constexpr std::string_view kCss = R"(
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 2em auto; max-width: 80em; padding: 0 1em; line-height: 1.6; color: #1a1a1a; }
h1 { font-size: 1.5em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; } h3 { margin-top: 1.5em; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
table.acts td:first-child, table.figures td:first-child { font-weight: bold; }
table.coverage tr.covered td:last-child { background: #dff0d8; }
table.coverage tr.partial td:last-child { background: #fcf3cf; }
table.coverage tr.none td:last-child { background: #eee; color: #666; }
table.diff { width: 100%; table-layout: fixed; }
table.diff td { white-space: pre-wrap; word-break: break-all; }
table.diff td.id { width: 6em; color: #666; font-size: 0.85em; }
del { background: #fbd5d5; color: #8a1f1f; text-decoration: line-through; }
ins { background: #d4f4dd; color: #1d6b34; text-decoration: none; }
.score { color: #666; font-weight: normal; font-size: 0.85em; }
.provision p { margin: 0.3em 0; }
.heatmap { overflow-x: auto; }
a { color: #1f5fa8; }
)";

}  // namespace

void write_page_start(std::ostream& out, std::string_view title) {
  out << "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
      << render::html_escape(title) << "</title>\n<style>" << kCss << "</style>\n</head>\n<body>\n";
}

void write_page_end(std::ostream& out) { out << "</body>\n</html>\n"; }

}  // namespace lawdiff::report
