#!/usr/bin/env bash
# man/lawdiff.1 cannot drift from the program:
# - groff formats it with every warning enabled (-ww) and prints nothing;
# - it has the sections of man-pages(7) that issue 7 asks for, and
#   ENVIRONMENT names every variable lawdiff reads;
# - every subcommand that `lawdiff --help` lists has its own subsection
#   (.SS "lawdiff SUB ...") under COMMANDS and a line in SYNOPSIS;
# - every long option that `lawdiff SUB --help` lists, and every value it
#   accepts from a fixed set, is documented in that subsection; the top
#   level's (global) options and their values in OPTIONS.
# Usage: docs_man.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_surface.sh"
page=$src/man/lawdiff.1
command -v groff >/dev/null || { echo "skip: groff not installed"; exit 77; }
[ -f "$page" ] || { echo "FAIL: $page is missing"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
fail=0
pass=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

# Formatted as man(1) does on a terminal: preconv (-k) decodes the UTF-8
# source, the utf8 device has the Chinese glyphs. (Without them, groff reads
# the page as Latin-1 and its PostScript fonts lack CJK: every Chinese
# character would be "warned" about, which says nothing about the page.)
warnings=$(groff -k -man -ww -z -Tutf8 "$page" 2>&1)
[ -z "$warnings" ] && ok || bad "groff warns: $warnings"

# The source without font escapes and with plain hyphens: what the checks read.
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\&//g' -e 's/\\c$//' "$page" >"$tmp/page"

# section NAME: the lines of .SH NAME up to the next .SH.
section() { awk -v want="$1" '/^\.SH / {s = $0; sub(/^\.SH +"?/, "", s); sub(/"$/, "", s); on = (s == want); next} on' "$tmp/page"; }
# subsection SUB: the lines of .SS "lawdiff SUB..." up to the next .SS/.SH.
subsection() { awk -v want="$1" '/^\.S[SH] / {s = $0; sub(/^\.SS +"?/, "", s); split(s, w, /[ "]/); on = ($1 == ".SS" && w[1] == "lawdiff" && w[2] == want); next} on' "$tmp/page"; }
# mentions TEXT WORD: WORD appears in TEXT as a whole word (--format, json).
mentions() { grep -qE -- "(^|[^a-zA-Z0-9_-])$2([^a-zA-Z0-9_-]|\$)" <<<"$1"; }

for s in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS REFERENCES "CITATION STYLES" "OUTPUT FORMATS" \
  "EXIT STATUS" ENVIRONMENT FILES EXAMPLES "SEE ALSO"; do
  [ -n "$(section "$s")" ] && ok || bad "no section $s"
done
for v in NO_COLOR COLUMNS PAGER LAWDIFF_PAGER LAWDIFF_PATH; do
  mentions "$(section ENVIRONMENT)" "$v" && ok || bad "ENVIRONMENT does not describe $v"
done

options=$(section OPTIONS)
synopsis=$(section SYNOPSIS)
surface_all "$bin" >"$tmp/surface"
[ -s "$tmp/surface" ] || { echo "FAIL: nothing read from $bin --help"; exit 1; }
while read -r kind sub name value; do
  case $kind in
    command)
      [ -n "$(subsection "$name")" ] && ok || bad "COMMANDS has no subsection .SS \"lawdiff $name\""
      grep -qE "^\.B $name\$" <<<"$synopsis" && ok || bad "SYNOPSIS does not show lawdiff $name"
      ;;
    option | value)
      # --help is documented once, in OPTIONS, for every subcommand.
      if [ "$sub" = - ] || [ "$name" = --help ]; then where=OPTIONS text=$options; else where="lawdiff $sub" text=$(subsection "$sub"); fi
      if [ "$kind" = option ]; then word=$name; else word=$value; fi
      mentions "$text" "$word" && ok || bad "$where does not document $name${value:+ $value}"
      ;;
  esac
done <"$tmp/surface"

echo "$pass checks passed, $fail failed"
[ "$fail" = 0 ]
