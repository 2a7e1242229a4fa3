#!/usr/bin/env bash
# One command from a fresh Debian machine to a result:
#   scripts/quickstart.sh run    install what is missing, build, compare Shenzhen with Guangdong
#   scripts/quickstart.sh test   install what is missing, build, run the test suite
#   scripts/quickstart.sh fuzz [SECONDS]
#                                install clang and libFuzzer, build the fuzz targets, run
#                                each for SECONDS (scripts/fuzz.sh)
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ pkg-config libcli11-dev libicu-dev libdtl-dev libfmt-dev doctest-dev libsqlite3-dev libsqlitecpp-dev libxxhash-dev)
# clang's libFuzzer and sanitizer runtimes: libclang-rt-dev (only a
# recommendation of clang's, so not installed with --no-install-recommends).
fuzz_packages=(clang libclang-rt-dev)
test_packages=(sqlite3 cmark-gfm libxml2-utils groff-base man-db bash-completion zsh fish dpkg-dev file python3 bsdutils git pandoc unzip)

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "quickstart: installing ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

build() {
  local preset=$1
  [ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" -G Ninja >&2
  cmake --build --preset "$preset" >&2
}

case "${1:-run}" in
  run)
    install_missing "${packages[@]}"
    build release
    shift || true
    # compare exits 1 when the acts differ (as diff(1)): that is the expected
    # result here, not a failure of the quick start.
    status=0
    build/release/lawdiff compare sz gd "$@" || status=$?
    [ "$status" -le 1 ] || exit "$status"
    ;;
  test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    build release
    ctest --preset release
    ;;
  fuzz)
    install_missing "${packages[@]}" "${fuzz_packages[@]}"
    shift || true
    scripts/fuzz.sh "$@"
    ;;
  *)
    echo "usage: scripts/quickstart.sh run|test|fuzz" >&2
    exit 2
    ;;
esac
