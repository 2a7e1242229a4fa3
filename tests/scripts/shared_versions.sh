#!/usr/bin/env bash
# Versions and titles on real version pairs from ../shared (skipped without
# it): 反间谍法 2014 (corpus-sample) → 2023 (corpus-dev), 农产品质量安全法
# 2018 → 2022, and two parts of 民法典. A reference without a version names
# the latest; short titles, years and ids name the others; similar finds an
# unchanged article's other version first.
# Usage: shared_versions.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
shared=$src/../shared
[ -d "$shared/corpus-dev" ] && [ -d "$shared/corpus-sample" ] || { echo "skip: $shared not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1 XDG_DATA_HOME=$tmp/xdg LAWDIFF_INDEX=$tmp/index.sqlite
unset LAWDIFF_PATH
fail=0
mkdir -p "$tmp/c/a" "$tmp/c/b"
for f in "corpus-sample/行政法/反间谍法(2014-11-01).md" "corpus-dev/行政法/反间谍法(2023-04-26).md" \
         "corpus-sample/经济法/农产品质量安全法(2018-10-26).md" "corpus-dev/经济法/农产品质量安全法(2022-09-02).md" \
         "corpus-sample/民法典/总则.md" "corpus-dev/民法典/婚姻家庭编.md"; do
  [ -f "$shared/$f" ] || { echo "skip: $shared/$f not found"; exit 77; }
done
cp "$shared/corpus-sample/行政法/反间谍法(2014-11-01).md" "$shared/corpus-sample/经济法/农产品质量安全法(2018-10-26).md" "$tmp/c/a/"
cp "$shared/corpus-dev/行政法/反间谍法(2023-04-26).md" "$shared/corpus-dev/经济法/农产品质量安全法(2022-09-02).md" "$tmp/c/b/"
cp "$shared/corpus-sample/民法典/总则.md" "$shared/corpus-dev/民法典/婚姻家庭编.md" "$tmp/c/"

# expect STATUS PATTERN ARGS...: exit status and PATTERN in the first lines of stdout (or stderr).
expect() {
  local want=$1 pattern=$2
  shift 2
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" = "$want" ] && head -3 "$tmp/out" "$tmp/err" | grep -qE -- "$pattern"; then
    echo "ok: lawdiff $* → $got: $(head -1 "$tmp/out" "$tmp/err" | grep -v '^==>' | head -1 | cut -c1-110)"
  else
    echo "FAIL: lawdiff $* → exit $got (want $want, /$pattern/):"; head -3 "$tmp/out" "$tmp/err"; fail=1
  fi
}

expect 0 'indexed 6 files' index build "$tmp/c"
expect 0 '^反间谍法\(2023-04-26\)  2023-04-26  修订' versions 反间谍法
expect 0 '^反间谍法\(2014-11-01\)	2014-11-01	通过' versions 《中华人民共和国反间谍法》 --format tsv
expect 0 '^《中华人民共和国反间谍法》第一条$' cite 《反间谍法》第一条
expect 0 '^《中华人民共和国反间谍法》第一条$' cite 中华人民共和国反间谍法第一条
expect 0 '^《中华人民共和国反间谍法》（2014年）第一条$' cite '《反间谍法》（2014年）第一条'
expect 0 '^《中华人民共和国反间谍法》（2014年）第一条$' cite '2014年《反间谍法》第一条'
expect 0 '^《中华人民共和国反间谍法》（2014年）第四十条$' cite '反间谍法@2014:40'
expect 0 '^反间谍法\(2014-11-01\):40$' cite '反间谍法(2014-11-01):40' --style id
expect 1 'has 40 articles' cite '《反间谍法》（2014年）第七十一条'
expect 0 '^《中华人民共和国农产品质量安全法》（2018年修正）第一条$' cite '《农产品质量安全法》（2018年修正）第一条'
expect 0 '^《中华人民共和国农产品质量安全法》第一条$' cite '农产品质量安全法第一条'
expect 1 "no version of 2020" cite '《农产品质量安全法》（2020年）第一条'
expect 0 '^《中华人民共和国民法典》第一千零四十三条$' cite 《民法典》第一千零四十三条
expect 0 '^《中华人民共和国民法典》第一条$' cite 《民法典》第一条
expect 1 "no indexed part of 《中华人民共和国民法典》 has 第一千一百六十五条" cite 《民法典》第一千一百六十五条
expect 1 "nearest: 《中华人民共和国反间谍法》" cite 《反奸谍法》第一条
# 2014 art. 6 is unchanged as 2023 art. 10 (eval/versions-fanjiandie-2014-2023.tsv).
expect 0 '^1	1.000	反间谍法\(2023-04-26\):10	' similar '《反间谍法》（2014年）第六条' --format tsv
expect 0 '^1	1.000	反间谍法\(2014-11-01\):6	' similar 《反间谍法》第十条 --format tsv
expect 0 '^反间谍法\(2023-04-26\):4.1.3' search 境外机构、组织、个人实施或者指使
expect 0 '^反间谍法\(2014-11-01\):6.1  中华人民共和国反间谍法（2014年）第六条' search 境外机构、组织、个人实施或者指使 --in 反间谍法@2014
exit $fail
