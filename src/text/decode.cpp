// Charset detection and decoding. Order of evidence: a BOM; then a NUL byte
// means binary; then valid UTF-8 (checked by hand, byte offsets exact, fast);
// then strict GB18030 if the result reads as Chinese. Conversions use ICU
// converters with STOP callbacks, so nothing is ever silently replaced.
#include "text/decode.hpp"

#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <cstring>
#include <memory>

#include "text/utf8.hpp"
#include "text/utf8_validate.hpp"

namespace lawdiff::text {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

struct Bom {
  std::string_view bytes;
  const char* encoding;
};

// BOMs of the multi-byte encodings (the UTF-8 BOM is handled with UTF-8).
// UTF-32LE must be tried before UTF-16LE: its BOM starts with FF FE.
constexpr Bom kBoms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {"\xFF\xFE", "UTF-16LE"},
    {"\xFE\xFF", "UTF-16BE"},
};

Converter open_converter(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter cnv(ucnv_open(std::string(name).c_str(), &status));
  if (U_FAILURE(status) || !cnv) throw DecodeError("unknown encoding " + std::string(name), std::string::npos);
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  return cnv;
}

void append_utf16(std::string& out, const UChar* p, int32_t n) {
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(p, i, n, c);
    append_utf8(out, static_cast<char32_t>(c));
  }
}

// Converts `bytes` strictly; throws DecodeError at the first byte that is not
// valid in `name`, with its offset plus `base` (the length of a stripped BOM).
std::string convert(std::string_view bytes, std::string_view name, std::size_t base) {
  Converter cnv = open_converter(name);
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  UChar buf[4096];
  std::size_t carry = 0;  // a lead surrogate whose trail is in the next chunk
  const char* src = bytes.data();
  const char* const end = src + bytes.size();
  for (;;) {
    UErrorCode status = U_ZERO_ERROR;
    UChar* dst = buf + carry;
    ucnv_toUnicode(cnv.get(), &dst, buf + 4096, &src, end, nullptr, true, &status);
    auto n = static_cast<int32_t>(dst - buf);
    carry = status == U_BUFFER_OVERFLOW_ERROR && n > 0 && U16_IS_LEAD(buf[n - 1]) ? 1 : 0;
    append_utf16(out, buf, n - static_cast<int32_t>(carry));
    if (carry) buf[0] = buf[n - 1];
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_SUCCESS(status)) return out;
    // The source pointer stops after the offending bytes; step back over them.
    char bad[32];
    int8_t bad_len = sizeof bad;  // in: capacity; out: length
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &ignored);
    const std::size_t at = base + static_cast<std::size_t>(src - bytes.data()) - static_cast<std::size_t>(bad_len);
    throw DecodeError("invalid " + std::string(name) + " at byte offset " + std::to_string(at), at);
  }
}

void reject_nul(std::string_view bytes, std::size_t base) {
  if (const void* p = std::memchr(bytes.data(), 0, bytes.size())) {
    const std::size_t at = base + static_cast<std::size_t>(static_cast<const char*>(p) - bytes.data());
    throw DecodeError("binary file (NUL byte at offset " + std::to_string(at) + ")", at);
  }
}

bool has_ideograph(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    if (u_hasBinaryProperty(static_cast<UChar32>(next_code_point(utf8, i)), UCHAR_IDEOGRAPHIC)) return true;
  }
  return false;
}

// Invalid UTF-8 is read as GB18030 only when UTF-8 explains it worse: real
// GB18030 text fails UTF-8 at nearly every character, while a UTF-8 file with
// a corrupt or truncated byte has many more good multi-byte sequences than
// bad bytes (a BOM, handled by the caller, rules GB18030 out entirely).
bool looks_like_gb18030(std::string_view bytes) {
  const Utf8Tally t = tally_utf8(bytes);
  return t.invalid >= t.multibyte;
}

std::string_view strip_bom(std::string_view s) { return s.starts_with("\xEF\xBB\xBF") ? s.substr(3) : s; }

Decoded decode_forced(std::string_view bytes, std::string_view name) {
  Converter probe = open_converter(name);  // unknown names fail before anything else
  if (ucnv_getMinCharSize(probe.get()) == 1) reject_nul(bytes, 0);
  std::string utf8 = convert(bytes, name, 0);
  return {std::string(strip_bom(utf8)), std::string(name)};
}

}  // namespace

Decoded decode(std::string_view bytes, std::string_view forced_encoding) {
  if (!forced_encoding.empty()) return decode_forced(bytes, forced_encoding);
  for (const Bom& bom : kBoms) {
    if (bytes.starts_with(bom.bytes)) {
      return {convert(bytes.substr(bom.bytes.size()), bom.encoding, bom.bytes.size()), bom.encoding};
    }
  }
  const std::size_t base = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const std::string_view body = bytes.substr(base);
  reject_nul(body, base);
  const std::size_t bad = first_invalid_utf8(body);
  if (bad == std::string_view::npos) return {std::string(body), "UTF-8"};
  if (base == 0 && looks_like_gb18030(body)) {
    try {
      std::string gb = convert(body, "GB18030", 0);
      if (has_ideograph(gb)) return {std::move(gb), "GB18030"};
    } catch (const DecodeError&) {
      // not GB18030 either: report the UTF-8 error, the likelier intent
    }
  }
  throw DecodeError("invalid UTF-8 at byte offset " + std::to_string(base + bad), base + bad);
}

}  // namespace lawdiff::text
