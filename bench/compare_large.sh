#!/usr/bin/env bash
# Times `lawdiff compare A B --format markdown` on the longest statute of
# ../shared/corpus-sample (a 548-article judicial interpretation) against a
# copy with every 应当 changed to 必须: a 新旧对照 of a long act where most
# articles changed a little. Warm segmentation cache and --no-cache.
#   bench/compare_large.sh [LAWDIFF] [RUNS]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$here/build/release/lawdiff}
runs=${2:-10}
sample=$here/../shared/corpus-sample
[ -x "$bin" ] || { echo "no lawdiff binary at $bin (build first)" >&2; exit 2; }
[ -d "$sample" ] || { echo "skip: $sample is absent" >&2; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 LAWDIFF_CACHE_DIR=$tmp/cache
longest=$(find "$sample" -type f -name '*.md' -printf '%s\t%p\n' | sort -rn | head -1 | cut -f2)
cp "$longest" "$tmp/old.md"
sed 's/应当/必须/g' "$tmp/old.md" >"$tmp/new.md"
echo "$(basename "$longest"): $("$bin" outline "$tmp/old.md" --no-pager | sed -n 2p)"
cmd="$bin compare $tmp/old.md $tmp/new.md --format markdown --no-pager"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" -i -N -n "compare (cache warm)" "$cmd" -n "compare (--no-cache)" "$cmd --no-cache"
else
  $cmd >/dev/null || true
  for mode in "" "--no-cache"; do
    start=$(date +%s%N)
    for ((i = 0; i < runs; i++)); do $cmd $mode >/dev/null || true; done
    echo "compare ${mode:-(cache warm)}: $(( ($(date +%s%N) - start) / runs / 1000000 )) ms"
  done
fi
