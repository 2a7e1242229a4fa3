#!/usr/bin/env bash
# Runs each libFuzzer target for a while (default 60 s each), seeded with
# the project's own inputs: statute files for parse_fuzz, references for
# reference_fuzz. Crashes land in build/fuzz/ as crash-*; exit status 1.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz -G Ninja >&2
cmake --build --preset fuzz >&2
mkdir -p build/fuzz/seeds-parse build/fuzz/seeds-reference build/fuzz/corpus-parse build/fuzz/corpus-reference
cp corpus/*.txt tests/data/*.txt tests/data/corpus/* build/fuzz/seeds-parse/ 2>/dev/null || true
i=0
for ref in sz:33 sz:72.2.5 sz:26-28 sz:ch3 sz:p2ch3s1 sz:120-1 深圳条例第三十三条第二款 '《深圳经济特区人工智能产业促进条例》第七十二条第二款第（五）项' \
           广东第7条 '《公司法》（2018年修正）第二十条' '2018年《公司法》第二十条' '公司法@2018:20' '《民法典》第一千零四十三条'; do
  printf '%s' "$ref" > "build/fuzz/seeds-reference/$i"; i=$((i + 1))
done
status=0
for target in parse reference; do
  echo "== ${target}_fuzz, ${seconds} s" >&2
  (cd build/fuzz && ./"${target}_fuzz" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
      "corpus-$target" "seeds-$target" 2>&1 | tail -n 12) || status=1
done
exit $status
