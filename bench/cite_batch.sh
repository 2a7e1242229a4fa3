#!/usr/bin/env bash
# Batch citation benchmark, end to end through the CLI:
#   bench/cite_batch.sh [path/to/lawdiff] [lines...]
# Generates inputs of mixed references (short ids, paragraphs, items,
# ranges, chapters, natural Chinese, a few failures), times
# `lawdiff cite --batch - --format tsv` on each, and reports references per
# second and the peak resident memory (flat memory means streaming works).
set -eu
bin=${1:-build/release/lawdiff}
shift || true
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 1000000)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The mix: mostly short ids, as scripts produce them; 10% natural Chinese,
# ~3% errors.
gen() {
  awk -v n="$1" 'BEGIN {
    split("sz:33|sz:33.2|sz:72.2.5|gd:7|sz:26-28|gd:4.8|sz:1|sz:65.1.3|gd:12|sz:ch3|sz:73|gd:34.1|sz:三十三|sz:74|深圳条例第三十三条第二款|广东第7条|sz:10.1|gd:20|sz:45|sz:50.2|sz:60|gd:30.2|sz:11.1|sz:5|sz:8.1|gd:2.2|sz:40|sz:33.3|gd:ch2|sz:66", r, "|");
    m = length(r);
    for (i = 0; i < n; i++) print r[i % m + 1];
  }'
}

peak_rss_kb() {  # runs the command, prints "seconds max_rss_kb" on stderr-free stdout
  if /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null || true
    tail -n 1 "$tmp/time"
  else
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$(echo "$end - $start" | bc) ?"
  fi
}

printf '%-10s %10s %14s %12s\n' lines seconds refs/s max_rss_kb
for n in "${sizes[@]}"; do
  gen "$n" > "$tmp/in.txt"
  read -r secs rss < <(peak_rss_kb sh -c "'$bin' cite --batch - --format tsv < '$tmp/in.txt'" || true)
  rate=$(awk -v n="$n" -v s="$secs" 'BEGIN { if (s > 0) printf "%d", n / s; else print "inf" }')
  printf '%-10s %10s %14s %12s\n' "$n" "$secs" "$rate" "$rss"
done
