#pragma once
// The promises the fuzz targets assert about lawdiff's output, beyond "no
// crash". Each check aborts (__builtin_trap) with a one-line reason on
// stderr when the promise is broken, so libFuzzer keeps the input.
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::fuzz {

/// Traps with `why` printed.
[[noreturn]] void fail(std::string_view why, std::string_view detail = {});

/// Traps unless `ok`.
inline void require(bool ok, std::string_view why, std::string_view detail = {}) {
  if (!ok) fail(why, detail);
}

/// `s` is well-formed UTF-8.
void check_utf8(std::string_view s, std::string_view what);

/// `s` is one JSON value (RFC 8259, nesting at most 256 deep) and nothing
/// else but white space.
void check_json(std::string_view s, std::string_view what);

/// No C0 control but '\n' and '\t', no DEL and no C1 control (U+0080 to
/// U+009F) in `s`: text output never lets input drive the terminal.
void check_no_controls(std::string_view s, std::string_view what);

/// Every block of consecutive lines starting with '|' is a GFM table whose
/// rows each have as many cells (split on unescaped '|') as its header.
void check_gfm_tables(std::string_view s, std::string_view what);

/// A shortened quotation ("…" at its end) of `original` cuts it at a
/// grapheme-cluster boundary: the text before "…" is a prefix of `original`
/// ending where text::grapheme_prefix() can end.
void check_cut(std::string_view shortened, std::string_view original, std::string_view what);

/// The output of a command with `format` ("text", "json", "markdown",
/// "tsv", "html", "ids"): UTF-8, and the format's own promise when it is
/// not empty (a command that fails prints nothing on stdout).
void check_output(std::string_view out, std::string_view format, std::string_view what);

/// The fuzz input split at its first NUL byte (or in half when none): two
/// texts for the targets comparing two inputs.
std::pair<std::string_view, std::string_view> split_input(std::string_view data);

/// Runs `lawdiff ARGS…` in process (cli::run) with stdout and stderr
/// captured; returns the exit status.
int run_cli(const std::vector<std::string>& args, std::string& out, std::string& err);

/// Runs `lawdiff ARGS…` (run_cli) and checks what every command promises:
/// exit status 0–2, some output when a JSON command succeeds, stdout
/// well-formed for `format` (check_output), stderr UTF-8 without control
/// characters. `what` names the command in a broken promise.
void run_cli_checked(const std::vector<std::string>& args, std::string_view format, const std::string& what);

/// A scratch directory of this process, created on first use.
const std::string& scratch_dir();

/// Writes `bytes` to `name` in scratch_dir(); returns its path.
std::string write_scratch(const std::string& name, std::string_view bytes);

}  // namespace lawdiff::fuzz
