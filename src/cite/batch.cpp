#include "cite/batch.hpp"

#include "text/line_reader.hpp"
#include "text/truncate.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::cite {

std::size_t resolve_lines(Resolver& resolver, std::istream& in, const BatchSink& sink) {
  text::LineReader reader(in);
  std::string_view line;
  std::string why;
  std::string repaired;
  Provision p;
  std::size_t failed = 0;
  while (reader.next(line)) {
    if (reader.truncated()) {
      ++failed;
      sink(text::shorten(text::repair_utf8(line.substr(0, 1024)), 64), nullptr, "line longer than 64 KiB");
    } else if (text::first_invalid_utf8(line) != std::string_view::npos) {
      ++failed;
      repaired = text::repair_utf8(line);
      sink(repaired, nullptr, "not valid UTF-8");
    } else if (resolver.resolve(line, p, why)) {
      sink(line, &p, {});
    } else {
      ++failed;
      sink(line, nullptr, why);
    }
  }
  return failed;
}

}  // namespace lawdiff::cite
