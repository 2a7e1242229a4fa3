#!/usr/bin/env python3
"""fit_selection.py FEATURES.tsv STRONG.tsv [LAMBDA [STRONG_WEIGHT]]

A learned selection step, measured against the hand-written rules (issue 11,
stop 19; docs/alignment.md): an L2-regularised logistic regression over the
quantities the rules see (score, its ratios to the row's and column's bests
and rivals, ranks, content, title, position, unit kinds, lengths), fitted on
every dev pair's candidate pairs and thresholded to maximise the standing
objective (mean F1 + worst F1) on the training pairs, scored leaving one
pair out. Inputs come from bench/align_pair_features (stdout and stderr):

    build/release/align_pair_features > features.tsv 2> strong.tsv
    python3 bench/fit_selection.py features.tsv strong.tsv

Needs python3-numpy. Precision and recall are computed as evaluate() does,
without the near-identity rule (the rules' row reproduces align_eval).
"""
import csv
import sys

import numpy as np


def load(features, strong_file):
    rows = list(csv.DictReader(open(features, encoding="utf-8"), delimiter="\t"))
    strong = {}
    for line in open(strong_file, encoding="utf-8"):
        name, n = line.rstrip("\n").split("\t")
        strong[name] = int(n)
    for r in rows:
        for k in r:
            if k != "pair":
                r[k] = float(r[k])
    return rows, strong


def rules(r):
    """The defaults' selection (select.cpp, decide) on one candidate."""
    v = r["score"]
    col_top = v >= r["col"]
    if v < 0.08:
        return False
    if v < 0.8 * r["row_rival"] and not (col_top and v >= 0.2):
        return False
    return v >= 0.5 * r["col_rival"]


def features_of(r):
    v = r["score"]
    rt = float(v >= r["row"] - 1e-12)
    ct = float(v >= r["col"] - 1e-12)
    return [v, np.log(v), v / r["row_rival"] if r["row_rival"] > 0 else 1, v / r["col_rival"] if r["col_rival"] > 0 else 1,
            v / r["row"], v / r["col"], rt, ct, rt * ct, np.log1p(r["rank_row"]), np.log1p(r["rank_col"]),
            r["content"], r["title"], r["pos"], float(r["kind_a"] == 1), float(r["kind_a"] == 2),
            float(r["kind_b"] == 1), float(r["kind_b"] == 2), np.log(r["len_a"] + 1), np.log(r["len_b"] + 1), r["row"], r["col"]]


def fit(x, y, weight, lam, iters=50):
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.r_[np.ones(len(w) - 1), 0]
    for _ in range(iters):  # Newton steps
        p = 1 / (1 + np.exp(-z @ w))
        g = z.T @ (weight * (p - y)) + lam * reg * w
        h = (z * (weight * p * (1 - p))[:, None]).T @ z + lam * np.diag(reg)
        w -= np.linalg.solve(h, g)
    return lambda xn: 1 / (1 + np.exp(-np.hstack([(xn - mu) / sd, np.ones((len(xn), 1))]) @ w))


def main():
    rows, strong = load(sys.argv[1], sys.argv[2])
    lam = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    strong_weight = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
    pairs = list(strong)
    x = np.array([features_of(r) for r in rows])
    y = np.array([1.0 if r["gold"] > 0 else 0.0 for r in rows])
    is_strong = np.array([r["gold"] == 2 for r in rows])
    name = np.array([r["pair"] for r in rows])
    weight = np.where(is_strong, strong_weight, 1.0)

    def f1(selected, pair):
        m = name == pair
        pred = selected & m
        n = pred.sum()
        p = (pred & (y > 0)).sum() / n if n else 0
        r = (pred & is_strong).sum() / strong[pair]
        return 2 * p * r / (p + r) if p + r else 0

    def objective(selected, names):
        fs = [f1(selected, q) for q in names]
        return 0.5 * np.mean(fs) + 0.5 * min(fs)

    def report(selected, label):
        fs = [f1(selected, q) for q in pairs]
        print(f"{label:<10}", " ".join(f"{v:.3f}" for v in fs), f" mean {np.mean(fs):.3f} worst {min(fs):.3f}")

    print("pairs:", " | ".join(pairs))
    report(np.array([rules(r) for r in rows]), "rules")
    thresholds = np.arange(0.1, 0.9, 0.02)
    p_all = fit(x, y, weight, lam)(x)
    t = max(thresholds, key=lambda t: objective(p_all >= t, pairs))
    report(p_all >= t, f"all t={t:.2f}")
    lopo = np.zeros(len(rows), bool)
    for q in pairs:
        train = name != q
        p = fit(x[train], y[train], weight[train], lam)(x)
        others = [o for o in pairs if o != q]
        t = max(thresholds, key=lambda t: objective(p >= t, others))
        lopo |= (p >= t) & (name == q)
    report(lopo, "lopo")


if __name__ == "__main__":
    main()
