#!/usr/bin/env bash
# cite --batch: one row per input line in input order, error rows for bad
# lines (empty, not UTF-8, unresolved), exit 1 iff any line failed.
set -eu
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
awk 'BEGIN { for (i = 0; i < 20000; i++) print "sz:" (i % 73 + 1) }' > "$tmp/good.txt"
"$bin" cite --batch "$tmp/good.txt" --format tsv --style id > "$tmp/out.tsv"
[ "$(wc -l < "$tmp/out.tsv")" -eq 20001 ] || { echo "row count"; exit 1; }
[ "$(sed -n 20001p "$tmp/out.tsv" | cut -f2)" = "sz:$((19999 % 73 + 1))" ] || { echo "order"; exit 1; }
printf 'sz:1\n\xff\xfe\n\nsz:99\nsz:2\n' > "$tmp/bad.txt"
status=0
"$bin" cite --batch - --format json < "$tmp/bad.txt" > "$tmp/out.jsonl" || status=$?
[ "$status" -eq 1 ] || { echo "exit status $status"; exit 1; }
[ "$(wc -l < "$tmp/out.jsonl")" -eq 5 ] || { echo "json rows"; exit 1; }
grep -q '"error":"not valid UTF-8"' "$tmp/out.jsonl" || { echo "utf-8 row"; exit 1; }
sed -n 5p "$tmp/out.jsonl" | grep -q '"id":"sz:2"' || { echo "last row"; exit 1; }
if "$bin" cite --batch "$tmp/missing.txt" 2>/dev/null; then echo "missing file"; exit 1; fi
echo ok
