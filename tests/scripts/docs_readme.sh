#!/usr/bin/env bash
# The README's examples are real: in every ```console block, each `$ COMMAND`
# line is run (by bash, in a scratch directory where tests/ is the source's)
# and must print exactly the lines under it, standard error included, up to
# the next `$ ` line or the end of the block. Trailing spaces are ignored.
# With UPDATE=1 the README's outputs are rewritten from the binary instead
# (review the diff before committing).
# Usage: docs_readme.sh LAWDIFF SOURCE_DIR BUILD_DIR
set -u
bin=$1 src=$2
command -v python3 >/dev/null || { echo "skip: python3 not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/work"
ln -s "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" "$tmp/bin/lawdiff"
ln -s "$src/tests" "$tmp/work/tests"
unset LAWDIFF_PATH LAWDIFF_PAGER PAGER
export LC_ALL=C.UTF-8 NO_COLOR=1 COLUMNS=100 PATH="$tmp/bin:$PATH"
cd "$tmp/work" || exit 2
python3 - "$src/README.md" "${UPDATE:-}" <<'PY'
import re, subprocess, sys

readme, update = sys.argv[1], sys.argv[2] == "1"
lines = open(readme, encoding="utf-8").read().split("\n")
out, failures, checked, i = [], 0, 0, 0


def run(command):
    r = subprocess.run(["bash", "-c", command], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return [l.rstrip() for l in r.stdout.rstrip("\n").split("\n")] if r.stdout else []


while i < len(lines):
    line = lines[i]
    out.append(line)
    i += 1
    if line.strip() != "```console":
        continue
    while i < len(lines) and lines[i].strip() != "```":
        command_line = lines[i]
        out.append(command_line)
        i += 1
        if not command_line.startswith("$ "):
            print(f"FAIL: README line {i}: console block line is not a `$ ` command: {command_line}")
            failures += 1
            continue
        expected = []
        while i < len(lines) and lines[i].strip() != "```" and not lines[i].startswith("$ "):
            expected.append(lines[i].rstrip())
            i += 1
        got = run(command_line[2:])
        checked += 1
        if got != expected:
            if not update:
                failures += 1
                print(f"FAIL: README: `{command_line[2:]}` prints:")
                print("\n".join(got))
                print("  --- but the README shows:")
                print("\n".join(expected))
        out += got if update else expected

if update:
    open(readme, "w", encoding="utf-8").write("\n".join(out))
    print(f"rewrote the outputs of {checked} commands in {readme}")
print(f"{checked} README commands checked, {failures} failed")
sys.exit(1 if failures else 0)
PY
