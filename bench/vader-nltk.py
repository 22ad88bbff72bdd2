#!/usr/bin/python3
"""NLTK's VADER over the first N sentences of a one-sentence-per-line file, for bench/vader-benchmark.sh.

    vader-nltk.py LEXICON SENTENCES N [JAVA_COMPOUNDS]

LEXICON must be vader_lexicon.txt without a trailing newline (NLTK's make_lex_dict fails on the empty
last line otherwise); the script passes it explicitly, so no NLTK data download is needed. Prints one line
"nltk sentences=N seconds=S sentences_per_s=R cpu_seconds=C sentences_per_cpu_s=Q". With JAVA_COMPOUNDS (framelab's compound per line for the
first K sentences, from VaderThroughput --compounds), also scores those K sentences and prints how many
compounds agree within 1e-4, with the largest differences.
"""
import os
import sys
import time

from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                         "framelab", "lexicons", "vader")


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
    cpu0 = time.process_time()
    checksum = 0.0
    for s in sentences:
        checksum += sia.polarity_scores(s)["compound"]
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    print(f"nltk sentences={len(sentences)} seconds={seconds:.3f} sentences_per_s={len(sentences) / seconds:.0f} "
          f"cpu_seconds={cpu:.3f} sentences_per_cpu_s={len(sentences) / cpu:.0f} checksum={checksum:.4f}")
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
        causes = {}
        nltk_boosters = set(VaderConstants().BOOSTER_DICT)
        with open(os.path.join(RESOURCES, "boosters.tsv"), encoding="utf-8") as f:
            boosters = {line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")}
        extra_boosters = {b for b in boosters - nltk_boosters if " " not in b}
        for _, _, s in diffs:
            for tag in likely_causes(s, sia.lexicon, extra_boosters):
                causes[tag] = causes.get(tag, 0) + 1
        print("disagreements by feature (a sentence can have several): "
              + ", ".join(f"{t}={c}" for t, c in sorted(causes.items(), key=lambda x: -x[1])))


PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


NLTK_SINGLE_MARKS = set(".!?,;:-'\"")


def stripped_differently(token):
    core = token.strip("".join(PUNCT))
    if len(core) <= 2 or core == token:
        return False
    ends = token[: token.index(core)] + token[token.index(core) + len(core):]
    return len(ends) >= 2 or any(c not in NLTK_SINGLE_MARKS for c in ends)


def likely_causes(sentence, lexicon, extra_boosters):
    """Features of a sentence where NLTK 3.8's VADER and vaderSentiment 44fc044 are known to differ."""
    raw = sentence.split()
    words = [w.strip("".join(PUNCT)).lower() or w.lower() for w in raw]
    tags = set()
    if any(w in extra_boosters for w in words):
        tags.add("booster_list")  # 44fc044 has 18 boosters NLTK lacks ("major", "total", "tremendous", ...)
    if any(w != w.strip("".join(PUNCT)) and len(w.strip("".join(PUNCT))) <= 2 for w in raw):
        tags.add("short_word_punctuation")  # 44fc044 keeps "OK," or "so," whole; NLTK strips them
    if "no" in words:
        tags.add("no_rule")  # 44fc044 negates the word after "no"; NLTK scores "no" as -1.2
    if any(len(w) == 1 for w in raw):
        tags.add("one_letter_word")  # NLTK drops one-letter words, shifting the 3-word windows
    lexical = [w for w in words if w in lexicon]
    if len(lexical) != len(set(lexical)):
        tags.add("repeated_word")  # NLTK scores every repeat at the first occurrence's position
    if "but" in words:
        tags.add("but")  # 44fc044's list.index quirk
    if "never" in words or "without" in words:
        tags.add("never_without")  # NLTK: never so/this x1.5, no "without doubt"
    if any(stripped_differently(w) for w in raw):
        tags.add("punctuation")  # 44fc044 strips all of string.punctuation; NLTK one mark of its PUNC_LIST
    if not tags:
        tags.add("other")
    return sorted(tags)


if __name__ == "__main__":
    main()
