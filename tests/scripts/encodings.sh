#!/usr/bin/env bash
# One small act in UTF-8, UTF-8 with BOM, UTF-16LE/BE with BOM, GB18030 and
# CRLF: every copy parses to the same JSON structure (STYLE: encoding
# variants share one golden). Usage: encodings.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
base="$src/tests/data/corpus/small-act.txt"
cp "$base" "$tmp/utf8.txt"
{ printf '\xef\xbb\xbf'; cat "$base"; } > "$tmp/utf8-bom.txt"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$base"; } > "$tmp/utf16le.txt"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$base"; } > "$tmp/utf16be.txt"
iconv -f UTF-8 -t GB18030 "$base" > "$tmp/gb18030.txt"
sed 's/$/\r/' "$base" > "$tmp/crlf.txt"
iconv -f UTF-8 -t GBK "$base" > "$tmp/gbk-forced.txt"

# The structure only: articles, paragraphs and items, not spans or encodings.
structure() { "$bin" parse "$1" "${@:2}" | grep -vE '"(id|source|encoding|begin|end)"|^ +[0-9]+,?$|"span"' ; }
structure "$tmp/utf8.txt" > "$tmp/expected" || { echo "FAIL: utf8 parse"; exit 1; }
fail=0
for f in utf8-bom utf16le utf16be gb18030 crlf; do
  if structure "$tmp/$f.txt" --format json | diff -q - <(structure "$tmp/utf8.txt" --format json) >/dev/null; then
    echo "ok: $f"
  else
    echo "FAIL: $f differs"; structure "$tmp/$f.txt" --format json | diff - <(structure "$tmp/utf8.txt" --format json) | head; fail=1
  fi
done
if structure "$tmp/gbk-forced.txt" --format json --encoding GBK | diff -q - <(structure "$tmp/utf8.txt" --format json) >/dev/null; then
  echo "ok: --encoding GBK"
else
  echo "FAIL: --encoding GBK"; fail=1
fi
"$bin" parse "$tmp/gb18030.txt" --format json | grep -q '"encoding": "GB18030"' || { echo "FAIL: GB18030 not reported"; fail=1; }
exit $fail
