#!/usr/bin/env zsh
# Real zsh completion, for tests: prints the matches zsh's completion system
# offers for a command line, one a line.
#   zsh zsh_complete.zsh FPATH_DIR 'lawdiff outl' [DUMPFILE]
# Runs an interactive zsh on a pseudo-terminal (zpty), loads compinit with
# FPATH_DIR first in $fpath, types the line and a TAB, and records every
# match through a compadd wrapper (compadd -A puts the matches that fit the
# word into an array instead of adding them), between two NUL markers.
# DUMPFILE: compinit's cache, to share between calls (compinit is slow).
emulate -L zsh
zmodload zsh/zpty || exit 77
fpath_dir=$1 line=$2 dump=${3:-}

if [[ -n $dump ]]; then cache="-d ${(q)dump}"; else cache=-D; fi
setup=$(mktemp) || exit 2
trap 'rm -f $setup' EXIT
cat >$setup <<EOF
PROMPT= RPROMPT= PS2=
unsetopt zle_bracketed_paste 2>/dev/null
fpath=(${(q)fpath_dir} \$fpath)
autoload -Uz compinit && compinit -u $cache
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
bindkey '^M' undefined
bindkey '^J' undefined
bindkey '^I' complete-word
_capture_mark() { print -rn -- \$'\\0\\n' }
compprefuncs=(_capture_mark)
comppostfuncs=(_capture_mark exit)
compadd() {
  # Calls that only ask (-O/-A/-D) go straight through.
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd "\$@"; return; fi
  local -a __hits
  builtin compadd -A __hits "\$@"
  (( \$#__hits )) && print -rl -- \$'\\1'\${^__hits}
  builtin compadd "\$@"
}
print -r -- ready
EOF

zpty capture zsh -f -i || exit 2
zpty -w capture "source ${(q)setup}"
integer tries=0
local out
until [[ $out == *ready* ]]; do
  zpty -r -t capture out || sleep 0.05
  (( ++tries > 400 )) && { print -u2 "zsh_complete: zsh did not start"; exit 2; }
done
zpty -w -n capture "$line"$'\t'
# Read until the second NUL marker (or a timeout), then print the matches.
local all='' chunk
integer waited=0
while (( waited < 300 )); do
  if zpty -r -t capture chunk; then
    all+=$chunk
    [[ ${all#*$'\0'} == *$'\0'* ]] && break
  else
    sleep 0.05
    (( waited++ ))
  fi
done
zpty -d capture
for l in ${(f)all}; do
  l=${l%$'\r'}
  [[ $l == $'\1'* ]] && print -r -- ${l#$'\1'}
done
exit 0
