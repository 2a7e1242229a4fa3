#!/usr/bin/env bash
# Corpus-scale quality of `similar` (ctest label "corpus", not in the default
# run: it sweeps all of ../shared/corpus-sample and corpus-dev, ~2 minutes):
# the other version of an unchanged article is the best hit (≥ 99%), and
# the new counterpart of a changed 反间谍法 article is in the top 5 (≥ 90%).
# Usage: similar_quality.sh LAWDIFF SIMILAR_QUALITY SOURCE_DIR BUILD_DIR
set -u
bin=$1 quality=$2 src=$3 build=$4
shared=$src/../shared
[ -d "$shared/corpus-dev" ] || { echo "skip: $shared/corpus-dev not found"; exit 77; }
export LAWDIFF_INDEX=$build/corpus-index.sqlite LC_ALL=C.UTF-8
"$bin" index build "$shared/corpus-sample" "$shared/corpus-dev" || exit 1
"$quality" "$LAWDIFF_INDEX" "$shared" | tee "$build/similar_quality.txt"
awk '/^unchanged articles/ {gsub(/[(%)]/, "", $NF); if ($NF + 0 < 99) bad = 1; seen++}
     /^反间谍法/ {gsub(/[(%)]/, "", $NF); if ($NF + 0 < 90) bad = 1; seen++}
     END {exit (bad || seen != 2)}' "$build/similar_quality.txt"
