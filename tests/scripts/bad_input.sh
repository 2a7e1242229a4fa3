#!/usr/bin/env bash
# Hostile inputs: each gives a clear `lawdiff: …` message and the right exit
# status, never a crash. Usage: bad_input.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
fail=0

# expect STATUS PATTERN ARGS...: exit status and a stderr line matching PATTERN.
expect() {
  local status=$1 pattern=$2
  shift 2
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$status" ] || ! grep -qE -- "$pattern" "$tmp/err"; then
    echo "FAIL: lawdiff $* → exit $got (want $status), stderr:"; cat "$tmp/err"; fail=1
  else
    echo "ok: lawdiff $* → $got: $(head -1 "$tmp/err")"
  fi
}

expect 2 "^lawdiff: $tmp/missing.txt: no such file" parse "$tmp/missing.txt"
mkdir "$tmp/dir"
expect 2 "^lawdiff: $tmp/dir: is a directory" parse "$tmp/dir"
: > "$tmp/empty.txt"
expect 2 "^lawdiff: $tmp/empty.txt: empty file" parse "$tmp/empty.txt"
head -c 4096 /dev/urandom > "$tmp/random.bin"; printf '\0\0\0' >> "$tmp/random.bin"
expect 2 "^lawdiff: $tmp/random.bin: (binary|invalid)" parse "$tmp/random.bin"
cp "$(command -v ls)" "$tmp/ls.txt"
expect 2 "^lawdiff: $tmp/ls.txt: binary file" parse "$tmp/ls.txt"
printf '第一条 甲\xff\xfe乙。\n' > "$tmp/bad-utf8.txt"
expect 2 "^lawdiff: $tmp/bad-utf8.txt: invalid UTF-8 at byte offset 13" parse "$tmp/bad-utf8.txt"
printf '这不是法规，没有条文。\n' > "$tmp/prose.txt"
expect 2 "^lawdiff: $tmp/prose.txt: no articles found" parse "$tmp/prose.txt"
expect 2 "^lawdiff: nosuchact: no such act or file \(known acts: sz, gd\)" outline nosuchact
expect 2 "^lawdiff: unknown encoding|^lawdiff: .*: unknown encoding" parse "$src/tests/data/corpus/small-act.txt" --encoding NO-SUCH-CHARSET
expect 2 "^lawdiff: " parse --format yaml sz
expect 2 "^lawdiff: " frobnicate

# Pipes (process substitution) are read like files: two of them are two
# acts, not an error about file identity.
small="$src/tests/data/corpus/small-act.txt"
"$bin" align <(cat "$small") <(cat "$small") > "$tmp/out" 2>"$tmp/err"
got=$?
if [ "$got" != 0 ] || ! grep -q "same" "$tmp/out"; then echo "FAIL: align <(…) <(…) → exit $got"; head -3 "$tmp/err"; fail=1; else echo "ok: align <(…) <(…) → 0"; fi

# A 50 MB statute: parsed, not crashed.
python3 - "$tmp/huge.txt" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("巨大测试条例\n\n")
    n, size = 0, 0
    while size < 50 * 1024 * 1024:
        n += 1
        line = f"第{n}条 本条规定测试内容，用于检验大文件的解析速度与稳定性，不得崩溃。\n\n"
        f.write(line)
        size += len(line.encode())
PY
"$bin" outline "$tmp/huge.txt" > "$tmp/out" 2>"$tmp/err"
got=$?
if [ "$got" != 0 ] || ! grep -q "articles" "$tmp/out"; then echo "FAIL: 50 MB file → exit $got"; head -3 "$tmp/err"; fail=1; else echo "ok: 50 MB file parsed: $(sed -n 2p "$tmp/out")"; fi

exit $fail
