#!/usr/bin/env bash
# framelab's VADER (framelab.sentiment.vader) against NLTK's VADER over every sentence of the ABP news corpus.
#
#   bench/vader-benchmark.sh [N]        (from anywhere; N = sentences to time, default all of them)
#
# 1. Splits the corpus's title_and_text into one sentence per line, once, with bench/vader-split.py
#    (a shared, deliberately simple rule: . ! ? followed by whitespace and a capital, digit or opening
#    quote). Both sides read that same file, so they score exactly the same strings.
# 2. Compiles the VADER classes and bench/VaderThroughput with javac into the scratch directory (no Maven,
#    so other work in progress in the repository cannot break it) and times framelab on 1 and 2 threads:
#    one warm-up pass, then the median of ROUNDS passes.
# 3. Times NLTK's SentimentIntensityAnalyzer(lexicon_file=…) (Debian python3-nltk, /usr/bin/python3) on the
#    same sentences, one pass, with the bundled lexicon minus its final newline (NLTK cannot read it
#    otherwise).
# 4. Prints sentences/s for each and the ratios (target: framelab ≥ 10× NLTK), then compares compound
#    scores on the first AGREE sentences: the share where NLTK and framelab agree within 1e-4.
#    NLTK 3.8's port is an older VADER than vaderSentiment 44fc044, which framelab reproduces; see
#    bench/vader-README.md for why they differ.
#
# Environment (all optional):
#   FRAMELAB_BENCH_CORPUS   corpus (default: ../shared/corpora/abp_news.tsv.gz next to the repository)
#   FRAMELAB_BENCH_TMP      scratch directory (default ${TMPDIR:-/tmp}/framelab-bench); never inside the
#                           repository: the corpus and text derived from it must not be committed
#   FRAMELAB_BENCH_ROUNDS   timed framelab passes per thread count (default 3)
#   FRAMELAB_VADER_AGREE    sentences in the agreement sample (default 50000)
#   FRAMELAB_VADER_NLTK=0   skip NLTK (timing and agreement)
set -euo pipefail

N="${1:-0}"
[[ "$N" =~ ^[0-9]+$ ]] || { echo "usage: bench/vader-benchmark.sh [N]  (N sentences, default 0 = all)" >&2; exit 2; }
REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
CORPUS="${FRAMELAB_BENCH_CORPUS:-$REPO/../shared/corpora/abp_news.tsv.gz}"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-bench}"
ROUNDS="${FRAMELAB_BENCH_ROUNDS:-3}"
AGREE="${FRAMELAB_VADER_AGREE:-50000}"
NLTK="${FRAMELAB_VADER_NLTK:-1}"
PY=/usr/bin/python3

say() { printf '%s\n' "$*" >&2; }
die() { printf 'vader-benchmark: %s\n' "$*" >&2; exit 1; }

[[ -f "$CORPUS" ]] || die "no corpus at $CORPUS (set FRAMELAB_BENCH_CORPUS)"
CORPUS="$(readlink -f "$CORPUS")"
mkdir -p "$TMP"
TMP="$(cd "$TMP" && pwd -P)"
case "$TMP/" in "$REPO/"*) die "FRAMELAB_BENCH_TMP ($TMP) is inside the repository; the corpus must stay out of it" ;; esac

# --- tools ------------------------------------------------------------------------------------------------
jdk_ok() { [[ -x "$1/bin/javac" ]] && "$1/bin/java" -version 2>&1 | head -n1 | grep -Eq '"(2[5-9]|[3-9][0-9])[."]'; }
JDK=""
if [[ -n "${JAVA_HOME:-}" ]] && jdk_ok "$JAVA_HOME"; then JDK="$JAVA_HOME"; fi
if [[ -z "$JDK" ]]; then for d in /usr/lib/jvm/*25*; do if jdk_ok "$d"; then JDK="$d"; break; fi; done; fi
[[ -n "$JDK" ]] || die "no JDK 25 or newer found (JAVA_HOME, then /usr/lib/jvm/*25*): install Temurin 25 and set JAVA_HOME"
[[ -x "$PY" ]] || die "no $PY: apt-get install -y python3"
if [[ "$NLTK" != 0 ]] && ! "$PY" -c 'import nltk.sentiment.vader' 2>/dev/null; then
  [[ $EUID -eq 0 ]] || die "NLTK missing: run  sudo apt-get install -y --no-install-recommends python3-nltk"
  say "installing python3-nltk (apt-get)…"
  apt-get install -y --no-install-recommends python3-nltk >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends python3-nltk >/dev/null; } \
    || die "apt-get install python3-nltk failed"
fi

# --- data -------------------------------------------------------------------------------------------------
SENTENCES="$TMP/vader-sentences.txt"
if [[ ! -s "$SENTENCES" || "$CORPUS" -nt "$SENTENCES" || "$REPO/bench/vader-split.py" -nt "$SENTENCES" ]]; then
  say "splitting $CORPUS into sentences (once)…"
  "$PY" "$REPO/bench/vader-split.py" "$CORPUS" "$SENTENCES.part" && mv "$SENTENCES.part" "$SENTENCES"
fi
TOTAL=$(wc -l <"$SENTENCES")
[[ "$N" -eq 0 || "$N" -gt "$TOTAL" ]] && N=$TOTAL
LEXICON="$REPO/src/main/resources/framelab/lexicons/vader/vader_lexicon.txt"
NLTK_LEXICON="$TMP/vader_lexicon_no_final_newline.txt"
if [[ "$(tail -c1 "$LEXICON" | od -An -c | tr -d ' ')" == '\n' ]]; then head -c -1 "$LEXICON" >"$NLTK_LEXICON"; else cp "$LEXICON" "$NLTK_LEXICON"; fi

# --- framelab ---------------------------------------------------------------------------------------------
CLASSES="$TMP/vader-classes"
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
"$JDK/bin/javac" -nowarn -d "$CLASSES" \
  "$REPO/src/main/java/framelab/corpus/CorpusInputException.java" \
  "$REPO"/src/main/java/framelab/sentiment/vader/*.java \
  "$REPO/src/test/java/framelab/sentiment/vader/bench/VaderThroughput.java" || die "javac failed"
say "framelab VADER: $N of $TOTAL sentences, threads 1 and 2, $ROUNDS rounds each (JDK $JDK)…"
JAVA_OUT="$TMP/vader-java.out"
"$JDK/bin/java" -XX:+UseParallelGC -Xms2g -Xmx6g -cp "$CLASSES:$REPO/src/main/resources" \
  framelab.sentiment.vader.bench.VaderThroughput "$SENTENCES" "$N" "$ROUNDS" 1,2 \
  --compounds "$AGREE" "$TMP/vader-java-compounds.txt" | tee "$JAVA_OUT" >&2

# --- NLTK -------------------------------------------------------------------------------------------------
NLTK_OUT="$TMP/vader-nltk.out"
if [[ "$NLTK" != 0 ]]; then
  say "NLTK VADER: $N sentences, one pass…"
  "$PY" "$REPO/bench/vader-nltk.py" "$NLTK_LEXICON" "$SENTENCES" "$N" "$TMP/vader-java-compounds.txt" | tee "$NLTK_OUT" >&2
fi

# --- summary ----------------------------------------------------------------------------------------------
rate() { sed -n "s/^$1 .* $2=\([0-9]*\).*/\1/p" "$3" | head -n1; }
J1=$(rate 'java threads=1' sentences_per_s "$JAVA_OUT"); J2=$(rate 'java threads=2' sentences_per_s "$JAVA_OUT")
C1=$(rate 'java threads=1' sentences_per_cpu_s "$JAVA_OUT"); C2=$(rate 'java threads=2' sentences_per_cpu_s "$JAVA_OUT")
echo
echo "VADER over $N sentences of $(basename "$CORPUS") ($TOTAL in all; split by bench/vader-split.py)"
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other processes slow the wall-clock figures)"
printf '  %-28s %12s %22s\n' "" "sentences/s" "sentences/CPU-second"
printf '  %-28s %12s %22s\n' "framelab, 1 thread" "$J1" "$C1" "framelab, 2 threads" "$J2" "$C2"
if [[ "$NLTK" != 0 ]]; then
  NL=$(rate nltk sentences_per_s "$NLTK_OUT"); NC=$(rate nltk sentences_per_cpu_s "$NLTK_OUT")
  printf '  %-28s %12s %22s\n' "NLTK $("$PY" -c 'import nltk; print(nltk.__version__)'), 1 process" "$NL" "$NC"
  awk -v a="$J1" -v b="$J2" -v n="$NL" -v ca="$C1" -v cn="$NC" 'BEGIN {
    printf "  ratio framelab/NLTK, wall clock: %.1fx (1 thread), %.1fx (2 threads); per CPU-second: %.1fx; target >= 10x: %s\n",
      a / n, b / n, ca / cn, (a / n >= 10 ? "met" : "NOT met") }'
  sed -n 's/^agreement sample=\([0-9]*\) within_1e-4=\([0-9]*\) share=\([0-9.]*\).*/  compound within 1e-4 of NLTK on the first \1 sentences: \2 (share \3)/p' "$NLTK_OUT"
  echo "  largest differences (see bench/vader-README.md for the causes):"
  grep '^  nltk-framelab=' "$NLTK_OUT" || true
  sed -n 's/^disagreements by feature/  disagreements by feature/p' "$NLTK_OUT"
fi
