#!/usr/bin/env bash
# The whole `framelab framing` command on a big corpus (default: ABP news): read, clean, actors (with POS
# tags), quotations, shared text, events and the event comparison, CSV; one whole-process run in the 2 GB heap
# ./framelab uses, timed with /usr/bin/time (wall, CPU, peak RSS), then the command's own per-part timings.
#
#   bench/framing-benchmark.sh [extra framing options, e.g. --no-collocate-pos]
#
# Environment: FRAMELAB_BENCH_CORPUS (default ../shared/corpora/abp_news.tsv.gz), FRAMELAB_BENCH_TEXT
# (default title_and_text), FRAMELAB_BENCH_TMP (default ${TMPDIR:-/tmp}/framelab-framing-bench; never the
# repository: the CSVs quote the publishers' text).
set -euo pipefail
REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
CORPUS="${FRAMELAB_BENCH_CORPUS:-$REPO/../shared/corpora/abp_news.tsv.gz}"
TEXT="${FRAMELAB_BENCH_TEXT:-title_and_text}"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-framing-bench}"
[[ -f "$CORPUS" ]] || { echo "framing-benchmark: no corpus at $CORPUS (set FRAMELAB_BENCH_CORPUS)" >&2; exit 1; }
"$REPO/framelab" --version >/dev/null                      # builds the jar when it is stale
JAR="$(ls "$REPO"/target/framelab-*-all.jar | head -1)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
rm -rf "$TMP" && mkdir -p "$TMP"
echo "framelab framing benchmark — $(date -u +%FT%RZ), $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $CORPUS"
/usr/bin/time -v -o "$TMP/time.txt" "$JAVA" -XX:+UseParallelGC -XX:+UseCompactObjectHeaders -Xss4m -Xmx2g -jar "$JAR" framing \
    --corpus "$CORPUS" --text-column "$TEXT" --out "$TMP/out" "$@"
grep -E "Elapsed|User time|System time|Maximum resident" "$TMP/time.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in quotes.csv syndication_pairs.csv shared_passages.csv events.csv event_comparison.csv actor_collocates.csv; do
    printf '%-24s %10d rows\n' "$f" "$(($(wc -l < "$TMP/out/$f") - 1))"
done
