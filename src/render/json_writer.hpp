#pragma once
// A small streaming JSON writer. lawdiff only writes JSON, never reads it,
// and none of the project's libraries writes JSON, so this is hand-written:
// correct string escaping, commas and nesting, nothing more.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lawdiff::render {

class JsonWriter {
 public:
  /// `pretty`: two-space indentation and one member per line; otherwise the
  /// whole value on one line (JSON Lines).
  explicit JsonWriter(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// The key of the next member; a value or begin_* must follow.
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(std::size_t n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();
  /// `s` as a string, or null when empty.
  JsonWriter& string_or_null(std::string_view s);

  /// key(k).value(v) in one call.
  template <typename T>
  JsonWriter& member(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

 private:
  void before_value();
  void newline();

  std::ostream& out_;
  bool pretty_;
  std::vector<bool> first_;  // per open container: nothing written yet
  bool after_key_ = false;
};

/// `s` as a JSON string literal, quotes included.
std::string json_quote(std::string_view s);

}  // namespace lawdiff::render
