#!/usr/bin/env bash
# Runs one golden CLI case: tests/cli/cases/<name>/
#   args       the command line after `lawdiff`, one argument per line
#   stdin      optional standard input
#   stdout     expected standard output (exact bytes)
#   stderr     optional expected standard error (exact bytes)
#   exit_code  expected exit status
#   env        optional NAME=VALUE lines exported for the run
# The case runs in its own directory with a pinned environment.
# UPDATE=1 rewrites stdout/stderr/exit_code from the actual run.
set -u
bin=$1
case_dir=$2
export LC_ALL=C.UTF-8 NO_COLOR=1 COLUMNS=100 TZ=UTC
unset LAWDIFF_PATH LAWDIFF_PAGER PAGER LAWDIFF_INDEX
# No index but the one a case names: never the user's.
export XDG_DATA_HOME="$case_dir/.no-index"
# An optional `env` file holds NAME=VALUE lines for this case.
if [ -f "$case_dir/env" ]; then
  while IFS= read -r assignment; do export "${assignment?}"; done < "$case_dir/env"
fi
mapfile -t args < "$case_dir/args"
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"
(cd "$case_dir" && "$bin" "${args[@]}" <"$stdin" >"$out" 2>"$err")
status=$?
if [ "${UPDATE:-0}" = 1 ]; then
  cp "$out" "$case_dir/stdout"
  echo "$status" > "$case_dir/exit_code"
  [ -f "$case_dir/stderr" ] && cp "$err" "$case_dir/stderr"
  exit 0
fi
fail=0
if ! diff -u "$case_dir/stdout" "$out"; then echo "stdout differs"; fail=1; fi
if [ -f "$case_dir/stderr" ] && ! diff -u "$case_dir/stderr" "$err"; then echo "stderr differs"; fail=1; fi
expected=$(cat "$case_dir/exit_code")
if [ "$status" != "$expected" ]; then echo "exit status $status, expected $expected"; cat "$err"; fail=1; fi
exit $fail
