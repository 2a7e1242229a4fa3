#!/usr/bin/env bash
# The word-segmentation cache never changes what lawdiff prints: cold, warm,
# bypassed (--no-cache), damaged, hostile or unwritable, the output and the
# exit status are the same, and a warm run writes nothing new.
# Usage: segment_cache.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 COLUMNS=100
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

commands=("diff sz gd --layout inline" "compare sz gd --format markdown" "coverage sz gd" "diff sz:26 gd:7 --layout side")

# run NAME CACHE_DIR [EXTRA...]: every command's output and status into $tmp/NAME.
run() {
  local name=$1 dir=$2 c
  shift 2
  : >"$tmp/$name"
  for c in "${commands[@]}"; do
    # shellcheck disable=SC2086 # each command is a word list
    LAWDIFF_CACHE_DIR=$dir "$bin" "$@" $c --no-pager >>"$tmp/$name" 2>&1
    echo "exit $?" >>"$tmp/$name"
  done
}

run reference "$tmp/unused" --no-cache
[ ! -e "$tmp/unused" ] && ok "--no-cache writes no cache" || bad "--no-cache wrote $tmp/unused"

run cold "$tmp/cache"
cmp -s "$tmp/reference" "$tmp/cold" && ok "cold cache: same output" || bad "cold cache changes the output"
file=$(ls "$tmp"/cache/word-ends-icu*.bin 2>/dev/null | head -1)
[ -s "$file" ] && ok "the cache file is written: $(basename "$file"), $(wc -c <"$file") bytes" || bad "no cache file in $tmp/cache"

before=$(stat -c %Y.%s "$file" 2>/dev/null)
sleep 1
run warm "$tmp/cache"
cmp -s "$tmp/reference" "$tmp/warm" && ok "warm cache: same output" || bad "warm cache changes the output"
[ "$(stat -c %Y.%s "$file" 2>/dev/null)" = "$before" ] && ok "a warm run rewrites nothing" || bad "a warm run rewrote the cache"

# Damaged files: truncated, random bytes, a valid header over garbage.
for damage in truncate random header; do
  case $damage in
    truncate) head -c 100 "$file" >"$tmp/damaged" ;;
    random) head -c 65536 /dev/urandom >"$tmp/damaged" ;;
    header) { head -c 32 "$file"; head -c 65536 /dev/urandom; } >"$tmp/damaged" ;;
  esac
  cp "$tmp/damaged" "$file"
  run "damaged-$damage" "$tmp/cache"
  cmp -s "$tmp/reference" "$tmp/damaged-$damage" && ok "$damage cache file: same output" || bad "$damage cache file changes the output"
done

# Hostile but well-formed: every stored boundary shifted by one byte, which
# would cut characters in half. They are checked and refused.
python3 - "$file" <<'PY' || bad "could not rewrite the cache file"
import struct, sys
path = sys.argv[1]
data = bytearray(open(path, 'rb').read())
count, ends = struct.unpack_from('<QQ', data, 16)
base = 32 + 24 * count
for k in range(ends):
    (v,) = struct.unpack_from('<I', data, base + 4 * k)
    struct.pack_into('<I', data, base + 4 * k, max(v - 1, 1))
open(path, 'wb').write(bytes(data))
PY
run hostile "$tmp/cache"
cmp -s "$tmp/reference" "$tmp/hostile" && ok "shifted boundaries: same output" || bad "shifted boundaries change the output"

# A cache directory that cannot be created (a file is in the way; this
# holds even for root): no error, same output.
: >"$tmp/not-a-dir"
run blocked "$tmp/not-a-dir/cache"
cmp -s "$tmp/reference" "$tmp/blocked" && ok "uncreatable cache directory: same output" || bad "uncreatable cache directory changes the output"
exit $fail
