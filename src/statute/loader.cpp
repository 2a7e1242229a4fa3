#include "statute/loader.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/error.hpp"
#include "statute/parser.hpp"
#include "text/decode.hpp"
#include "text/normalize.hpp"

namespace lawdiff::statute {

namespace fs = std::filesystem;

Document parse_bytes(std::string_view bytes, std::string name, std::string_view encoding) {
  if (bytes.empty()) throw Error(name, "empty file");
  text::Decoded decoded;
  try {
    decoded = text::decode(bytes, encoding);
  } catch (const text::DecodeError& e) {
    throw Error(name, e.what());
  }
  Document doc = parse(text::normalize_newlines(decoded.utf8), std::move(name));
  doc.encoding = decoded.encoding;
  return doc;
}

Document load_file(const std::string& path, std::string_view encoding) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) throw Error(path, "no such file");
  if (fs::is_directory(st)) throw Error(path, "is a directory (use --corpus DIR to add a folder of acts)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, fmt::format("cannot open: {}", std::strerror(errno)));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(path, "read error");
  return parse_bytes(bytes, path, encoding);
}

void require_articles(const Document& doc) {
  if (!doc.articles.empty()) return;
  throw Error(doc.source_name, "no articles found (no line starts with 第…条); is this a statute?");
}

}  // namespace lawdiff::statute
