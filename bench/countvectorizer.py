#!/usr/bin/python3
"""The scikit-learn side of bench/freq-benchmark.sh: term counts per source, then keyness of one source
against the rest, with scikit-learn's CountVectorizer (Debian python3-sklearn; run with /usr/bin/python3).

    /usr/bin/python3 bench/countvectorizer.py [--list] CORPUS.tsv TEXT_COLUMN GROUP_COLUMN TARGET OUT_DIR

By default the TSV is streamed with the csv module (QUOTE_NONE: the file is unquoted TSV) straight into
CountVectorizer.fit_transform, so the texts are never held in a list. With --list it is read the common
way instead: every text into a Python list first, then fit_transform(list) (more memory: the texts stay
alive while the matrix is built). Both read with the same csv reader, so the difference between the two
is holding the texts, not parsing. CountVectorizer's defaults are
used (lowercase, token_pattern (?u)\\b\\w\\w+\\b, no stopwords): the point is the cost of the counting
machinery, not identical term definitions. Counting per source = one sparse product G·X with G the
source-indicator matrix; keyness = Dunning's G² of TARGET against the sum of the other sources.
Writes OUT_DIR/frequencies.csv (top 100 terms per source) and OUT_DIR/keyness.csv (every term).
"""
import csv
import gzip
import os
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer


def rows(path, text_col, group_col, groups):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(r)
        ti, gi = header.index(text_col), header.index(group_col)
        for rec in r:
            if len(rec) != len(header):
                continue
            groups.append(rec[gi])
            yield rec[ti]


def g2(a, b, c, d):
    """Signed log-likelihood G² (Dunning 1993) of counts a (target) and b (reference) in totals c, d."""
    n = c + d
    e1 = (a + b) * c / n
    e2 = (a + b) * d / n
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
        t3 = np.where(c - a > 0, (c - a) * np.log((c - a) / (c - e1)), 0.0)
        t4 = np.where(d - b > 0, (d - b) * np.log((d - b) / (d - e2)), 0.0)
    return np.sign(a - e1) * np.maximum(0.0, 2.0 * (t1 + t2 + t3 + t4))


def main():
    args = sys.argv[1:]
    as_list = bool(args) and args[0] == "--list"
    if as_list:
        args = args[1:]
    if len(args) != 5:
        sys.exit("usage: countvectorizer.py [--list] CORPUS.tsv TEXT_COLUMN GROUP_COLUMN TARGET OUT_DIR")
    path, text_col, group_col, target, out = args
    csv.field_size_limit(sys.maxsize)
    groups = []
    cv = CountVectorizer(dtype=np.int64)
    texts = rows(path, text_col, group_col, groups)
    if as_list:
        texts = list(texts)
    x = cv.fit_transform(texts).tocsr()
    names = sorted(set(groups))
    index = {g: i for i, g in enumerate(names)}
    gidx = np.fromiter((index[g] for g in groups), dtype=np.int64, count=len(groups))
    ind = sp.csr_matrix((np.ones(len(gidx), dtype=np.int64), (gidx, np.arange(len(gidx)))), shape=(len(names), len(gidx)))
    per_group = (ind @ x).toarray()  # groups x terms
    vocab = cv.get_feature_names_out()
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "frequencies.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["group", "term", "count", "rank"])
        for gi, g in enumerate(names):
            row = per_group[gi]
            top = np.lexsort((np.arange(len(row)), -row))[:100]
            for rank, t in enumerate(top, 1):
                if row[t] > 0:
                    w.writerow([g, vocab[t], int(row[t]), rank])
    ti = index[target]
    a = per_group[ti].astype(np.float64)
    b = per_group.sum(axis=0).astype(np.float64) - a
    keep = (a + b) > 0
    score = g2(a, b, a.sum(), b.sum())
    order = np.argsort(-score, kind="stable")
    with open(os.path.join(out, "keyness.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["term", "count_target", "count_reference", "g2"])
        for t in order:
            if keep[t]:
                w.writerow([vocab[t], int(a[t]), int(b[t]), repr(float(score[t]))])
    print(f"countvectorizer ({'list' if as_list else 'streamed'}): {len(groups)} documents, {int(x.sum())} tokens, {len(vocab)} terms, "
          f"{len(names)} groups -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
