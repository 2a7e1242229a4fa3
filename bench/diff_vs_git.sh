#!/usr/bin/env bash
# Times `lawdiff diff sz gd` (whole acts, inline text, no colour) and
# `lawdiff compare sz gd --format markdown` against
# `git diff --no-index --word-diff` on the same two corpus files, in one run.
#   bench/diff_vs_git.sh [LAWDIFF] [RUNS]
# Uses hyperfine when installed (Debian package hyperfine), else a bash loop
# timed with `date +%s%N`. Prints mean wall time per run for each.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/release/lawdiff}
runs=${2:-30}
sz=$here/corpus/shenzhen-ai-industry-promotion-2022.txt
gd=$here/corpus/guangdong-ai-development-promotion-draft.txt
[ -x "$bin" ] || { echo "no lawdiff binary at $bin (build first)" >&2; exit 2; }
export LC_ALL=C.UTF-8 NO_COLOR=1

lawdiff_cmd="$bin diff sz gd --format text --layout inline --color never --no-pager"
compare_cmd="$bin compare sz gd --format markdown --no-pager"
git_cmd="git diff --no-index --word-diff --no-color $sz $gd"

if command -v hyperfine >/dev/null; then
  # Both exit 1 (differences found): tell hyperfine that is not a failure.
  hyperfine --warmup 3 --runs "$runs" -i -N "$lawdiff_cmd" "$compare_cmd" "$git_cmd"
  exit 0
fi

# mean_ms CMD: mean wall time of RUNS runs, in milliseconds (3 warm-ups first).
mean_ms() {
  local i start end
  for i in 1 2 3; do $1 >/dev/null 2>&1 || true; done
  start=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do $1 >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v ns=$((end - start)) -v n="$runs" 'BEGIN { printf "%.2f", ns / n / 1e6 }'
}

echo "runs: $runs each (no hyperfine: bash loop)"
echo "lawdiff diff sz gd:            $(mean_ms "$lawdiff_cmd") ms"
echo "lawdiff compare sz gd (md):    $(mean_ms "$compare_cmd") ms"
echo "git diff --no-index --word-diff: $(mean_ms "$git_cmd") ms"
