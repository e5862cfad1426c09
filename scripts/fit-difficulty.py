#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
"""Fits the weights of helder's difficulty model (lib/data/text/difficulty.tsv).

Input: the output of `difficulty_features PAIRS.csv` (one line per side of each complex/simple
pair). The model is linear in a few per-sentence features, so a pair is ranked right when
w . (complex - simple) > 0: a linear SVM on the differences (no intercept) fits exactly that.
The hinge loss is only a stand-in for the share ranked right, so a second step scales one
weight at a time by a few fixed factors while that share goes up (a coarse search: the model
keeps its features and signs stay explainable).
The script reports the share of pairs ranked right in-sample and in 5-fold cross-validation
grouped by document (pairs of one document never sit on both sides; the mean, lowest and
highest over eight random foldings), then prints the weights.

Usage: build/dev/tests/difficulty_features tests/data/amsterdam/amsterdam-complex-simple-dev.csv \
         | scripts/fit-difficulty.py [C]    (C: the SVM's regularisation, default 0.01)
"""
import csv
import random
import sys

# The model's features (names as in DifficultyModel::feature_values).
FEATURES = ["words_per_sentence", "letters_per_sentence", "unfamiliar_per_sentence",
            "less_common_per_sentence", "terms_per_sentence", "passives_per_sentence",
            "symbols_per_sentence", "words_beyond_limit_per_sentence",
            "questions_per_sentence"]


def read(stream):
    sides = {}
    for line in stream:
        parts = line.rstrip("\n").split("\t")
        pair, side = int(parts[0]), parts[1]
        values = dict(p.split("=", 1) for p in parts[2:])
        sides.setdefault(pair, {})[side] = {k: float(v) for k, v in values.items()} if "empty" not in values else None
    return [(pair, s.get("complex"), s.get("simple")) for pair, s in sorted(sides.items())]


def fit(diffs, c_param, iterations=600):
    """Pegasos-style subgradient descent on the hinge loss; features standardised first."""
    n = len(FEATURES)
    scale = [max(1e-9, (sum(d[j] ** 2 for d in diffs) / len(diffs)) ** 0.5) for j in range(n)]
    xs = [[d[j] / scale[j] for j in range(n)] for d in diffs]
    lam = 1.0 / (c_param * len(xs))
    w = [0.0] * n
    for t in range(1, iterations + 1):
        eta = min(0.5, 1.0 / (lam * t))
        grad = [lam * wj for wj in w]
        for x in xs:
            if sum(a * b for a, b in zip(w, x)) < 1.0:
                for j in range(n):
                    grad[j] -= x[j] / len(xs)
        w = [wj - eta * gj for wj, gj in zip(w, grad)]
    return [wj / s for wj, s in zip(w, scale)]


FACTORS = [0.0, 0.25, 0.5, 0.7, 0.85, 1.15, 1.4, 2.0, 3.0]


def refine(w, pairs, rounds=4):
    """Coordinate search on the share ranked right, starting from the SVM's weights."""
    w = list(w)
    best = share_right(w, pairs)
    for _ in range(rounds):
        for j in range(len(w)):
            for factor in FACTORS:
                trial = list(w)
                trial[j] = w[j] * factor
                share = share_right(trial, pairs)
                if share > best:
                    best, w = share, trial
    return w


def diff(c, s):
    return [c[f] - s[f] for f in FEATURES]


def share_right(w, pairs):
    right = sum(1 for _, c, s in pairs if c and s and sum(a * b for a, b in zip(w, diff(c, s))) > 0)
    return right / len(pairs)


def main():
    c_param = float(sys.argv[1]) if len(sys.argv) > 1 else 0.01
    pairs = read(sys.stdin)
    usable = [(p, c, s) for p, c, s in pairs if c and s]
    w = refine(fit([diff(c, s) for _, c, s in usable], c_param), pairs)
    print(f"pairs: {len(pairs)}; ranked right in-sample: {share_right(w, pairs):.4f}")
    # Cross-validation by document (the CSV's first column), over several ways to fold.
    docs = {}
    for i, row in enumerate(csv.reader(open(sys.argv[2] if len(sys.argv) > 2 else
                                            "tests/data/amsterdam/amsterdam-complex-simple-dev.csv"))):
        if i > 0:
            docs[i] = row[0]
    shares = []
    for seed in range(8):
        ids = sorted(set(docs.values()))
        random.Random(seed).shuffle(ids)
        folds = [set(ids[k::5]) for k in range(5)]
        right = 0
        for fold in folds:
            train = [(p, c, s) for p, c, s in usable if docs[p] not in fold]
            test = [(p, c, s) for p, c, s in pairs if docs[p] in fold]
            wf = refine(fit([diff(c, s) for _, c, s in train], c_param), train)
            right += share_right(wf, test) * len(test)
        shares.append(right / len(pairs))
    print(f"ranked right in 5-fold cross-validation by document, 8 foldings: mean {sum(shares) / len(shares):.4f}, "
          f"min {min(shares):.4f}, max {max(shares):.4f}")
    print("# weights for lib/data/text/difficulty.tsv (rounded):")
    for name, value in zip(FEATURES, w):
        print(f"{name}\t{value:.4g}")
    simple = sorted(sum(a * s[f] for a, f in zip(w, FEATURES)) for _, _, s in usable)
    print(f"scale\t{simple[int(0.75 * len(simple))]:.3g}")


main()
