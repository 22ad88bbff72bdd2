#!/usr/bin/env bash
# framelab syndication (framelab.framing.syndication) on the ABP news corpus: one whole-process run
# (read, clean, shingles + MinHash/LSH, verification, alignment, CSV) in a 2 GB heap, then optionally the
# LSH recall against an exact inverted-index oracle, and the random sample of pairs to read.
#
#   bench/syndication-benchmark.sh [THREADS]     (from anywhere; THREADS default 2)
#
# Prints the run's own phase times and counts (SyndicationBench, a test-scope main: the CLI subcommand
# comes later) and wall time, CPU time and peak RSS from /usr/bin/time. Results: bench/syndication-RESULTS.md.
#
# Environment (all optional):
#   FRAMELAB_BENCH_CORPUS      corpus (default: ../shared/corpora/abp_news.tsv.gz next to the repository)
#   FRAMELAB_BENCH_TEXT        its text column (default: title_and_text)
#   FRAMELAB_BENCH_TMP         scratch directory for the CSVs (default: ${TMPDIR:-/tmp}/framelab-synd-bench); never
#                              inside the repository: the passages are the publishers' text
#   FRAMELAB_SYND_RECALL=1     also run SyndicationRecallCheck (exact oracle; about 3 GB of heap, a minute or two)
#   FRAMELAB_SYND_SAMPLE=1     also print the fixed-seed sample of pairs to read (bench/syndication-sample.py)
set -euo pipefail

THREADS="${1:-2}"
[[ "$THREADS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/syndication-benchmark.sh [THREADS]" >&2; exit 2; }
REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
CORPUS="${FRAMELAB_BENCH_CORPUS:-$REPO/../shared/corpora/abp_news.tsv.gz}"
TEXT="${FRAMELAB_BENCH_TEXT:-title_and_text}"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-synd-bench}"

say() { printf '%s\n' "$*" >&2; }
die() { printf 'syndication-benchmark: %s\n' "$*" >&2; exit 1; }

[[ -f "$CORPUS" ]] || die "no corpus at $CORPUS (set FRAMELAB_BENCH_CORPUS)"
CORPUS="$(readlink -f "$CORPUS")"
mkdir -p "$TMP"
TMP="$(cd "$TMP" && pwd -P)"
case "$TMP/" in "$REPO/"*) die "FRAMELAB_BENCH_TMP ($TMP) is inside the repository; the corpus text must stay out of it" ;; esac
[[ -x /usr/bin/time ]] || die "no /usr/bin/time: apt-get install -y time"

jdk_ok() { [[ -x "$1/bin/javac" ]] && "$1/bin/java" -version 2>&1 | head -n1 | grep -Eq '"(2[5-9]|[3-9][0-9])[."]'; }
JDK=""
if [[ -n "${JAVA_HOME:-}" ]] && jdk_ok "$JAVA_HOME"; then JDK="$JAVA_HOME"; fi
if [[ -z "$JDK" ]]; then for d in /usr/lib/jvm/*25*; do if jdk_ok "$d"; then JDK="$d"; break; fi; done; fi
[[ -n "$JDK" ]] || die "no JDK 25 or newer found (JAVA_HOME, then /usr/lib/jvm/*25*): install Temurin 25 and set JAVA_HOME"

say "compiling main and test classes (./mvnw -o test-compile)…"
(cd "$REPO" && JAVA_HOME="$JDK" ./mvnw -B -q -o test-compile >&2) || die "build failed"
(cd "$REPO" && JAVA_HOME="$JDK" ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$TMP/classpath.txt" >&2) \
  || die "could not build the classpath (maven-dependency-plugin, offline)"
CP="$REPO/target/classes:$REPO/target/test-classes:$(cat "$TMP/classpath.txt")"

say "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "running syndication on $CORPUS with $THREADS threads in a 2 GB heap…"
/usr/bin/time -f 'wall %e s, user %U s, system %S s, peak RSS %M KB' \
  "$JDK/bin/java" -Xmx2g -XX:+UseParallelGC -cp "$CP" framelab.framing.syndication.SyndicationBench \
  "$CORPUS" "$TEXT" source "$THREADS" "$TMP/out"
say "CSVs in $TMP/out"

if [[ "${FRAMELAB_SYND_RECALL:-0}" == 1 ]]; then
  say "LSH recall against the exact oracle…"
  "$JDK/bin/java" -Xmx3g -XX:+UseParallelGC -cp "$CP" framelab.framing.syndication.SyndicationRecallCheck "$CORPUS" "$TEXT" "$THREADS"
fi
if [[ "${FRAMELAB_SYND_SAMPLE:-0}" == 1 ]]; then
  /usr/bin/python3 "$REPO/bench/syndication-sample.py" "$TMP/out" "$CORPUS" 5 2024
fi
