#!/usr/bin/env python3
"""Draws the pairs to read for bench/syndication-RESULTS.md: PER pairs from each containment band
(max(containment_a, containment_b) in [0.2,0.3), [0.3,0.5), [0.5,0.8), [0.8,1]), with a fixed seed, and
prints for each the outlets, containment, the passages and the opening of both documents, for a human
verdict. With "cross", only pairs whose outlets (group_a, group_b) differ.
Usage: syndication-sample.py OUT_DIR CORPUS.tsv.gz [PER=5] [SEED=2024] [cross]"""
import csv, gzip, random, sys

csv.field_size_limit(1 << 30)
out, corpus = sys.argv[1], sys.argv[2]
per = int(sys.argv[3]) if len(sys.argv) > 3 else 5
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 2024
pairs = list(csv.DictReader(open(f"{out}/syndication_pairs.csv", encoding="utf-8")))
if len(sys.argv) > 5 and sys.argv[5] == "cross":
    pairs = [p for p in pairs if p["group_a"] != p["group_b"]]
passages = {}
for s in csv.DictReader(open(f"{out}/shared_passages.csv", encoding="utf-8")):
    if s["doc_a"] != s["doc_b"]:
        passages.setdefault((s["doc_a"], s["doc_b"]), []).append(s)
bands = [(0.2, 0.3), (0.3, 0.5), (0.5, 0.8), (0.8, 1.01)]
rng = random.Random(seed)
chosen = []
for lo, hi in bands:
    band = [p for p in pairs if lo <= max(float(p["containment_a"]), float(p["containment_b"])) < hi]
    chosen += rng.sample(band, min(per, len(band)))
want = {p["doc_a"] for p in chosen} | {p["doc_b"] for p in chosen}
texts = {}
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["id"] in want:
            texts[row["id"]] = (row["date"], row["title_and_text"])
for i, p in enumerate(chosen, 1):
    ps = passages.get((p["doc_a"], p["doc_b"]), [])
    words = sum(int(s["words"]) for s in ps)
    print(f"#{i} {p['doc_a']} ({p['group_a']}, {texts.get(p['doc_a'], ('?',))[0]}) vs {p['doc_b']} ({p['group_b']}, "
          f"{texts.get(p['doc_b'], ('?',))[0]}): containment {float(p['containment_a']):.3f}/{float(p['containment_b']):.3f}, "
          f"jaccard {float(p['jaccard']):.3f}, {len(ps)} passages, {words} words")
    for d in (p["doc_a"], p["doc_b"]):
        print(f"   {d}: {texts.get(d, ('', ''))[1][:160]!r} [{len(texts.get(d, ('', ''))[1])} chars]")
    for s in sorted(ps, key=lambda s: -int(s["words"]))[:3]:
        print(f"   passage {s['words']} words: {s['text'][:160]!r}")
    print()
