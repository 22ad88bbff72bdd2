#!/usr/bin/python3
"""NLTK's VADER over the first N sentences of a one-sentence-per-line file, for bench/vader-benchmark.sh.

    vader-nltk.py LEXICON SENTENCES N [JAVA_COMPOUNDS]

LEXICON must be vader_lexicon.txt without a trailing newline (NLTK's make_lex_dict fails on the empty
last line otherwise); the script passes it explicitly, so no NLTK data download is needed. Prints one line
"nltk sentences=N seconds=S sentences_per_s=R". With JAVA_COMPOUNDS (framelab's compound per line for the
first K sentences, from VaderThroughput --compounds), also scores those K sentences and prints how many
compounds agree within 1e-4, with the largest differences.
"""
import sys
import time

from nltk.sentiment.vader import SentimentIntensityAnalyzer


def read(path, n):
    out = []
    with open(path, encoding="utf-8", newline="\n") as f:
        for line in f:
            out.append(line.rstrip("\n"))
            if len(out) == n:
                break
    return out


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: vader-nltk.py LEXICON SENTENCES N [JAVA_COMPOUNDS]")
    lexicon, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sia = SentimentIntensityAnalyzer(lexicon_file="file:" + lexicon)
    sentences = read(path, n)
    start = time.perf_counter()
    checksum = 0.0
    for s in sentences:
        checksum += sia.polarity_scores(s)["compound"]
    seconds = time.perf_counter() - start
    print(f"nltk sentences={len(sentences)} seconds={seconds:.3f} sentences_per_s={len(sentences) / seconds:.0f} checksum={checksum:.4f}")
    if len(sys.argv) == 5:
        with open(sys.argv[4], encoding="utf-8") as f:
            ours = [float(x) for x in f.read().split()]
        sample = read(path, len(ours))
        diffs = []
        within = 0
        for s, c in zip(sample, ours):
            d = sia.polarity_scores(s)["compound"] - round(c, 4)
            if abs(d) <= 1e-4 + 1e-12:
                within += 1
            else:
                diffs.append((abs(d), d, s))
        k = len(sample)
        print(f"agreement sample={k} within_1e-4={within} share={within / k:.4f} "
              f"mean_abs_diff={sum(d[0] for d in diffs) / k:.5f}")
        for _, d, s in sorted(diffs, reverse=True)[:5]:
            print(f"  nltk-framelab={d:+.4f}  {s[:160]}")


if __name__ == "__main__":
    main()
