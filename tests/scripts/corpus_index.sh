#!/usr/bin/env bash
# The corpus index as a user meets it: build, no-change rebuild, changed and
# removed files, an act that is also embedded, damaged index files (corrupt,
# another program's SQLite, another schema version), a second build at the
# same time, readers during a build, and kill -9 in the middle of one.
# Usage: corpus_index.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 XDG_DATA_HOME=$tmp/xdg LAWDIFF_INDEX=$tmp/index.sqlite
unset LAWDIFF_PATH
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }

# run ARGS...: lawdiff's status in $status, its output in $tmp/out and $tmp/err.
run() { "$bin" "$@" >"$tmp/out" 2>"$tmp/err"; status=$?; }
# expect STATUS PATTERN ARGS...: exit status, and PATTERN in stdout or stderr.
expect() {
  local want=$1 pattern=$2
  shift 2
  run "$@"
  if [ "$status" = "$want" ] && grep -qE -- "$pattern" "$tmp/out" "$tmp/err"; then
    ok "lawdiff $* → $status: $(grep -hE -- "$pattern" "$tmp/out" "$tmp/err" | head -1 | cut -c1-120)"
  else
    bad "lawdiff $* → exit $status (want $want, /$pattern/):"; head -5 "$tmp/out" "$tmp/err"
  fi
}

cp -r "$src/tests/data/corpus-versions" "$tmp/c"
expect 0 'indexed 6 files .*6 parsed, 0 unchanged, 0 removed; 1 not statutes' index build "$tmp/c" --jobs 2
expect 0 '说明.txt: no articles' index build "$tmp/c" --verbose
expect 0 '0 parsed, 6 unchanged, 0 removed' index build
expect 0 '国家建立测试数据分类分级保护制度，对重要' cite '《测试保护法》第三条'

# A changed file is parsed again; a removed one is dropped.
printf '\n第四条 本条新增。\n' >> "$tmp/c/地方/测试市测试数据条例.md"
expect 0 '1 parsed, 5 unchanged, 0 removed' index build
expect 0 '本条新增' cite '测试市测试数据条例第四条'
rm "$tmp/c/行政法/测试保护法(2015-03-01).md"
expect 0 '0 parsed, 5 unchanged, 1 removed' index build
expect 1 'no version of 2015' cite '《测试保护法》（2015年）第三条'

# A file with an embedded act's text is that act, not a second one.
acts_before=$("$bin" index info --format json | grep -c '"acts": 6')
cp "$src/corpus/shenzhen-ai-industry-promotion-2022.txt" "$tmp/c/深圳.txt"
expect 0 '1 parsed' index build
[ "$acts_before" = 1 ] && "$bin" index info --format json | grep -q '"acts": 6' && ok "embedded twin adds no act" || bad "embedded twin added an act"
expect 0 'sz:33.2' search 去标识化
[ "$(grep -c '深圳条例第三十三条第二款' "$tmp/out")" = 1 ] && ok "search lists the act once" || bad "search lists the embedded act twice"

# Damaged index files: a clear error, exit 2, the file left as it was.
head -c 5000 /dev/urandom > "$tmp/garbage.sqlite"
cp "$tmp/garbage.sqlite" "$tmp/garbage.orig"
expect 2 "^lawdiff: $tmp/garbage.sqlite: not a lawdiff index \(file is not a database\)" --index "$tmp/garbage.sqlite" cite '《测试保护法》第一条'
expect 2 'not a lawdiff index' --index "$tmp/garbage.sqlite" versions 测试保护法
expect 0 '为了促进深圳经济特区' --index "$tmp/garbage.sqlite" cite sz:1
cmp -s "$tmp/garbage.sqlite" "$tmp/garbage.orig" && ok "a corrupt index is not overwritten" || bad "a corrupt index was changed"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/other.sqlite" 'CREATE TABLE notes(x); INSERT INTO notes VALUES (1);'
  expect 2 'not a lawdiff index \(an SQLite database of another program\)' --index "$tmp/other.sqlite" index info
  [ "$(sqlite3 "$tmp/other.sqlite" 'SELECT x FROM notes')" = 1 ] && ok "another program's database is untouched" || bad "another program's database changed"
  cp "$tmp/index.sqlite" "$tmp/old-schema.sqlite"
  sqlite3 "$tmp/old-schema.sqlite" 'PRAGMA user_version = 99'
  expect 2 "schema version 99; this lawdiff reads version 1: rebuild it with 'lawdiff index build'" --index "$tmp/old-schema.sqlite" cite '《测试保护法》第一条'
  expect 0 '6 parsed' --index "$tmp/old-schema.sqlite" index build "$tmp/c"
  expect 0 '国家建立' --index "$tmp/old-schema.sqlite" cite '《测试保护法》第三条'
fi
expect 0 '6 parsed' --index "$tmp/garbage.sqlite" index build "$tmp/c"
expect 2 'give the directories to index' --index "$tmp/fresh.sqlite" index build
LAWDIFF_PATH=$tmp/c expect 0 'indexed 6 files' --index "$tmp/from-path.sqlite" index build
expect 0 'indexed 6 files' --index "$tmp/from-corpus.sqlite" --corpus "$tmp/c" index build
expect 2 'no such index' --index "$tmp/none.sqlite" cite '《测试保护法》第一条'
expect 2 'not a directory' index build "$tmp/no-such-dir"

# A file name that is not UTF-8 is listed, not indexed, and output stays UTF-8.
mkdir "$tmp/odd"
cp "$src/tests/data/corpus/small-act.txt" "$tmp/odd/$(printf 'bad\xff\xfe').txt"
expect 0 'its file name is not valid UTF-8' --index "$tmp/odd.sqlite" index build "$tmp/odd" --verbose
iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 && ok "index build --verbose writes UTF-8" || bad "invalid UTF-8 in the build report"

# A progress bar on a terminal, nothing of it when piped.
grep -q $'\r' "$tmp/err" && bad "a progress bar went to a pipe" || ok "no progress bar when piped"
if command -v script >/dev/null; then
  script -qec "$bin --index $tmp/tty.sqlite index build $tmp/c --jobs 1" /dev/null >"$tmp/tty.out" 2>&1
  grep -q 'files .* MB/s  ETA' "$tmp/tty.out" && ok "a progress bar on a terminal" || { bad "no progress bar on a terminal"; cat -v "$tmp/tty.out"; }
fi

# A corpus large enough that a build takes a while: 1000 acts of 150 articles.
mkdir "$tmp/big"
awk -v dir="$tmp/big" 'BEGIN {
  for (f = 1; f <= 1000; f++) {
    file = sprintf("%s/大型测试条例%04d.md", dir, f)
    printf "# 大型测试条例第%d号\n\n", f > file
    for (a = 1; a <= 150; a++)
      printf "第%d条 为了测试索引的构建，第%d号条例的第%d条规定有关部门应当依法履行监督管理职责，保障测试数据安全。\n\n", a, f, a > file
    close(file)
  }
}'
export LAWDIFF_INDEX=$tmp/big.sqlite
expect 0 'indexed 1000 files' index build "$tmp/big" --jobs 1
for f in "$tmp"/big/*.md; do printf '第151条 新增条文。\n' >> "$f"; done

# A second build while one runs fails clearly; readers see the old index.
"$bin" index build "$tmp/big" --jobs 1 >"$tmp/bg.out" 2>&1 &
builder=$!
sleep 0.3
expect 2 "another 'lawdiff index build' is updating this index" index build "$tmp/big"
readers_ok=1
for _ in 1 2 3 4 5; do
  "$bin" cite 《大型测试条例第7号》第150条 >/dev/null 2>"$tmp/reader.err" || { readers_ok=0; cat "$tmp/reader.err"; }
done
[ "$readers_ok" = 1 ] && ok "readers during a build are served" || bad "a reader failed during a build"
wait "$builder" && grep -q '1000 parsed' "$tmp/bg.out" && ok "the concurrent build finished" || { bad "the build failed:"; cat "$tmp/bg.out"; }

# kill -9 in the middle of a build leaves the previous index working.
for f in "$tmp"/big/*.md; do printf '第152条 再次新增。\n' >> "$f"; done
"$bin" index build "$tmp/big" --jobs 1 >/dev/null 2>&1 &
builder=$!
sleep 0.5
kill -9 "$builder" 2>/dev/null
wait "$builder" 2>/dev/null
expect 0 '新增条文' cite 《大型测试条例第7号》第151条
expect 1 'has 151 articles' cite 《大型测试条例第7号》第152条
expect 0 '1000 parsed' index build "$tmp/big" --jobs 2
expect 0 '再次新增' cite 《大型测试条例第7号》第152条

exit $fail
