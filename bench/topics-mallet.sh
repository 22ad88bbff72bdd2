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
# and the same JVM (heap -Xmx2g, ParallelGC; framelab's entry script adds -Xss4m and native access for its own jar).
# It reports, per round, wall and CPU time of framelab against MALLET import + train (the median of the per-round
# ratios is the overhead, target <= +10%), the time each side spends outside the identical sampling, peak RSS, and the
# final log-likelihood per token of each side (framelab: topic_models.csv; MALLET: its last "<N> LL/token" line).
# The machine may be shared: per-round pairs and CPU time resist other load better than medians of wall time.
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
# sampling seconds inside a run: framelab prints "of which sampling X s"; MALLET's TopicTrainer "Total time: [N minutes] M seconds"
inner() { # name logfile
  case "$1" in
    framelab) grep -o 'of which sampling [0-9.]* s' "$2" | awk '{ s += $4 } END { print s + 0 }' ;;
    mallet-train) grep 'Total time:' "$2" | tail -n1 | awk '{ t = 0; for (i = 3; i < NF; i += 2) { v = $i; u = $(i + 1);
        if (u ~ /^day/) t += v * 86400; else if (u ~ /^hour/) t += v * 3600; else if (u ~ /^minute/) t += v * 60; else t += v }
        print t }' ;;
    *) echo 0 ;;
  esac
}
run() { # round name command...: appends "name round wall_s peak_kB user_s sys_s sampling_s" to $RES; output to $TMP/name.log
  local round="$1" name="$2"; shift 2
  local tf="$TMP/time.$name"
  if ! /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >"$TMP/$name.log" 2>&1; then
    cat "$TMP/$name.log" >&2
    die "$name failed (log above; command: $*)"
  fi
  local t; t=$(tail -n1 "$tf")
  printf '%s %s %s %s\n' "$name" "$round" "$t" "$(inner "$name" "$TMP/$name.log")" >>"$RES"
  printf '  %-14s %8.2f s wall %8.2f s CPU %6d MB\n' "$name" "$(cut -d' ' -f1 <<<"$t")" \
    "$(awk '{ print $3 + $4 }' <<<"$t")" "$(( $(cut -d' ' -f2 <<<"$t") / 1024 ))" >&2
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
say "rounds: $ROUNDS (K=$K, $ITERATIONS iterations, $THREADS threads, seed $SEED)"
for ((r = 1; r <= ROUNDS; r++)); do
  say "round $r/$ROUNDS (load $(cut -d' ' -f1 /proc/loadavg))"
  if (( r % 2 == 1 )); then
    mapfile -d '' a < <(fl_args "$TMP/out-framelab"); run "$r" framelab "${FL[@]}" "${a[@]}"
    run "$r" mallet-import "${MALLET_IMPORT[@]}"
    run "$r" mallet-train "${MALLET_TRAIN[@]}"
  else
    run "$r" mallet-import "${MALLET_IMPORT[@]}"
    run "$r" mallet-train "${MALLET_TRAIN[@]}"
    mapfile -d '' a < <(fl_args "$TMP/out-framelab"); run "$r" framelab "${FL[@]}" "${a[@]}"
  fi
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- report -------------------------------------------------------------------------------------------------------
FL_LL=$(awk -F, 'NR == 2 { for (i = 1; i <= NF; i++) if (h[i] == "ll_per_token") print $i } NR == 1 { for (i = 1; i <= NF; i++) h[i] = $i }' "$TMP/out-framelab/topic_models.csv")
M_LL=$(grep -o '<[0-9]*> LL/token: [-0-9.,E]*' "$TMP/mallet-train.log" | tail -n1 | sed 's/.*LL\/token: //; s/,//g')
M_IT=$(grep -o '<[0-9]*> LL/token' "$TMP/mallet-train.log" | tail -n1 | tr -dc '0-9')
UNITS=$(awk -F, 'NR == 2 { print $5 }' "$TMP/out-framelab/topic_models.csv")
TOK=$(awk -F, 'NR == 2 { print $7 }' "$TMP/out-framelab/topic_models.csv")
MALLET_JAR=$(tr ':' '\n' <<<"$MCP" | grep 'mallet-' | head -n1)

echo "framelab topics vs MALLET ${MALLET_JAR##*/} — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before/after: $LOAD_BEFORE / $LOAD_AFTER"
echo "corpus:  first $DOCS articles of $(basename "$CORPUS"): $UNITS documents modelled, $TOK tokens (framelab analyzer defaults: lowercased, Snowball stopwords removed)"
echo "model:   LDA K=$K, $ITERATIONS iterations, $THREADS threads, seed $SEED, alpha sum $ALPHA, beta $BETA, optimise every $OPTIMIZE after $BURNIN"
echo "JVM:     $("$JAVA_BIN" -version 2>&1 | head -n1); heap -Xmx2g and ParallelGC on both sides"
echo "rounds:  $ROUNDS, order alternating (framelab first in odd rounds)"
echo
echo "per round: wall and CPU time of framelab's whole run and of MALLET import + train; \"outside\" = wall time outside sampling"
# per round: framelab vs MALLET import + train, wall and CPU; and the part outside sampling (sampling is the same
# computation on both sides, so the rest is where an overhead would be, and it is less exposed to other load)
awk '
  { wall[$1, $2] = $3; kb[$1, $2] = $4; cpu[$1, $2] = $5 + $6; smp[$1, $2] = $7; if ($2 > n) n = $2 }
  END {
    printf "%-6s %12s %12s %7s %12s %12s %7s %14s %14s\n", "round", "framelab s", "MALLET s", "ratio", "fl CPU s", "MALLET CPU s", "ratio", "fl outside s", "M outside s"
    for (r = 1; r <= n; r++) {
      fw = wall["framelab", r]; mw = wall["mallet-import", r] + wall["mallet-train", r]
      fc = cpu["framelab", r]; mc = cpu["mallet-import", r] + cpu["mallet-train", r]
      fo = fw - smp["framelab", r]; mo = mw - smp["mallet-train", r]
      printf "%-6d %12.2f %12.2f %7.3f %12.1f %12.1f %7.3f %14.1f %14.1f\n", r, fw, mw, fw / mw, fc, mc, fc / mc, fo, mo
      rw[r] = fw / mw; rc[r] = fc / mc; so += fo; sm += mo; sfw += fw; smw += mw
    }
    sortn(rw, n); sortn(rc, n)
    med = (n % 2) ? rw[(n + 1) / 2] : (rw[n / 2] + rw[n / 2 + 1]) / 2
    medc = (n % 2) ? rc[(n + 1) / 2] : (rc[n / 2] + rc[n / 2 + 1]) / 2
    print ""
    printf "median per-round ratio framelab / (MALLET import + train), wall:  %.3f -> overhead %+.1f%%  (target <= +10%%) %s\n", med, (med - 1) * 100, (med <= 1.10 ? "PASS" : "FAIL")
    printf "median per-round ratio, CPU time (user + sys):                     %.3f -> %+.1f%%\n", medc, (medc - 1) * 100
    printf "mean time outside sampling: framelab %.1f s (read, clean, analyse, count, feed MALLET, quality, shares, examples, CSV/HTML, JVM)\n", so / n
    printf "                            MALLET   %.1f s (import JVM + tokenising + alphabet, trainer JVM + loading instances; sampling from its 1-s \"Total time\")\n", sm / n
    printf "peak RSS MB: framelab %d, MALLET import %d, train %d (max over rounds)\n", mx("framelab"), mx("mallet-import"), mx("mallet-train")
  }
  function sortn(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t } }
  function mx(name,   r, m) { m = 0; for (r = 1; r <= n; r++) if (kb[name, r] > m) m = kb[name, r]; return m / 1024 }
' "$RES"
echo
echo "final LL/token  framelab: $FL_LL   MALLET (<$M_IT>): $M_LL"
awk -v a="$FL_LL" -v b="$M_LL" 'BEGIN { d = a - b; if (d < 0) d = -d; printf "difference: %.2g — MALLET prints 5 decimals; with identical tokens, seed and threads both sides run the same sampler state\n", d }'
# the whole convergence trace: MALLET's "<N> LL/token" lines against framelab's topic_trace.csv, at MALLET's 5 decimals
grep -o '<[0-9]*> LL/token: [-0-9.,E]*' "$TMP/mallet-train.log" | sed 's/<\([0-9]*\)> LL\/token: /\1 /; s/,//g' >"$TMP/trace-mallet.txt"
tail -n +2 "$TMP/out-framelab/topic_trace.csv" | awk -F, '{ printf "%s %.5f\n", $3, $4 }' >"$TMP/trace-framelab.txt"
paste "$TMP/trace-mallet.txt" "$TMP/trace-framelab.txt" | awk '{ n++; if ($1 != $3 || $2 + 0 != $4 + 0) d++ }
  END { printf "trace: %d LL/token reports (every 10 iterations), %d differ at 5 decimals\n", n, d + 0 }'
echo
echo "framelab's lines (last run):"; grep -h '^framelab' "$TMP/framelab.log" || true
tr -d ' \n' <"$TMP/out-framelab/run.json" | grep -o '"timings_ms":{[^}]*}' || true
echo "outputs: $TMP/out-framelab/, MALLET logs $TMP/mallet-*.log; raw timings (name round wall kB user sys sampling): $RES"
