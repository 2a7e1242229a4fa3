#!/usr/bin/env bash
# Creates a golden case from a command line and records its current output:
#   tests/cli/new_case.sh NAME ARG...      (then review tests/cli/cases/NAME/stdout)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
name=$1; shift
dir="$here/cases/$name"
mkdir -p "$dir"
printf '%s\n' "$@" > "$dir/args"
UPDATE=1 "$here/run_case.sh" "${LAWDIFF:-$here/../../build/release/lawdiff}" "$dir"
echo "$dir: exit $(cat "$dir/exit_code"), $(wc -l < "$dir/stdout") lines"
