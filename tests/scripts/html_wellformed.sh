#!/usr/bin/env bash
# The HTML of `compare` and `coverage` is well-formed (parsed as XML by
# xmllint when installed and by python3's xml.etree) and self-contained (no
# external URLs, no scripts; every #anchor exists), whatever the statutes
# contain (tests/data/hostile-*.txt). Usage: html_wellformed.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
command -v python3 >/dev/null || { echo "skip: python3 not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
hostile_a=$src/tests/data/hostile-a.txt hostile_b=$src/tests/data/hostile-b.txt
fail=0

check() {
  local name=$1
  shift
  "$bin" --no-pager "$@" >"$tmp/$name.html" 2>"$tmp/$name.err"
  local status=$?
  if [ "$status" -ge 2 ]; then
    echo "FAIL: lawdiff $* → exit $status"; cat "$tmp/$name.err"; fail=1; return
  fi
  if command -v xmllint >/dev/null && ! xmllint --noout "$tmp/$name.html"; then
    echo "FAIL: lawdiff $*: xmllint"; fail=1
  fi
  python3 "$src/tests/scripts/html_check.py" "$tmp/$name.html" || fail=1
}

check compare-sz-gd compare sz gd --format html
check coverage-sz-gd coverage sz gd --format html
check compare-hostile compare "$hostile_a" "$hostile_b" --format html
check coverage-hostile coverage "$hostile_a" "$hostile_b" --format html
versions=$src/tests/data/versions-renumbered
check compare-versions compare "$versions/数据服务条例(2019-03-01).txt" "$versions/数据服务条例(2023-06-01).txt" --format html
check compare-versions-hostile compare "$hostile_a" "$hostile_b" --versions --all --format html
# -o FILE.html chooses HTML without --format.
"$bin" --no-pager -o "$tmp/by-extension.html" compare sz gd
python3 "$src/tests/scripts/html_check.py" "$tmp/by-extension.html" || fail=1
exit $fail
