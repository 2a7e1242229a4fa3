#!/usr/bin/env bash
# Runs one golden CLI case: tests/cli/cases/<name>/
#   args       the command line after `lawdiff`, one argument per line
#   stdin      optional standard input
#   stdout     expected standard output (exact bytes)
#   stderr     optional expected standard error (exact bytes)
#   exit_code  expected exit status
#   env        optional NAME=VALUE lines exported for the run
#   setup      optional bash script run first (in the case directory, with
#              $LAWDIFF the binary and $WORK a fresh directory); the case
#              then runs with LAWDIFF_INDEX=$WORK/index.sqlite, and $WORK
#              and the tests directory read as @WORK@ and @TESTS@ in output
#   filter     optional sed script applied to the output before comparing
#              (for what varies between runs, such as a build's duration)
#   requires   optional list of files (relative to the case directory, one a
#              line) the case reads from outside the repository, such as
#              ../shared's corpora; when one is missing the case is skipped
#              (exit 77)
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
if [ -f "$case_dir/requires" ]; then
  while IFS= read -r needed; do
    [ -e "$case_dir/$needed" ] || { echo "skip: $needed not found"; exit 77; }
  done < "$case_dir/requires"
fi
mapfile -t args < "$case_dir/args"
out=$(mktemp) err=$(mktemp) work=$(mktemp -d)
trap 'rm -rf "$out" "$err" "$work"' EXIT
if [ -f "$case_dir/setup" ]; then
  export SOURCE_DATE_EPOCH=0 LAWDIFF_INDEX="$work/index.sqlite"
  if ! (cd "$case_dir" && LAWDIFF=$bin WORK=$work bash ./setup >"$work/setup.log" 2>&1); then
    echo "setup failed:"; cat "$work/setup.log"; exit 1
  fi
fi
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"
(cd "$case_dir" && "$bin" "${args[@]}" <"$stdin" >"$out" 2>"$err")
status=$?
tests_dir=$(cd "$case_dir/../../.." && pwd)
for f in "$out" "$err"; do
  sed -i -e "s|$work|@WORK@|g" -e "s|$tests_dir|@TESTS@|g" "$f"
  [ -f "$case_dir/filter" ] && sed -i -f "$case_dir/filter" "$f"
done
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
