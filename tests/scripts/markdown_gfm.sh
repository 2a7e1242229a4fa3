#!/usr/bin/env bash
# The Markdown of `compare` and `coverage` renders as intended in a real GFM
# renderer (cmark-gfm): every table is a table, every row has as many cells
# as its header, whatever characters the statutes contain (tests/data/
# hostile-*.txt). Usage: markdown_gfm.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
command -v cmark-gfm >/dev/null || { echo "skip: cmark-gfm not installed"; exit 77; }
command -v python3 >/dev/null || { echo "skip: python3 not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
hostile_a=$src/tests/data/hostile-a.txt hostile_b=$src/tests/data/hostile-b.txt
fail=0

check() {
  local name=$1
  shift
  "$bin" --no-pager "$@" --format markdown >"$tmp/$name.md" 2>"$tmp/$name.err"
  local status=$?
  if [ "$status" -ge 2 ]; then
    echo "FAIL: lawdiff $* → exit $status"; cat "$tmp/$name.err"; fail=1; return
  fi
  cmark-gfm -e table "$tmp/$name.md" >"$tmp/$name.html"
  if python3 "$src/tests/scripts/gfm_tables.py" "$tmp/$name.md" "$tmp/$name.html" >"$tmp/$name.log"; then
    echo "ok: lawdiff $*: $(cat "$tmp/$name.log")"
  else
    echo "FAIL: lawdiff $*"; cat "$tmp/$name.log"; fail=1
  fi
}

check compare-sz-gd compare sz gd
check coverage-sz-gd coverage sz gd
check compare-gd-sz compare gd sz
check compare-hostile compare "$hostile_a" "$hostile_b"
check compare-hostile-self compare "$hostile_a" "$hostile_a"
check coverage-hostile coverage "$hostile_b" "$hostile_a"
# A 新旧对照表 (two versions of one act): cells with <br>, <del>/<ins>, `|`.
versions=$src/tests/data/versions-renumbered
check compare-versions compare "$versions/数据服务条例(2019-03-01).txt" "$versions/数据服务条例(2023-06-01).txt"
check compare-versions-all compare "$versions/数据服务条例(2019-03-01).txt" "$versions/数据服务条例(2023-06-01).txt" --all
check compare-versions-forced compare "$hostile_a" "$hostile_b" --versions
# Every article number in the table (**第七条**, next to CJK punctuation) renders bold.
for name in compare-versions compare-versions-all compare-versions-forced; do
  if grep -qF '**第' "$tmp/$name.html" || ! grep -q '<strong>第' "$tmp/$name.html"; then
    echo "FAIL: $name: an article number is not bold in cmark-gfm's rendering"; fail=1
  fi
done
shared=$src/../shared
if [ -d "$shared/corpus-dev" ] && [ -d "$shared/corpus-sample" ]; then
  check compare-fanjiandie compare "$shared/corpus-sample/行政法/反间谍法(2014-11-01).md" "$shared/corpus-dev/行政法/反间谍法(2023-04-26).md"
fi
exit $fail
