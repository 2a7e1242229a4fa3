#!/usr/bin/env bash
# A 新旧对照表 reaches Word as a table: `lawdiff compare OLD NEW -o t.html &&
# pandoc t.html -o t.docx` (as the README says) gives a .docx with as many
# Word tables and rows as the page has, the columns 修订前 | 修订后, deletions
# struck through and insertions in bold. Skipped without pandoc or unzip.
# Usage: versions_word.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
command -v pandoc >/dev/null || { echo "skip: pandoc not installed"; exit 77; }
command -v unzip >/dev/null || { echo "skip: unzip not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset LAWDIFF_PATH
fail=0

# check NAME OLD NEW [ARGS...]: the page's tables and rows survive in Word.
check() {
  local name=$1
  shift
  "$bin" --no-pager compare "$@" -o "$tmp/$name.html" 2>"$tmp/$name.err"
  if [ $? -ge 2 ]; then echo "FAIL: lawdiff compare $*"; cat "$tmp/$name.err"; fail=1; return; fi
  if ! pandoc "$tmp/$name.html" -o "$tmp/$name.docx" 2>"$tmp/$name.pandoc"; then
    echo "FAIL: pandoc $name.html"; cat "$tmp/$name.pandoc"; fail=1; return
  fi
  unzip -p "$tmp/$name.docx" word/document.xml >"$tmp/$name.xml"
  local tables rows word_tables word_rows
  tables=$(grep -o '<table' "$tmp/$name.html" | wc -l)
  rows=$(grep -o '<tr>' "$tmp/$name.html" | wc -l)
  word_tables=$(grep -o '<w:tbl>' "$tmp/$name.xml" | wc -l)
  word_rows=$(grep -oE '<w:tr[ >]' "$tmp/$name.xml" | wc -l)
  if [ "$tables" -lt 3 ] || [ "$word_tables" != "$tables" ] || [ "$word_rows" != "$rows" ]; then
    echo "FAIL: $name: the page has $tables tables, $rows rows; Word $word_tables tables, $word_rows rows"; fail=1; return
  fi
  local mark
  for mark in '修订前' '修订后' '<w:strike ?/>' '<w:b ?/>'; do
    grep -qE -- "$mark" "$tmp/$name.xml" || { echo "FAIL: $name: no $mark in word/document.xml"; fail=1; return; }
  done
  echo "ok: $name: $word_tables Word tables, $word_rows rows"
}

versions=$src/tests/data/versions-renumbered
check small "$versions/数据服务条例(2019-03-01).txt" "$versions/数据服务条例(2023-06-01).txt"
check small-all "$versions/数据服务条例(2019-03-01).txt" "$versions/数据服务条例(2023-06-01).txt" --all
check hostile "$src/tests/data/hostile-a.txt" "$src/tests/data/hostile-b.txt" --versions
shared=$src/../shared
old="$shared/corpus-sample/行政法/反间谍法(2014-11-01).md" new="$shared/corpus-dev/行政法/反间谍法(2023-04-26).md"
if [ -f "$old" ] && [ -f "$new" ]; then check fanjiandie "$old" "$new"; fi
exit $fail
