#!/usr/bin/env python3
"""residual_probe.py FEATURES.tsv STRONG.tsv

Issue 11, stop 22 (docs/alignment.md, "Residuals"): does what an article has
*beyond* its best counterpart tell a second counterpart from a false one?
Reads bench/align_pair_features's dump (its res_row / res_col columns):

    build/release/align_pair_features > features.tsv 2> strong.tsv
    python3 bench/residual_probe.py features.tsv strong.tsv

and prints the defaults' selection (select.cpp's rules, without the
near-identity rule, as fit_selection.py has them), then two uses of the
residual as a rule, each over a small grid, with the mean and worst F1 over
the dev pairs and the reference's verdict on every pair the rule changes:

  rescue  add a pair the rules left out when j is the best match of i's
          residual (row), or i of j's (col), at cosine >= t and score >= s;
  drop    remove a kept pair that is not its row's (column's) best when its
          residual cosine is below t: its match is all in what the best
          counterpart already shares (a shadow of that counterpart).

Plain Python, no third-party modules.
"""
import csv
import statistics
import sys
from collections import defaultdict


def load(features, strong_file):
    rows = list(csv.DictReader(open(features, encoding="utf-8"), delimiter="\t"))
    for r in rows:
        for k in r:
            if k != "pair":
                r[k] = float(r[k])
    strong = {}
    for line in open(strong_file, encoding="utf-8"):
        name, n = line.rstrip("\n").split("\t")
        strong[name] = int(n)
    return rows, strong


def rules(r):
    v = r["score"]
    if v < 0.08:
        return False
    if v < 0.8 * r["row_rival"] and not (v >= r["col"] and v >= 0.2):
        return False
    return v >= 0.5 * r["col_rival"]


def main():
    rows, strong = load(sys.argv[1], sys.argv[2])
    pairs = list(strong)

    def f1s(selected):
        out = []
        for q in pairs:
            kept = [r for r, s in zip(rows, selected) if s and r["pair"] == q]
            p = sum(r["gold"] > 0 for r in kept) / len(kept) if kept else 0
            rc = sum(r["gold"] == 2 for r in kept) / strong[q]
            out.append(2 * p * rc / (p + rc) if p + rc else 0)
        return out

    def report(label, selected, base):
        f = f1s(selected)
        changed = [r for r, s, b in zip(rows, selected, base) if s != b]
        verdicts = [sum(r["gold"] == g for r in changed) for g in (2, 1, 0)]
        print(f"{label:<22} mean {statistics.mean(f):.3f} worst {min(f):.3f}"
              f"   changed: strong {verdicts[0]} partial {verdicts[1]} none {verdicts[2]}")

    base = [rules(r) for r in rows]
    report("rules", base, base)
    best_row, best_col = defaultdict(float), defaultdict(float)
    for r in rows:
        best_row[r["pair"], r["i"]] = max(best_row[r["pair"], r["i"]], r["res_row"])
        best_col[r["pair"], r["j"]] = max(best_col[r["pair"], r["j"]], r["res_col"])
    for side in ("row", "col", "both"):
        for t in (0.15, 0.2, 0.25, 0.3):
            for s in (0.03, 0.05, 0.07):
                sel = []
                for r, kept in zip(rows, base):
                    add = r["score"] >= s and (
                        (side != "col" and r["res_row"] >= t and r["res_row"] >= best_row[r["pair"], r["i"]]) or
                        (side != "row" and r["res_col"] >= t and r["res_col"] >= best_col[r["pair"], r["j"]]))
                    sel.append(kept or add)
                report(f"rescue {side} t={t} s={s}", sel, base)
    for side in ("row", "col", "both"):
        for t in (0.02, 0.04, 0.06, 0.08, 0.1):
            sel = []
            for r, kept in zip(rows, base):
                drop = ((side != "col" and 0 <= r["res_row"] < t) or (side != "row" and 0 <= r["res_col"] < t))
                sel.append(kept and not drop)
            report(f"drop {side} t={t}", sel, base)


if __name__ == "__main__":
    main()
