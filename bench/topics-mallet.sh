#!/usr/bin/env bash
# framelab topics (LDA) against MALLET's own command line, on the same tokens of 10,000 abp_news articles.
#
#   bench/topics-mallet.sh [ROUNDS]        (from the repository root; ROUNDS default 3)
#
# Prepares once (untimed): the first DOCS articles of abp_news as a TSV, and framelab's analysed tokens of
# those articles as MALLET's one-instance-per-line text (`topics --export-tokens`: unit id, group, the terms
# framelab's analyzer produced, space-separated). Then each round runs, back to back:
#   framelab        ./framelab topics on the TSV: read, clean, analyse, count, LDA, quality, shares, examples, CSV/HTML
#   mallet-import   Csv2Vectors on the token file (--keep-sequence --preserve-case --token-regex '\S+', no stoplist)
#   mallet-train    TopicTrainer on the imported instances
# with the same model on both sides: K, iterations, threads, seed, alpha, beta, optimisation interval and burn-in,
# and the same JVM (heap -Xmx2g, ParallelGC; framelab's entry script adds -Xss4m and native access for its own jar). It reports medians of wall time and peak RSS, framelab's
# overhead over MALLET (import + train, and train alone), and the final log-likelihood per token of each side
# (framelab: topic_models.csv; MALLET: its last "<N> LL/token" line).
#
# Environment (all optional):
#   FRAMELAB_BENCH_CORPUS   abp_news.tsv.gz (default: ../shared/corpora/abp_news.tsv.gz next to the repository)
#   FRAMELAB_BENCH_TMP      scratch directory (default: ${TMPDIR:-/tmp}/framelab-bench-topics); never inside the
#                           repository — corpus text and tokens must not be committed
#   DOCS (10000) K (50) ITERATIONS (200) THREADS (2) SEED (42) ALPHA (5) BETA (0.01) OPTIMIZE (10) BURNIN (50)
set -euo pipefail

ROUNDS="${1:-3}"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/topics-mallet.sh [ROUNDS]  (ROUNDS >= 1, default 3)" >&2; exit 2; }
REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
CORPUS="${FRAMELAB_BENCH_CORPUS:-$REPO/../shared/corpora/abp_news.tsv.gz}"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-bench-topics}"
DOCS="${DOCS:-10000}" K="${K:-50}" ITERATIONS="${ITERATIONS:-200}" THREADS="${THREADS:-2}" SEED="${SEED:-42}"
ALPHA="${ALPHA:-5}" BETA="${BETA:-0.01}" OPTIMIZE="${OPTIMIZE:-10}" BURNIN="${BURNIN:-50}"
JVM_FLAGS=(-XX:+UseParallelGC -Xmx2g)

say() { printf '%s\n' "$*" >&2; }
die() { printf 'topics-mallet: %s\n' "$*" >&2; exit 1; }

[[ -f "$CORPUS" ]] || die "no corpus at $CORPUS (set FRAMELAB_BENCH_CORPUS)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install -y time)"
mkdir -p "$TMP"
TMP="$(cd "$TMP" && pwd -P)"
case "$TMP/" in "$REPO/"*) die "FRAMELAB_BENCH_TMP ($TMP) is inside the repository; corpus text must stay out of it" ;; esac

# the JDK the entry script uses, for MALLET too
source "$REPO/scripts/lib.sh"
fl_find_jdk
JAVA_BIN="$JAVA_HOME/bin/java"

# MALLET's own jars (mallet + its one runtime dependency, hppc) from the local Maven repository
MCP_FILE="$TMP/mallet.classpath"
(cd "$REPO" && ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$MCP_FILE" -Dmdep.includeArtifactIds=mallet,hppc >/dev/null) \
  || die "cannot resolve MALLET's jars (run ./mvnw -B dependency:resolve once online)"
MCP="$(cat "$MCP_FILE")"
[[ "$MCP" == *mallet-* ]] || die "MALLET jar not found on the classpath: $MCP"

# --- data (untimed) -------------------------------------------------------------------------------------------
TSV="$TMP/abp_news-first$DOCS.tsv"
if [[ ! -s "$TSV" || "$CORPUS" -nt "$TSV" ]]; then
  say "writing the first $DOCS articles to $TSV…"
  { gzip -dc "$CORPUS" || true; } | head -n $((DOCS + 1)) >"$TSV.part"
  mv "$TSV.part" "$TSV"
fi
# framelab: the shaded jar the entry script builds, copied so that a rebuild during the benchmark cannot swap it
# underneath a running JVM; run with the entry script's JVM flags
"$REPO/framelab" --version >/dev/null || die "cannot build framelab"
JAR=$(ls -t "$REPO"/target/framelab-*-all.jar | head -n1)
cp "$JAR" "$TMP/framelab.jar"
FL=("$JAVA_BIN" -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -Xss4m -Xmx2g -jar "$TMP/framelab.jar")
fl_args() { # out dir
  printf '%s\0' topics --corpus "$TSV" --text-column title_and_text --group-by source --unit document --method lda \
    --k "$K" --iterations "$ITERATIONS" --threads "$THREADS" --seed "$SEED" --alpha "$ALPHA" --beta "$BETA" \
    --optimize-interval "$OPTIMIZE" --optimize-burn-in "$BURNIN" --out "$1"
}
TOKENS="$TMP/tokens.txt"
say "exporting framelab's tokens of the $DOCS articles to $TOKENS (untimed; also builds the jar if stale)…"
"${FL[@]}" topics --corpus "$TSV" --text-column title_and_text --group-by source --unit document --k 2 --iterations 1 \
  --export-tokens "$TOKENS" --out "$TMP/out-export" >/dev/null 2>"$TMP/export.log" || { cat "$TMP/export.log" >&2; die "token export failed"; }
cat "$TSV" "$TOKENS" >/dev/null   # page cache

MALLET_IMPORT=("$JAVA_BIN" "${JVM_FLAGS[@]}" -cp "$MCP" cc.mallet.classify.tui.Csv2Vectors --input "$TOKENS" --output "$TMP/tokens.mallet"
  --keep-sequence --preserve-case --token-regex '\S+')
MALLET_TRAIN=("$JAVA_BIN" "${JVM_FLAGS[@]}" -cp "$MCP" cc.mallet.topics.tui.TopicTrainer --input "$TMP/tokens.mallet"
  --num-topics "$K" --num-iterations "$ITERATIONS" --num-threads "$THREADS" --random-seed "$SEED" --alpha "$ALPHA" --beta "$BETA"
  --optimize-interval "$OPTIMIZE" --optimize-burn-in "$BURNIN" --show-topics-interval 0)

RES="$TMP/results.txt"
: >"$RES"
run() { # name, command...: appends "name seconds kB" to $RES; output of the command to $TMP/name.log
  local name="$1"; shift
  local tf="$TMP/time.$name"
  if ! /usr/bin/time -f '%e %M' -o "$tf" "$@" >"$TMP/$name.log" 2>&1; then
    cat "$TMP/$name.log" >&2
    die "$name failed (log above; command: $*)"
  fi
  printf '%s %s\n' "$name" "$(tail -n1 "$tf")" >>"$RES"
  printf '  %-14s %8.2f s %7d MB\n' "$name" "$(tail -n1 "$tf" | cut -d' ' -f1)" "$(( $(tail -n1 "$tf" | cut -d' ' -f2) / 1024 ))" >&2
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
say "rounds: $ROUNDS (K=$K, $ITERATIONS iterations, $THREADS threads, seed $SEED)"
for ((r = 1; r <= ROUNDS; r++)); do
  say "round $r/$ROUNDS"
  if (( r % 2 == 1 )); then
    mapfile -d '' a < <(fl_args "$TMP/out-framelab"); run framelab "${FL[@]}" "${a[@]}"
    run mallet-import "${MALLET_IMPORT[@]}"
    run mallet-train "${MALLET_TRAIN[@]}"
  else
    run mallet-import "${MALLET_IMPORT[@]}"
    run mallet-train "${MALLET_TRAIN[@]}"
    mapfile -d '' a < <(fl_args "$TMP/out-framelab"); run framelab "${FL[@]}" "${a[@]}"
  fi
  # per-round MALLET total, for the ratio
  imp=$(awk '$1 == "mallet-import" { v = $2 } END { print v }' "$RES")
  trn=$(awk '$1 == "mallet-train" { v = $2 } END { print v }' "$RES")
  printf 'mallet-total %s 0\n' "$(awk -v a="$imp" -v b="$trn" 'BEGIN { print a + b }')" >>"$RES"
done

# --- report -------------------------------------------------------------------------------------------------------
median() { awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$RES" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minof() { awk -v n="$1" -v f="$2" '$1 == n && (m == "" || $f < m) { m = $f } END { print m + 0 }' "$RES"; }
maxof() { awk -v n="$1" -v f="$2" '$1 == n && $f > m { m = $f } END { print m + 0 }' "$RES"; }
row() { printf '%-36s %7.2f (%.2f-%.2f) %10d\n' "$2" "$(median "$1" 2)" "$(minof "$1" 2)" "$(maxof "$1" 2)" "$(( $(maxof "$1" 3) / 1024 ))"; }

FL_LL=$(awk -F, 'NR == 2 { for (i = 1; i <= NF; i++) if (h[i] == "ll_per_token") print $i } NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }' "$TMP/out-framelab/topic_models.csv")
M_LL=$(grep -o '<[0-9]*> LL/token: [-0-9.,E]*' "$TMP/mallet-train.log" | tail -n1 | sed 's/.*LL\/token: //; s/,//g')
M_IT=$(grep -o '<[0-9]*> LL/token' "$TMP/mallet-train.log" | tail -n1 | tr -dc '0-9')
UNITS=$(awk -F, 'NR == 2 { print $5 }' "$TMP/out-framelab/topic_models.csv")
TOK=$(awk -F, 'NR == 2 { print $7 }' "$TMP/out-framelab/topic_models.csv")
FLM=$(median framelab 2); MT=$(median mallet-total 2); MTR=$(median mallet-train 2)

MALLET_JAR=$(tr ':' '\n' <<<"$MCP" | grep 'mallet-' | head -n1)
echo "framelab topics vs MALLET ${MALLET_JAR##*/} — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before: $LOAD_BEFORE"
echo "corpus:  first $DOCS articles of $(basename "$CORPUS"): $UNITS documents modelled, $TOK tokens (framelab analyzer defaults: lowercased, Snowball stopwords removed)"
echo "model:   LDA K=$K, $ITERATIONS iterations, $THREADS threads, seed $SEED, alpha sum $ALPHA, beta $BETA, optimise every $OPTIMIZE after $BURNIN"
echo "JVM:     $("$JAVA_BIN" -version 2>&1 | head -n1); both sides ${JVM_FLAGS[*]}"
echo "rounds:  $ROUNDS, alternating order; medians (min-max)"
echo
printf '%-36s %18s %10s\n' "run" "wall s" "peak MB"
row framelab "framelab topics (whole run)"
row mallet-import "MALLET Csv2Vectors (import)"
row mallet-train "MALLET TopicTrainer (train)"
printf '%-36s %7.2f (%.2f-%.2f)\n' "MALLET import + train" "$MT" "$(minof mallet-total 2)" "$(maxof mallet-total 2)"
echo
awk -v f="$FLM" -v m="$MT" -v t="$MTR" 'BEGIN {
  printf "framelab / (MALLET import + train):  %.3f  -> overhead %+.1f%%  (target <= +10%%) %s\n", f / m, (f / m - 1) * 100, (f / m <= 1.10 ? "PASS" : "FAIL");
  printf "framelab / MALLET train alone:       %.3f  -> overhead %+.1f%%\n", f / t, (f / t - 1) * 100 }'
echo
echo "final LL/token  framelab: $FL_LL   MALLET (<$M_IT>): $M_LL"
awk -v a="$FL_LL" -v b="$M_LL" 'BEGIN { d = a - b; if (d < 0) d = -d; printf "difference: %.2g (MALLET prints 5 decimals; identical tokens, seed and threads give the same sampler state)\n", d }'
echo
echo "framelab's lines:"; grep -h '^framelab' "$TMP/framelab.log" || true
tr -d ' \n' <"$TMP/out-framelab/run.json" | grep -o '"timings_ms":{[^}]*}' || true
echo "outputs: $TMP/out-framelab/, MALLET logs $TMP/mallet-*.log; raw timings: $RES"
