#include "cli/output.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "base/error.hpp"
#include "text/sanitize.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::cli {
namespace {

/// A streambuf over a C FILE*, so a pager pipe (popen) and a mkstemp file
/// can be written through std::ostream. fwrite does the buffering.
class FileBuf : public std::streambuf {
 public:
  explicit FileBuf(std::FILE* f) : f_(f) {}

 protected:
  int_type overflow(int_type c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    return std::fputc(c, f_) == EOF ? traits_type::eof() : c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<std::size_t>(n), f_));
  }
  int sync() override { return std::fflush(f_) == 0 ? 0 : -1; }

 private:
  std::FILE* f_;
};

std::string pager_command() {
  for (const char* var : {"LAWDIFF_PAGER", "PAGER"}) {
    const char* value = std::getenv(var);
    if (value != nullptr && *value != '\0') return value;
  }
  return "less -FRX";
}

}  // namespace

std::string for_stderr(std::string_view s) { return text::neutralize_controls(text::scrub_utf8(s)); }

bool stdout_is_tty() { return isatty(STDOUT_FILENO) == 1; }

int resolve_width(const GlobalOptions& options) {
  if (options.width > 0) return options.width;
  winsize ws{};
  if (stdout_is_tty() && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS")) {
    int n = std::atoi(columns);
    if (n > 0) return n;
  }
  return 100;
}

bool resolve_color(const GlobalOptions& options) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  if (no_color != nullptr && *no_color != '\0') return false;
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return stdout_is_tty();
}

OutputSink::OutputSink(const GlobalOptions& options, bool pageable) {
  if (!options.output_file.empty() && options.output_file != "-") {
    target_ = options.output_file;
    std::string pattern = target_ + ".tmp.XXXXXX";
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw Error(target_, fmt::format("cannot write: {}", std::strerror(errno)));
    temp_ = pattern;
    // mkstemp makes the file 0600; give it the mode a plain open would.
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    file_ = fdopen(fd, "w");
  } else if (pageable && !options.no_pager && stdout_is_tty()) {
    std::cout.flush();
    file_ = popen(pager_command().c_str(), "w");
    pager_ = file_ != nullptr;
  }
  if (file_ == nullptr) {
    stream_ = &std::cout;
    return;
  }
  buf_ = std::make_unique<FileBuf>(file_);
  owned_ = std::make_unique<std::ostream>(buf_.get());
  stream_ = owned_.get();
}

void OutputSink::commit() {
  stream_->flush();
  if (file_ == nullptr) return;
  if (pager_) {
    pclose(file_);
    file_ = nullptr;
    return;
  }
  bool ok = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
  ok = std::fclose(file_) == 0 && ok;
  file_ = nullptr;
  if (!ok || std::rename(temp_.c_str(), target_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(temp_.c_str());
    throw Error(target_, fmt::format("cannot write: {}", why));
  }
  temp_.clear();
}

OutputSink::~OutputSink() {
  if (file_ != nullptr) {
    if (pager_) {
      pclose(file_);
    } else {
      std::fclose(file_);
    }
  }
  if (!temp_.empty()) std::remove(temp_.c_str());
}

}  // namespace lawdiff::cli
