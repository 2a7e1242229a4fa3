#!/usr/bin/env python3
"""Every command in every format over every statute of ../shared.

Usage: outputs.py LAWDIFF SHARED_DIR [JOBS]

Runs, for each file of SHARED_DIR/corpus-sample and SHARED_DIR/corpus-dev,
parse, outline, refs, search and cite in each of their formats; for
neighbouring files taken two by two, diff, align, coverage and compare in
each of theirs; and over an index built from corpus-sample, list, search,
versions, similar and cite --batch. Checks each run: no signal, exit status
0 to 2, stdout and stderr valid UTF-8, JSON output that parses (JSON Lines
for cite --batch), no control
character (but tab and newline) in text or TSV output or on stderr.
Prints a summary and every failure (command, what broke); exits 1 on any
failure, 77 (skipped) without SHARED_DIR.
"""
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

FORMATS = {
    "parse": ["text", "json"],
    "outline": ["text", "markdown", "tsv", "json"],
    "refs": ["text", "markdown", "tsv", "json"],
    "search": ["text", "markdown", "tsv", "json"],
    "cite": ["text", "markdown", "json", "tsv"],
    "diff": ["text", "markdown", "html", "json"],
    "align": ["text", "markdown", "tsv", "json"],
    "coverage": ["text", "markdown", "tsv", "json", "html"],
    "compare": ["text", "markdown", "html", "json"],
    "list": ["text", "markdown", "tsv", "json", "ids"],
    "versions": ["text", "markdown", "tsv", "json"],
    "similar": ["text", "tsv", "json", "markdown"],
}
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def check(run):
    """The failures of one run (args, format) as a list of strings."""
    args, fmt, env = run
    try:
        p = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=300)
    except subprocess.TimeoutExpired:
        return [" ".join(args[1:]) + ": no result in 300 s"], "timeout"
    why = []
    if p.returncode < 0:
        why.append(f"killed by signal {-p.returncode}")
    elif p.returncode > 2:
        why.append(f"exit status {p.returncode}")
    texts = {}
    for name, data in (("stdout", p.stdout), ("stderr", p.stderr)):
        try:
            texts[name] = data.decode("utf-8")
        except UnicodeDecodeError as e:
            why.append(f"{name} is not UTF-8 at byte {e.start}: {data[max(0, e.start - 30):e.start + 10]!r}")
    out = texts.get("stdout")
    if out and fmt == "json":
        try:
            # cite --batch writes JSON Lines: one document per line.
            for doc in out.splitlines() if "--batch" in args else [out]:
                json.loads(doc)
        except ValueError as e:
            why.append(f"stdout is not JSON: {e}")
    if out and fmt in ("text", "tsv", "ids") and CONTROLS.search(out):
        why.append("control character on stdout")
    if texts.get("stderr") and CONTROLS.search(texts["stderr"]):
        why.append("control character on stderr")
    return [" ".join(args[1:]) + ": " + w for w in why], p.returncode


def statute_files(shared):
    out = []
    for corpus in ("corpus-sample", "corpus-dev"):
        for root, _, files in os.walk(os.path.join(shared, corpus)):
            out += sorted(os.path.join(root, f) for f in files if not f.startswith("."))
    return sorted(out)


def runs(lawdiff, files, index, batch):
    base = [lawdiff, "--no-pager", "--color", "never"]
    env = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1", LAWDIFF_INDEX=index)
    env.pop("LAWDIFF_PATH", None)
    for f in files:
        for cmd, extra in (("parse", [f]), ("outline", [f]), ("refs", [f]), ("search", ["人民政府", f]),
                           ("cite", [f])):
            for fmt in FORMATS[cmd]:
                yield base + [cmd] + extra + ["--format", fmt], fmt, env
    for a, b in zip(files[0::2], files[1::2]):
        for cmd in ("diff", "align", "coverage", "compare"):
            for fmt in FORMATS[cmd]:
                yield base + [cmd, a, b, "--format", fmt], fmt, env
    for cmd, extra in (("list", []), ("search", ["人民政府"]), ("search", ["--regex", "第.条"]),
                       ("versions", ["民法典"]), ("similar", ["sz:33"]), ("cite", ["--batch", batch])):
        for fmt in FORMATS[cmd]:
            yield base + [cmd] + extra + ["--format", fmt], fmt, env


def main():
    lawdiff, shared = sys.argv[1], sys.argv[2]
    jobs = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    if not os.path.isdir(os.path.join(shared, "corpus-sample")):
        print(f"skipped: no {shared}/corpus-sample")
        return 77
    files = statute_files(shared)
    with tempfile.TemporaryDirectory() as tmp:
        # A copy: a rebuild during the sweep must not swap the binary under it.
        shutil.copy(lawdiff, os.path.join(tmp, "lawdiff"))
        lawdiff = os.path.join(tmp, "lawdiff")
        index = os.path.join(tmp, "index.sqlite")
        build = subprocess.run([lawdiff, "--index", index, "index", "build", os.path.join(shared, "corpus-sample")],
                               capture_output=True, text=True)
        if build.returncode != 0:
            print("index build failed:", build.stderr)
            return 1
        batch = os.path.join(tmp, "refs.txt")
        with open(batch, "wb") as out:
            out.write("sz:33\n民法典第一千零四十三条\n《刑法》第二十条\nnot a reference\n".encode() + b"\x1b[31m\xe7\xac\xff\n")
        failures, statuses, count = [], {}, 0
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            for why, status in pool.map(check, runs(lawdiff, files, index, batch), chunksize=16):
                count += 1
                statuses[str(status)] = statuses.get(str(status), 0) + 1
                failures += why
    print(f"{len(files)} files, {count} runs; exit statuses {dict(sorted(statuses.items()))}; {len(failures)} failures")
    for f in failures[:200]:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
