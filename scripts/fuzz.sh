#!/usr/bin/env bash
# Runs each libFuzzer target (fuzz/*_fuzz.cpp, built by the `fuzz` preset)
# for a while, seeded from tests/fuzz/corpus/NAME (never written: new inputs
# go to build/fuzz/corpus/NAME), with tests/fuzz/statute.dict for the
# targets that read statute text. Prints one line of figures per target.
# A crash, a broken promise, a leak or a timeout stops that target: its
# input is printed (base64, and a hex dump of its start) and kept as
# build/fuzz/artifacts/NAME-crash-*; add it to tests/fuzz/regressions/NAME/
# with the fix. Exit status 1 when any target failed.
#   scripts/fuzz.sh [SECONDS [NAME...]]     (default: 60 s, every target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for f in fuzz/*_fuzz.cpp; do targets+=("$(basename "$f" _fuzz.cpp)"); done
fi
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz -G Ninja >&2
cmake --build --preset fuzz >&2

# Inputs longer than this only slow a target down (index: the seed's size).
max_len() {
  case $1 in
    reference) echo 512 ;;
    diff | decode | render) echo 8192 ;;
    corpus_df) echo 4096 ;;
    parse) echo 16384 ;;
    *) echo 0 ;;
  esac
}

status=0
for name in "${targets[@]}"; do
  mkdir -p "build/fuzz/corpus/$name" build/fuzz/artifacts
  options=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1
           -artifact_prefix="build/fuzz/artifacts/$name-")
  [ "$(max_len "$name")" = 0 ] || options+=(-max_len="$(max_len "$name")")
  case $name in parse | reference | render) options+=(-dict=tests/fuzz/statute.dict) ;; esac
  log="build/fuzz/$name.log"
  rm -f "build/fuzz/artifacts/$name-"*
  echo "== fuzz_$name, $seconds s" >&2
  if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "build/fuzz/fuzz_$name" "${options[@]}" "build/fuzz/corpus/$name" "tests/fuzz/corpus/$name" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -oE '(INITED|DONE) +cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 | sed 's/.*cov: /cov /')
    echo "fuzz_$name: $runs runs, $rate exec/s, $cov, corpus $(find "build/fuzz/corpus/$name" -type f | wc -l) files"
  else
    status=1
    echo "fuzz_$name: FAILED (log: $log)"
    grep -E 'broken promise|fuzz: near|ERROR: |error|SUMMARY: |^    #[0-9]+ ' "$log" | head -n 40 || tail -n 20 "$log"
    for crash in "build/fuzz/artifacts/$name-"*; do
      [ -f "$crash" ] || continue
      echo "reproducer $crash ($(wc -c <"$crash") bytes); replay: build/fuzz/fuzz_$name $crash"
      base64 -w 76 "$crash" | head -n 200
      od -A x -t x1z "$crash" | head -n 8
    done
  fi
done
exit $status
