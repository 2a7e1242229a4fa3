#!/usr/bin/env bash
# Corpus index benchmarks over ../shared/corpus-sample + corpus-dev (skipped
# without them): build throughput (MB of statute text per second, --jobs 1
# and 2), a no-change rebuild, index size against the text, peak memory of a
# build over one corpus and over both (flat means streaming works), and
# whole-process medians of cite, similar and search through the index, and
# cite --batch throughput.
#   bench/corpus_index.sh [path/to/lawdiff] [runs]
set -eu
bin=$(realpath "${1:-build/release/lawdiff}")
runs=${2:-21}
shared=$(cd "$(dirname "$0")/../.." && pwd)/shared
[ -d "$shared/corpus-dev" ] || { echo "skip: $shared/corpus-dev not found"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LAWDIFF_INDEX=$tmp/index.sqlite XDG_DATA_HOME=$tmp LAWDIFF_CACHE_DIR=$tmp/cache LC_ALL=C.UTF-8
dirs=("$shared/corpus-sample" "$shared/corpus-dev")

# median_ms CMD...: the median wall time of `runs` runs, in milliseconds.
median_ms() {
  local i start end times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {printf "%.1f", v[int((NR + 1) / 2)] / 1000}'
}

peak() { /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >"$tmp/build.out" 2>/dev/null; cat "$tmp/rss"; }

echo "== build"
rss_sample=$(LAWDIFF_INDEX=$tmp/sample.sqlite peak "$bin" index build "${dirs[0]}" --jobs 1)
echo "corpus-sample only, --jobs 1: $(cat "$tmp/build.out"); peak RSS ${rss_sample} kB"
for jobs in 1 2; do
  rm -f "$tmp"/index.sqlite*
  rss=$(peak "$bin" index build "${dirs[@]}" --jobs "$jobs")
  echo "both corpora, --jobs $jobs: $(cat "$tmp/build.out"); peak RSS ${rss} kB"
done
start=$(date +%s%N)
"$bin" index build >"$tmp/build.out"
echo "no-change rebuild: $((($(date +%s%N) - start) / 1000000)) ms ($(cat "$tmp/build.out"))"
text=$(sqlite3 "$LAWDIFF_INDEX" 'SELECT sum(size) FROM files' 2>/dev/null || echo 0)
size=$(stat -c %s "$LAWDIFF_INDEX")
echo "index size: $((size / 1000000)) MB for $((text / 1000000)) MB of text ($(awk -v s="$size" -v t="$text" 'BEGIN {printf "%.2f", s / t}')×)"

echo "== per process (median of $runs runs, ms)"
"$bin" cite '《反间谍法》第十条' >/dev/null  # warm the page cache
echo "cite 《反间谍法》第十条: $(median_ms "$bin" cite '《反间谍法》第十条')"
echo "cite 《中华人民共和国反间谍法》（2014年）第二十条: $(median_ms "$bin" cite '《中华人民共和国反间谍法》（2014年）第二十条')"
echo "cite sz:33 (embedded): $(median_ms "$bin" cite sz:33)"
for ref in '《反间谍法》（2014年）第二十条' sz:33 '《中华人民共和国行政复议法》第十条' '《北京市数字经济促进条例》第二十条'; do
  echo "similar $ref: $(median_ms "$bin" similar "$ref")"
done
for pattern in 去标识化 国家安全机关 行政复议 个人信息 数据安全 人工智能; do
  echo "search $pattern: $(median_ms "$bin" search "$pattern") ($("$bin" search "$pattern" | grep -vc '^ ') hits)"
done

echo "== cite --batch through the index"
awk 'BEGIN {
  split("《反间谍法》第十条|反间谍法第二十条第二款|《中华人民共和国行政复议法》第十条|2014年《反间谍法》第三条|sz:33.2|《北京市数字经济促进条例》第二十条|《反间谍法》第九十九条|行政复议法第三条", r, "|");
  for (i = 0; i < 1000000; i++) print r[i % 8 + 1];
}' >"$tmp/refs.txt"
start=$(date +%s%N)
"$bin" cite --batch "$tmp/refs.txt" --format tsv >/dev/null || true
ns=$(($(date +%s%N) - start))
echo "1,000,000 refs in $((ns / 1000000)) ms: $(awk -v n="$ns" 'BEGIN {printf "%.0f", 1e6 / (n / 1e9)}') refs/s"
