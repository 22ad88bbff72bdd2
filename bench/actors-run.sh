#!/usr/bin/env bash
# The actor analysis (framelab.framing.actors) on a corpus: writes actor_mentions.csv, actor_cooccurrence.csv
# and actor_collocates.csv and prints the time it took (GNU time adds wall time and peak RSS when present).
#
#   bench/actors-run.sh seeds|uk|abp [nopos]
#
#   seeds  corpus/ (the bundled articles), group by source, the bundled Russia/Ukraine actor dictionary
#   uk     ../shared/corpora/uk_immigration_2014.csv, group by source, with the user dictionary
#          src/main/resources/framelab/lexicons/actors/uk-immigration-2014.csv
#   abp    ../shared/corpora/abp_news.tsv.gz (text column title_and_text), group by source, bundled dictionary
#   nopos  skip POS tagging (the pos column stays empty)
# FRAMELAB_JAVA_OPTS adds JVM options (e.g. -Xmx1g to check the live set).
# Outputs go to ${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-bench}/actors-<name>/, never into the repository.
set -euo pipefail
WHICH="${1:-}"
POS="${2:-pos}"
REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
SHARED="$REPO/../shared/corpora"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-bench}"
case "$WHICH" in
  seeds) ARGS=("$REPO/corpus" text source default) ;;
  uk) ARGS=("$SHARED/uk_immigration_2014.csv" text source "$REPO/src/main/resources/framelab/lexicons/actors/uk-immigration-2014.csv") ;;
  abp) ARGS=("$SHARED/abp_news.tsv.gz" title_and_text source default) ;;
  *) echo "usage: bench/actors-run.sh seeds|uk|abp [nopos]" >&2; exit 2 ;;
esac
[[ -e "${ARGS[0]}" ]] || { echo "actors-run: no corpus at ${ARGS[0]}" >&2; exit 1; }
jdk_ok() { [[ -x "$1/bin/java" ]] && "$1/bin/java" -version 2>&1 | head -n1 | grep -Eq '"(2[5-9]|[3-9][0-9])[."]'; }
JDK=""
if [[ -n "${JAVA_HOME:-}" ]] && jdk_ok "$JAVA_HOME"; then JDK="$JAVA_HOME"; fi
if [[ -z "$JDK" ]]; then for d in /usr/lib/jvm/*25*; do if jdk_ok "$d"; then JDK="$d"; break; fi; done; fi
[[ -n "$JDK" ]] || { echo "actors-run: no JDK 25 or newer (JAVA_HOME, then /usr/lib/jvm/*25*)" >&2; exit 1; }
export JAVA_HOME="$JDK"
mkdir -p "$TMP"
cd "$REPO"
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$TMP/actors-classpath.txt" >/dev/null
CP="$REPO/target/classes:$REPO/target/test-classes:$(cat "$TMP/actors-classpath.txt")"
OUT="$TMP/actors-$WHICH"
TIMER=()
if [[ -x /usr/bin/time ]]; then TIMER=(/usr/bin/time -f "wall %e s, cpu %U+%S s, peak RSS %M KB"); fi
"${TIMER[@]}" "$JAVA_HOME/bin/java" ${FRAMELAB_JAVA_OPTS:-} -cp "$CP" framelab.framing.actors.bench.ActorRun "${ARGS[@]}" "$OUT" "$POS"
echo "outputs in $OUT"
