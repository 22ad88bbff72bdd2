#!/usr/bin/python3
"""One sentence per line from a framelab TSV corpus, for bench/vader-benchmark.sh.

    vader-split.py CORPUS.tsv[.gz] OUT.txt [TEXT_COLUMN]

The same file feeds both framelab's VADER and NLTK's, so the split only has to be shared, not clever:
a sentence ends at ".", "!" or "?" (optionally followed by a closing quote or bracket) when whitespace and
then a capital letter, a digit or an opening quote/bracket follow. Line-breaking characters inside a text
(\\r, \\u2028, \\x85, ...) become spaces: VADER treats them as whitespace anyway, so scores do not change.
Empty sentences are dropped. The TSV is unquoted (csv.QUOTE_NONE), as the corpus is written.
"""
import csv
import gzip
import re
import sys

BOUNDARY = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘'(\[])|(?<=[.!?][\"”’')\]])\s+(?=[A-Z0-9\"“‘'(\[])")
LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: vader-split.py CORPUS.tsv[.gz] OUT.txt [TEXT_COLUMN]")
    src, out = sys.argv[1], sys.argv[2]
    column = sys.argv[3] if len(sys.argv) == 4 else "title_and_text"
    csv.field_size_limit(sys.maxsize)
    opener = gzip.open if src.endswith(".gz") else open
    docs = sentences = 0
    with opener(src, "rt", encoding="utf-8", newline="") as f, open(out, "w", encoding="utf-8", newline="\n") as w:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if column not in header:
            sys.exit(f"vader-split: no column {column!r} in {src} (columns: {', '.join(header)})")
        col = header.index(column)
        for row in rows:
            if len(row) <= col:
                continue
            docs += 1
            for s in BOUNDARY.split(LINE_BREAKS.sub(" ", row[col])):
                s = s.strip()
                if s:
                    w.write(s + "\n")
                    sentences += 1
    print(f"{docs} documents, {sentences} sentences -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
