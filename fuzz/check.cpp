// The fuzz targets' promise checks and their in-process CLI runner.
#include "check.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/run.hpp"
#include "text/truncate.hpp"
#include "text/utf8.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::fuzz {

void fail(std::string_view why, std::string_view detail) {
  std::fprintf(stderr, "fuzz: broken promise: %.*s\n", static_cast<int>(why.size()), why.data());
  if (!detail.empty()) {
    const std::string_view head = detail.substr(0, 400);
    std::fprintf(stderr, "fuzz: near: %.*s\n", static_cast<int>(head.size()), head.data());
  }
  __builtin_trap();
}

void check_utf8(std::string_view s, std::string_view what) {
  const std::size_t bad = text::first_invalid_utf8(s);
  if (bad != std::string_view::npos) fail(std::string(what) + ": invalid UTF-8", s.substr(bad < 40 ? 0 : bad - 40, 80));
}

namespace {

// A recursive-descent JSON recogniser (RFC 8259 grammar; no numbers' range).
class JsonCheck {
 public:
  explicit JsonCheck(std::string_view s) : s_(s) {}

  bool document() {
    space();
    if (!value(0)) return false;
    space();
    return i_ == s_.size();
  }
  std::size_t at() const { return i_; }

 private:
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
  }
  bool eat(char c) {
    if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
    return false;
  }
  bool word(std::string_view w) {
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  bool digits() {
    const std::size_t from = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > from;
  }
  bool number() {
    eat('-');
    if (!eat('0') && !digits()) return false;
    if (eat('.') && !digits()) return false;
    if (eat('e') || eat('E')) {
      if (!eat('+')) eat('-');
      if (!digits()) return false;
    }
    return true;
  }
  bool string() {
    if (!eat('"')) return false;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c != '\\') continue;
      if (i_ >= s_.size()) return false;
      const char e = s_[i_++];
      if (e == 'u') {
        for (int k = 0; k < 4; ++k, ++i_) {
          if (i_ >= s_.size() || !std::isxdigit(static_cast<unsigned char>(s_[i_]))) return false;
        }
      } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
        return false;
      }
    }
    return false;
  }
  template <typename Item>
  bool sequence(char close, Item item) {
    space();
    if (eat(close)) return true;
    do {
      space();
      if (!item()) return false;
      space();
    } while (eat(','));
    return eat(close);
  }
  bool value(int depth) {
    if (depth > 256 || i_ >= s_.size()) return false;
    switch (s_[i_]) {
      case '{':
        ++i_;
        return sequence('}', [&] {
          if (!string()) return false;
          space();
          if (!eat(':')) return false;
          space();
          return value(depth + 1);
        });
      case '[':
        ++i_;
        return sequence(']', [&] { return value(depth + 1); });
      case '"':
        return string();
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        return word("null");
      default:
        return number();
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    const std::size_t nl = s.find('\n');
    out.push_back(s.substr(0, nl));
    s = nl == std::string_view::npos ? std::string_view() : s.substr(nl + 1);
  }
  return out;
}

std::size_t cell_count(std::string_view row) {
  std::size_t pipes = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\') {
      ++i;
    } else if (row[i] == '|') {
      ++pipes;
    }
  }
  return pipes == 0 ? 0 : pipes - 1;
}

}  // namespace

void check_json(std::string_view s, std::string_view what) {
  JsonCheck json(s);
  if (!json.document()) fail(std::string(what) + ": not one JSON value", s.substr(json.at() < 80 ? 0 : json.at() - 80, 160));
}

void check_no_controls(std::string_view s, std::string_view what) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const char32_t cp = text::next_code_point(s, i);
    const bool c0 = cp < 0x20 && cp != '\n' && cp != '\t';
    if (c0 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
      fail(std::string(what) + ": control character U+" + std::to_string(static_cast<unsigned>(cp)) + " (decimal) in text output",
           s.substr(at < 40 ? 0 : at - 40, 80));
    }
  }
}

void check_gfm_tables(std::string_view s, std::string_view what) {
  std::size_t header = 0;
  bool in_table = false;
  for (std::string_view line : lines_of(s)) {
    if (!line.starts_with('|')) {
      in_table = false;
      continue;
    }
    const std::size_t cells = cell_count(line);
    if (!in_table) {
      header = cells;
      in_table = true;
    } else if (cells != header) {
      fail(std::string(what) + ": GFM row with " + std::to_string(cells) + " cells under a header of " + std::to_string(header), line);
    }
  }
}

void check_cut(std::string_view shortened, std::string_view original, std::string_view what) {
  check_utf8(shortened, what);
  if (!shortened.ends_with("…")) return;
  const std::string_view kept = shortened.substr(0, shortened.size() - std::string_view("…").size());
  require(original.starts_with(kept), std::string(what) + ": shortened text is no prefix of the original", shortened);
  require(text::grapheme_prefix(original, text::code_point_count(kept) + 1) >= kept.size(),
          std::string(what) + ": cut inside a grapheme cluster", shortened);
}

void check_output(std::string_view out, std::string_view format, std::string_view what) {
  check_utf8(out, what);
  if (out.empty()) return;  // a failed command (exit 2) prints nothing
  if (format == "json") {
    check_json(out, what);
  } else if (format == "markdown") {
    check_gfm_tables(out, what);
  } else if (format == "text" || format == "tsv" || format == "ids") {
    check_no_controls(out, what);
  }
}

std::pair<std::string_view, std::string_view> split_input(std::string_view data) {
  std::size_t cut = data.find('\0');
  if (cut == std::string_view::npos) return {data.substr(0, data.size() / 2), data.substr(data.size() / 2)};
  return {data.substr(0, cut), data.substr(cut + 1)};
}

int run_cli(const std::vector<std::string>& args, std::string& out, std::string& err) {
  std::vector<std::string> words{"lawdiff"};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::ostringstream captured_out, captured_err;
  std::streambuf* const old_out = std::cout.rdbuf(captured_out.rdbuf());
  std::streambuf* const old_err = std::cerr.rdbuf(captured_err.rdbuf());
  const int status = cli::run(static_cast<int>(words.size()), argv.data());
  std::cout.flush();
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  out = captured_out.str();
  err = captured_err.str();
  return status;
}

void run_cli_checked(const std::vector<std::string>& args, std::string_view format, const std::string& what) {
  std::string out, err;
  const int status = run_cli(args, out, err);
  require(status >= 0 && status <= 2, what + ": exit status out of 0..2");
  require(status == 2 || format != "json" || !out.empty(), what + ": no JSON though it succeeded");
  check_output(out, format, what + " stdout");
  check_utf8(err, what + " stderr");
  check_no_controls(err, what + " stderr");
}

const std::string& scratch_dir() {
  // Never destroyed: the atexit handler removing it runs after statics die.
  static const std::string* const dir = [] {
    auto* d = new std::string(
        (std::filesystem::temp_directory_path() / ("lawdiff-fuzz-" + std::to_string(getpid()))).string());
    std::filesystem::create_directories(*d);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratch_dir(), ec);
    });
    return d;
  }();
  return *dir;
}

std::string write_scratch(const std::string& name, std::string_view bytes) {
  const std::string path = scratch_dir() + "/" + name;
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

}  // namespace lawdiff::fuzz
