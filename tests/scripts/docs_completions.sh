#!/usr/bin/env bash
# The shell completions cannot drift from the program: every subcommand, long
# option and option value that `lawdiff --help` and `lawdiff SUB --help` list
# is (1) named in each completion file and (2) actually offered by bash
# (with bash-completion), zsh and fish; act ids and aliases come from the
# binary at completion time, including acts added with --corpus and
# LAWDIFF_PATH; file names complete where an ACT may be a file.
# Usage: docs_completions.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/cli_surface.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset LAWDIFF_PATH
# `lawdiff` on the command line is the binary under test.
mkdir "$tmp/bin"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/bin/lawdiff"
export PATH="$tmp/bin:$PATH"
mkdir "$tmp/corpus"
cp "$src/tests/data/corpus/small-act.txt" "$tmp/corpus/extra-act.txt"
extra_id=$(LAWDIFF_PATH=$tmp/corpus lawdiff list --format ids | grep -vxF -f <(lawdiff list --format ids))
[ -n "$extra_id" ] || { echo "FAIL: an act in LAWDIFF_PATH is not listed by list --format ids"; exit 1; }

fail=0
pass=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

surface_all "$bin" >"$tmp/surface"

# (1) Every name appears in every completion file.
files=("$src/completions/lawdiff.bash" "$src/completions/_lawdiff" "$src/completions/lawdiff.fish")
for f in "${files[@]}"; do
  [ -f "$f" ] || { bad "$f is missing"; continue; }
  while read -r kind sub name value; do
    case $kind in
      command) pattern="(^|[^a-zA-Z0-9_-])$name" ;;
      option) pattern="(--|-l )${name#--}" ;;  # fish spells --format as `-l format`
      value) pattern="(^|[^a-zA-Z0-9_-])$value" ;;
    esac
    grep -qE -- "$pattern([^a-zA-Z0-9_-]|\$)" "$f" && ok || bad "$(basename "$f") does not mention $kind $sub $name $value"
  done <"$tmp/surface"
done

# (2) Real completions. complete_SHELL LINE prints the candidates for LINE
# (the last word, possibly empty, is the one being completed).
complete_bash() {
  bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion || exit 2
    source "$1" || exit 2
    read -ra COMP_WORDS <<<"$2"
    [[ $2 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$2 COMP_POINT=${#2}
    _lawdiff lawdiff "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' bash "$src/completions/lawdiff.bash" "$1"
}
complete_zsh() {
  timeout 30 zsh -f "$here/lib/zsh_complete.zsh" "$src/completions" "$1" "$tmp/zcompdump"
}
complete_fish() {
  fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$src/completions/lawdiff.fish" "$1" | cut -f1
}

# expect SHELL LINE WORD...: completing LINE offers every WORD (for file
# names, a candidate ending in WORD will do).
expect() {
  local shell=$1 line=$2 got w
  shift 2
  got=$("complete_$shell" "$line" 2>"$tmp/err")
  for w in "$@"; do
    if grep -qxF -- "$w" <<<"$got" || { [[ $w == */* ]] && grep -qF -- "${w##*/}" <<<"$got"; }; then
      ok
    else
      bad "$shell: '$line<TAB>' does not offer '$w'; got: $(tr '\n' ' ' <<<"$got" | cut -c1-300) $(head -c 300 "$tmp/err")"
    fi
  done
}

shells=()
[ -f /usr/share/bash-completion/bash_completion ] && shells+=(bash) || echo "skip: bash-completion not installed"
command -v zsh >/dev/null && zsh -fc 'zmodload zsh/zpty' 2>/dev/null && shells+=(zsh) || echo "skip: zsh (with zpty) not installed"
command -v fish >/dev/null && shells+=(fish) || echo "skip: fish not installed"

for shell in "${shells[@]}"; do
  before=$fail
  # Every subcommand, with and without a prefix.
  mapfile -t commands < <(surface_subcommands "$bin")
  expect "$shell" "lawdiff " "${commands[@]}"
  expect "$shell" "lawdiff outl" outline
  # Every long option of the top level and of each subcommand.
  expect "$shell" "lawdiff --" $(surface_long_options "$bin" | grep -vx -- --help)
  for sub in "${commands[@]}"; do
    expect "$shell" "lawdiff $sub --" $(surface_long_options "$bin" "$sub")
  done
  # Every value of every option with a fixed set of values.
  while read -r kind sub name value; do
    [ "$kind" = value ] || continue
    if [ "$sub" = - ]; then expect "$shell" "lawdiff $name " "$value"; else expect "$shell" "lawdiff $sub $name " "$value"; fi
  done <"$tmp/surface"
  # Act ids and aliases, from the binary at completion time.
  expect "$shell" "lawdiff outline " sz gd shenzhen 深圳 广东
  expect "$shell" "lawdiff outline 深" 深圳 深圳条例
  expect "$shell" "lawdiff parse s" sz shenzhen
  expect "$shell" "lawdiff --corpus $tmp/corpus outline " sz "$extra_id"
  LAWDIFF_PATH=$tmp/corpus expect "$shell" "lawdiff outline " sz "$extra_id"
  # File names where an ACT may be a file.
  expect "$shell" "lawdiff parse $tmp/corpus/ext" "$tmp/corpus/extra-act.txt"
  [ "$fail" = "$before" ] && echo "ok: $shell completions"
done

# zsh: the file also loads through compinit from $fpath, without errors.
if command -v zsh >/dev/null; then
  out=$(zsh -fc "fpath=($src/completions \$fpath); autoload -Uz compinit && compinit -u -D && (( \${+_comps[lawdiff]} )) && echo loaded" 2>&1)
  [ "$out" = loaded ] && ok || bad "zsh compinit does not register _lawdiff: $out"
fi

echo "$pass checks passed, $fail failed"
[ "$fail" = 0 ]
