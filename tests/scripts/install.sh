#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts every file where issue 7
# says, each shell finds its completion there, and the installed binary runs
# from another directory with nothing around it. Then `cpack -G DEB` makes a
# .deb holding the same files under /usr, with its library dependencies
# (skipped when dpkg-deb is missing).
# Usage: install.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2 build=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR=1
unset LAWDIFF_PATH
fail=0
pass=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }

files=(bin/lawdiff share/man/man1/lawdiff.1 share/bash-completion/completions/lawdiff
  share/zsh/site-functions/_lawdiff share/fish/vendor_completions.d/lawdiff.fish)

prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >"$tmp/log" 2>&1 || { cat "$tmp/log"; echo "FAIL: cmake --install"; exit 1; }
for f in "${files[@]}"; do
  [ -f "$prefix/$f" ] && ok || bad "cmake --install did not install $f"
done
[ -x "$prefix/bin/lawdiff" ] && ok || bad "bin/lawdiff is not executable"
cmp -s "$src/man/lawdiff.1" "$prefix/share/man/man1/lawdiff.1" && ok || bad "installed man page differs from man/lawdiff.1"

# The installed binary, from / with a minimal environment: the corpus is in it.
out=$(cd / && env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 "$prefix/bin/lawdiff" outline sz 2>&1)
status=$?
[ "$status" = 0 ] && grep -q '第七十三条' <<<"$out" && ok || bad "installed lawdiff outline sz from / → exit $status: $(head -3 <<<"$out")"
[ "$(cd / && "$prefix/bin/lawdiff" --version)" = "$("$bin" --version)" ] && ok || bad "installed --version differs"

# Each tool finds what was installed, where it looks under a prefix.
if command -v man >/dev/null; then
  [ "$(MANPATH=$prefix/share/man man -w lawdiff 2>/dev/null)" = "$prefix/share/man/man1/lawdiff.1" ] && ok || bad "man -w lawdiff does not find the installed page"
fi
export PATH="$prefix/bin:$PATH"
if [ -f /usr/share/bash-completion/bash_completion ]; then
  got=$(XDG_DATA_DIRS=$prefix/share bash --norc -c 'source /usr/share/bash-completion/bash_completion
    _completion_loader lawdiff; complete -p lawdiff' 2>&1)
  [[ $got == *"-F _lawdiff lawdiff"* ]] && ok || bad "bash-completion does not load the installed completion: $got"
fi
if command -v zsh >/dev/null; then
  got=$(zsh -fc "fpath=($prefix/share/zsh/site-functions \$fpath); autoload -Uz compinit; compinit -u -D; print \$_comps[lawdiff]" 2>&1)
  [ "$got" = _lawdiff ] && ok || bad "zsh compinit does not find the installed _lawdiff: $got"
fi
if command -v fish >/dev/null; then
  got=$(HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_DATA_DIRS=$prefix/share fish -c 'complete -C "lawdiff outl"' 2>&1 | cut -f1)
  [ "$got" = outline ] && ok || bad "fish does not load the installed completion: $got"
fi

# The Debian package.
if command -v dpkg-deb >/dev/null && command -v cpack >/dev/null; then
  if cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/log" 2>&1; then
    deb=$(ls "$tmp"/pkg/*.deb 2>/dev/null | head -1)
    dpkg-deb -c "$deb" | awk '{print $NF}' >"$tmp/contents"
    for f in "${files[@]}"; do
      grep -qxF "./usr/$f" "$tmp/contents" && ok || bad "the .deb lacks /usr/$f"
    done
    # The Depends line covers what the binary loads: libc always, ICU only
    # when it is linked dynamically (the release build links it statically).
    depends=$(dpkg-deb -f "$deb" Depends)
    grep -q libc6 <<<"$depends" && ok || bad "the .deb does not depend on libc6: $depends"
    if LC_ALL=C readelf -d "$bin" 2>/dev/null | grep -q 'NEEDED.*libicu'; then
      grep -q libicu <<<"$depends" && ok || bad "the binary loads ICU but the .deb does not depend on it: $depends"
    fi
    dpkg-deb -x "$deb" "$tmp/root"
    (cd / && "$tmp/root/usr/bin/lawdiff" outline gd >/dev/null) && ok || bad "the packaged binary does not run"
    echo "ok: $(basename "$deb"), $(wc -c <"$deb") bytes"
  else
    cat "$tmp/log"
    bad "cpack -G DEB failed"
  fi
else
  echo "skip: no dpkg-deb; .deb not checked"
fi

echo "$pass checks passed, $fail failed"
[ "$fail" = 0 ]
