#!/usr/bin/env bash
# The Unix conventions every subcommand keeps (issue 7, DESIGN.md):
#   --version; --help on every subcommand, with an example of that subcommand;
#   -o FILE written atomically (same bytes as stdout, nothing left behind on
#   error, an existing file not clobbered); colour only on a tty under auto,
#   never with NO_COLOR or --color=never; the pager only on a tty (LAWDIFF_PAGER,
#   then PAGER), never when piped or with --no-pager; errors as
#   `lawdiff: what: why` with exit status 2; 0/1 as diff(1) where the
#   commands that decide them exist.
# Subcommands are taken from `lawdiff --help`, so commands that land later are
# checked as soon as they are listed. The tty cases run under script(1).
# Usage: conventions.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_surface.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 COLUMNS=100
unset LAWDIFF_PATH NO_COLOR LAWDIFF_PAGER PAGER
fail=0
pass=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
has_esc() { grep -q $'\x1b' "$1"; }

mapfile -t commands < <(surface_subcommands "$bin")
[ ${#commands[@]} -gt 0 ] || { echo "FAIL: lawdiff --help lists no subcommand"; exit 1; }
listed() { printf '%s\n' "${commands[@]}" | grep -qxF "$1"; }

# A typical invocation of each subcommand, on the embedded acts.
sample() {
  case $1 in
    list) echo list ;;
    outline) echo outline sz ;;
    parse) echo parse sz ;;
    cite) echo cite sz:33.2 ;;
    refs) echo refs sz ;;
    search) echo search 数据 sz ;;
    diff) echo diff sz:26 gd:7 ;;
    align | coverage | compare) echo "$1" sz gd ;;
    *) echo "$1" --help ;;
  esac
}

# --version and --help.
out=$("$bin" --version) && [[ $out =~ ^lawdiff\ [0-9]+\.[0-9]+\.[0-9]+$ ]] && ok || bad "--version prints '$out'"
[ "$("$bin" -V)" = "$out" ] && ok || bad "-V differs from --version"
"$bin" --help >"$tmp/help" && grep -q '^Usage: lawdiff' "$tmp/help" && ok || bad "--help"
for sub in "${commands[@]}"; do
  "$bin" "$sub" --help >"$tmp/help" 2>&1 && ok || bad "lawdiff $sub --help fails"
  # "Example: lawdiff SUB …" on one line, or an "Examples:" block of indented "lawdiff SUB …" lines.
  grep -qE "^(Example: |  )lawdiff $sub( |\$)" "$tmp/help" && grep -qE "^Examples?:" "$tmp/help" && ok || bad "lawdiff $sub --help has no example of lawdiff $sub"
done

# -o FILE: the same bytes as standard output, nothing on standard output,
# no temporary left; on error the old file stays and nothing is left either.
umask 022
for sub in "${commands[@]}"; do
  read -ra args <<<"$(sample "$sub")"
  [ "${args[-1]}" = --help ] && continue
  "$bin" --no-pager "${args[@]}" >"$tmp/stdout" 2>/dev/null
  "$bin" -o "$tmp/out" "${args[@]}" >"$tmp/stdout-o" 2>/dev/null
  cmp -s "$tmp/stdout" "$tmp/out" && [ ! -s "$tmp/stdout-o" ] && ok || bad "lawdiff -o FILE ${args[*]} differs from standard output"
  rm -f "$tmp/out"
done
"$bin" outline sz -o "$tmp/after" && [ -s "$tmp/after" ] && ok || bad "-o after the subcommand"
[ "$(stat -c %a "$tmp/after")" = 644 ] && ok || bad "-o FILE has mode $(stat -c %a "$tmp/after") under umask 022"
"$bin" -o - outline sz | cmp -s - "$tmp/after" && ok || bad "-o - is standard output"
echo keep >"$tmp/keep"
"$bin" -o "$tmp/keep" outline nosuchact 2>"$tmp/err"
status=$?
[ "$status" = 2 ] && [ "$(cat "$tmp/keep")" = keep ] && ok || bad "a failing command with -o clobbered the file or exited $status"
leftover=$(find "$tmp" -name '*.tmp.*')
[ -z "$leftover" ] && ok || bad "temporary files left behind: $leftover"
"$bin" -o "$tmp/no/such/dir/out" outline sz 2>"$tmp/err"
status=$?
[ "$status" = 2 ] && grep -q "^lawdiff: $tmp/no/such/dir/out: " "$tmp/err" && ok || bad "-o into a missing directory → $status: $(cat "$tmp/err")"

# In a terminal: script(1) gives the command a pty; its output is captured.
# A pager that leaves a mark shows whether it ran.
tty_run() {  # tty_run OUTFILE ENV... -- ARGS...
  local out=$1 envs=()
  shift
  while [ "$1" != -- ]; do envs+=("$1") && shift; done
  shift
  env "${envs[@]}" script -qec "$(printf '%q ' "$bin" "$@")" /dev/null </dev/null >"$out" 2>&1
}
marker_pager() { echo "touch $tmp/pager-ran-$1; cat"; }
ran() { [ -e "$tmp/pager-ran-$1" ]; }

if command -v script >/dev/null; then
  for sub in "${commands[@]}"; do
    read -ra args <<<"$(sample "$sub")"
    tag=${sub}
    # Colour: never with NO_COLOR, never with --color=never, not when piped.
    tty_run "$tmp/o" NO_COLOR=1 LAWDIFF_PAGER=cat -- "${args[@]}"
    has_esc "$tmp/o" && bad "lawdiff ${args[*]} on a tty with NO_COLOR prints ESC" || ok
    tty_run "$tmp/o" LAWDIFF_PAGER=cat -- --color=never "${args[@]}"
    has_esc "$tmp/o" && bad "lawdiff --color=never ${args[*]} on a tty prints ESC" || ok
    "$bin" "${args[@]}" >"$tmp/o" 2>&1
    has_esc "$tmp/o" && bad "lawdiff ${args[*]} into a pipe prints ESC under --color=auto" || ok
    # Pager: on a tty (LAWDIFF_PAGER over PAGER), not with --no-pager, not into a pipe.
    if [ "${args[-1]}" != --help ]; then
      tty_run "$tmp/o" "LAWDIFF_PAGER=$(marker_pager "$tag")" "PAGER=$(marker_pager "$tag-pager")" -- "${args[@]}"
      ran "$tag" && ok || bad "lawdiff ${args[*]} on a tty does not use LAWDIFF_PAGER"
      ran "$tag-pager" && bad "lawdiff ${args[*]} ran PAGER although LAWDIFF_PAGER is set" || ok
      tty_run "$tmp/o" "LAWDIFF_PAGER=$(marker_pager "$tag-no")" -- --no-pager "${args[@]}"
      ran "$tag-no" && bad "lawdiff --no-pager ${args[*]} ran the pager" || ok
      LAWDIFF_PAGER=$(marker_pager "$tag-pipe") "$bin" "${args[@]}" 2>/dev/null | cat >/dev/null
      ran "$tag-pipe" && bad "lawdiff ${args[*]} | cat ran the pager" || ok
      tty_run "$tmp/o" "LAWDIFF_PAGER=$(marker_pager "$tag-o")" -- -o "$tmp/o-file" "${args[@]}"
      ran "$tag-o" && bad "lawdiff -o FILE ${args[*]} ran the pager" || ok
    fi
  done
  tty_run "$tmp/o" "PAGER=$(marker_pager plain)" -- outline sz
  ran plain && ok || bad "PAGER is not used when LAWDIFF_PAGER is unset"
  # Commands that colour do so on a tty under auto, and not into a pipe.
  if listed diff; then
    tty_run "$tmp/o" LAWDIFF_PAGER=cat -- diff sz:26 gd:7
    has_esc "$tmp/o" && ok || bad "lawdiff diff on a tty under --color=auto has no colour"
    "$bin" --color=always diff sz:26 gd:7 >"$tmp/o"
    has_esc "$tmp/o" && ok || bad "lawdiff --color=always diff has no colour"
  fi
else
  echo "skip: no script(1); tty behaviour not checked"
fi

# Errors: `lawdiff: what: why` on standard error, exit status 2.
expect_trouble() {
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  [ "$status" = 2 ] && head -1 "$tmp/err" | grep -q '^lawdiff: [^ ]' && [ ! -s "$tmp/out" ] && ok ||
    bad "lawdiff $* → exit $status, stderr: $(head -2 "$tmp/err")"
}
expect_trouble
expect_trouble frobnicate
expect_trouble --bogus list
expect_trouble outline
expect_trouble outline sz --bogus
expect_trouble outline nosuchact
expect_trouble outline sz --format yaml
expect_trouble --color sometimes list
expect_trouble --width 5 list
expect_trouble parse "$tmp/missing.txt"
for sub in "${commands[@]}"; do expect_trouble "$sub" --no-such-option; done

# Exit status 0 and 1, as diff(1).
for sub in "${commands[@]}"; do
  read -ra args <<<"$(sample "$sub")"
  "$bin" "${args[@]}" >/dev/null 2>"$tmp/err"
  status=$?
  [ "$status" -le 1 ] && ok || bad "lawdiff ${args[*]} → exit $status: $(head -1 "$tmp/err")"
done
if listed cite; then
  "$bin" cite sz:33 >/dev/null && ok || bad "lawdiff cite sz:33 is not exit 0"
  "$bin" cite sz:74 >/dev/null 2>"$tmp/err"
  status=$?
  [ "$status" = 1 ] && grep -q '^lawdiff: sz:74: ' "$tmp/err" && ok || bad "lawdiff cite sz:74 → exit $status: $(cat "$tmp/err")"
  printf 'sz:33\nsz:999\ngd:7\n' | "$bin" cite --batch - --format tsv >"$tmp/out" 2>/dev/null
  status=$?
  [ "$status" = 1 ] && [ "$(wc -l <"$tmp/out")" -ge 4 ] && ok || bad "cite --batch with one bad line → exit $status, $(wc -l <"$tmp/out") lines (want 1, a header and 3 rows)"
fi
if listed diff; then
  "$bin" diff sz:26 sz:26 >/dev/null && ok || bad "lawdiff diff sz:26 sz:26 is not exit 0"
  "$bin" diff sz:26 gd:7 >/dev/null
  status=$?
  [ "$status" = 1 ] && ok || bad "lawdiff diff sz:26 gd:7 → exit $status (want 1)"
fi

echo "$pass checks passed, $fail failed"
[ "$fail" = 0 ]
