#!/usr/bin/env bash
# Event alignment on a large corpus (default: the ABP news corpus), with a 2 GB heap.
#
#   bench/events-benchmark.sh [--compare]        (from anywhere; --compare also runs keyness + tone per event)
#
# Prints the time of each phase, the number of events, their size distribution and a seeded sample of
# multi-outlet events to read (are they one event?), and writes events.csv (and event_comparison.csv) to the
# scratch directory. How to read it and what it gave: bench/events-README.md.
#
# Environment (all optional):
#   FRAMELAB_BENCH_CORPUS   the corpus (default: ../shared/corpora/abp_news.tsv.gz next to the repository)
#   FRAMELAB_EVENTS_TEXT    its text column (default title_and_text)
#   FRAMELAB_EVENTS_GROUP   the outlet field (default source)
#   FRAMELAB_EVENTS_DATE    the date field (default date; uk_immigration_2014.csv: day)
#   FRAMELAB_EVENTS_THREADS worker threads (default 2)
#   FRAMELAB_EVENTS_SAMPLE  multi-outlet events to print (default 12)
#   FRAMELAB_BENCH_TMP      scratch directory for the outputs (default ${TMPDIR:-/tmp}/framelab-events-bench), never in the repository
set -euo pipefail

REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
CORPUS="${FRAMELAB_BENCH_CORPUS:-$REPO/../shared/corpora/abp_news.tsv.gz}"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-events-bench}"
JDK_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64
die() { printf 'events-benchmark: %s\n' "$*" >&2; exit 1; }

[[ -f "$CORPUS" ]] || die "no corpus at $CORPUS (set FRAMELAB_BENCH_CORPUS)"
case "${1:-}" in ""|--compare) ;; *) die "usage: bench/events-benchmark.sh [--compare]" ;; esac
mkdir -p "$TMP"
TMP="$(cd "$TMP" && pwd -P)"
case "$TMP/" in "$REPO/"*) die "FRAMELAB_BENCH_TMP ($TMP) is inside the repository; outputs about the corpus stay out of it" ;; esac
JAVA_HOME="${JAVA_HOME:-$JDK_DEFAULT}"
[[ -x "$JAVA_HOME/bin/java" ]] || JAVA_HOME="$JDK_DEFAULT"
[[ -x "$JAVA_HOME/bin/java" ]] || die "no JDK 25 at $JAVA_HOME (set JAVA_HOME)"
[[ -x /usr/bin/time ]] || die "GNU time is missing: apt-get install -y --no-install-recommends time"
export JAVA_HOME

(cd "$REPO" && ./mvnw -B -q -o compile && ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$TMP/classpath.txt" >/dev/null) \
  || die "build failed (./mvnw -o compile)"
CP="$REPO/target/classes:$(cat "$TMP/classpath.txt")"
/usr/bin/time -f 'wall %e s, peak RSS %M kB, cpu %U s user + %S s system' \
  "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseParallelGC -cp "$CP" "$REPO/bench/EventsBench.java" "$CORPUS" \
  "${FRAMELAB_EVENTS_TEXT:-title_and_text}" "${FRAMELAB_EVENTS_GROUP:-source}" "${FRAMELAB_EVENTS_DATE:-date}" "$TMP/out" \
  "${FRAMELAB_EVENTS_THREADS:-2}" "${FRAMELAB_EVENTS_SAMPLE:-12}" ${1:+"$1"}
