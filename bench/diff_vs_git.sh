#!/usr/bin/env bash
# Times `lawdiff diff sz gd` (whole acts, inline text, no colour) and
# `lawdiff compare sz gd --format markdown` against
# `git diff --no-index --word-diff` on the same two corpus files, in one run.
# lawdiff runs twice each: with its word-segmentation cache warm (a repeated
# run, the usual case) and with --no-cache (every run segments with ICU).
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
# A private cache, so the figures do not depend on (or touch) the user's.
LAWDIFF_CACHE_DIR=$(mktemp -d)
export LAWDIFF_CACHE_DIR
trap 'rm -rf "$LAWDIFF_CACHE_DIR"' EXIT

diff_cmd="$bin diff sz gd --format text --layout inline --color never --no-pager"
compare_cmd="$bin compare sz gd --format markdown --no-pager"
git_cmd="git diff --no-index --word-diff --no-color $sz $gd"
cold() { echo "${1/ --no-pager/ --no-pager --no-cache}"; }

if command -v hyperfine >/dev/null; then
  # lawdiff and git exit 1 (differences found): not a failure (-i).
  hyperfine --warmup 3 --runs "$runs" -i -N \
    -n "lawdiff diff (cache warm)" "$diff_cmd" -n "lawdiff diff (--no-cache)" "$(cold "$diff_cmd")" \
    -n "lawdiff compare md (cache warm)" "$compare_cmd" -n "lawdiff compare md (--no-cache)" "$(cold "$compare_cmd")" \
    -n "git diff --word-diff" "$git_cmd"
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
echo "lawdiff diff (cache warm):        $(mean_ms "$diff_cmd") ms"
echo "lawdiff diff (--no-cache):        $(mean_ms "$(cold "$diff_cmd")") ms"
echo "lawdiff compare md (cache warm):  $(mean_ms "$compare_cmd") ms"
echo "lawdiff compare md (--no-cache):  $(mean_ms "$(cold "$compare_cmd")") ms"
echo "git diff --word-diff:             $(mean_ms "$git_cmd") ms"
