#!/usr/bin/env bash
# No line of `lawdiff diff` output is wider than --width, for widths 40 to
# 200, side by side and inline, with and without colour. Widths are measured
# independently of lawdiff: ANSI escapes stripped, East Asian Wide and
# Fullwidth characters (Python's unicodedata) counted as two columns.
# Usage: diff_width.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
unset NO_COLOR

widths=$(seq 40 7 200; echo 200)
n=0
for width in $widths; do
  for color in always never; do
    for layout in side inline; do
      for refs in "sz:26 gd:7" "sz:72 gd:33" "sz gd"; do
        n=$((n + 1))
        # shellcheck disable=SC2086
        "$bin" --color "$color" --width "$width" diff $refs --layout "$layout" >"$tmp/$n.out" 2>"$tmp/$n.err"
        status=$?
        if [ "$status" != 1 ]; then echo "FAIL: diff $refs --width $width: exit $status"; cat "$tmp/$n.err"; exit 1; fi
        echo "$n $width $color $layout $refs" >>"$tmp/index"
      done
    done
  done
done

python3 - "$tmp" <<'PY'
import re, sys, unicodedata
tmp = sys.argv[1]
ansi = re.compile(r'\x1b\[[0-9;]*m')
def width(line):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else (0 if unicodedata.combining(c) else 1)
               for c in ansi.sub('', line))
bad = 0
runs = 0
for entry in open(f'{tmp}/index', encoding='utf-8'):
    n, w, color, layout, *refs = entry.split()
    runs += 1
    text = open(f'{tmp}/{n}.out', encoding='utf-8').read()
    if '\x1b' in ansi.sub('', text):
        print(f'FAIL: stray escape in diff {" ".join(refs)} --width {w} --color {color} --layout {layout}')
        bad += 1
    if color == 'never' and '\x1b' in text:
        print(f'FAIL: colour under --color never: diff {" ".join(refs)} --width {w}')
        bad += 1
    for i, line in enumerate(text.split('\n'), 1):
        if width(line) > int(w):
            print(f'FAIL: diff {" ".join(refs)} --width {w} --color {color} --layout {layout}: line {i} is {width(line)} wide')
            bad += 1
            break
print(f'{runs - bad} passed, {bad} failed')
sys.exit(1 if bad else 0)
PY
