#!/usr/bin/env bash
# framelab freq + keyness against `wc -w` and scikit-learn's CountVectorizer, on the ABP news corpus.
#
#   bench/freq-benchmark.sh [ROUNDS]        (from the repository root; ROUNDS default 3)
#
# Each round runs, back to back and always in this order:
#   wc -w            on the unpacked TSV, LC_ALL=C (byte words; gives the issue's 36.7 M words)
#   wc -w            the same in a UTF-8 locale (C.UTF-8, else en_US.UTF-8; multibyte-aware), when one exists
#   framelab         keyness --with-freq of the most frequent source against the rest, on the .tsv.gz
#   framelab         the same on the unpacked .tsv
#   CountVectorizer  counts per source + G² of the same source, on the unpacked .tsv (bench/countvectorizer.py),
#                    texts streamed into fit_transform
#   CountVectorizer  the same, texts read into a list first, then fit_transform(list) (the common way)
# and measures wall time and peak RSS of each with /usr/bin/time. Then it prints a table of medians and the
# ratios of framelab against each baseline, labelled, with the targets (≤ 1.5× wc -w, ≥ 10× faster than
# CountVectorizer, peak RSS ≤ 1 GB). How to read it: bench/README.md.
#
# Environment (all optional):
#   FRAMELAB_BENCH_CORPUS   the corpus (default: ../shared/corpora/abp_news.tsv.gz next to the repository)
#   FRAMELAB_BENCH_TMP      scratch directory for the unpacked TSV and outputs (default: ${TMPDIR:-/tmp}/framelab-freq-bench);
#                           never inside the repository — the corpus must not be committed
#   FRAMELAB_BENCH_TARGET   the source to test against the rest (default: the most frequent value of `source`)
#   FRAMELAB_BENCH_CV       both (default) | stream | list | 0 (skip CountVectorizer, ~15 + 18 s a round)
#   FRAMELAB_JAVA_OPTS      passed on to ./framelab (extra JVM options after its defaults)
set -euo pipefail

ROUNDS="${1:-3}"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/freq-benchmark.sh [ROUNDS]  (ROUNDS >= 1, default 3)" >&2; exit 2; }
REPO="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
CORPUS="${FRAMELAB_BENCH_CORPUS:-$REPO/../shared/corpora/abp_news.tsv.gz}"
TMP="${FRAMELAB_BENCH_TMP:-${TMPDIR:-/tmp}/framelab-freq-bench}"
TEXT_COLUMN=title_and_text
GROUP_COLUMN=source
CV="${FRAMELAB_BENCH_CV:-both}"
PY=/usr/bin/python3
JDK_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64

say() { printf '%s\n' "$*" >&2; }
die() { printf 'freq-benchmark: %s\n' "$*" >&2; exit 1; }
case "$CV" in both|stream|list|0) ;; 1) CV=both ;; *) die "FRAMELAB_BENCH_CV=$CV: use both, stream, list or 0" ;; esac
CV_MODES=()
[[ "$CV" == both || "$CV" == stream ]] && CV_MODES+=(stream)
[[ "$CV" == both || "$CV" == list ]] && CV_MODES+=(list)

[[ -f "$CORPUS" ]] || die "no corpus at $CORPUS (set FRAMELAB_BENCH_CORPUS)"
CORPUS="$(readlink -f "$CORPUS")"
mkdir -p "$TMP"
TMP="$(cd "$TMP" && pwd -P)"
case "$TMP/" in "$REPO/"*) die "FRAMELAB_BENCH_TMP ($TMP) is inside the repository; the corpus must stay out of it" ;; esac

# --- tools ------------------------------------------------------------------------------------------------
apt_install() {
  if [[ $EUID -ne 0 ]]; then die "missing Debian package(s) $*: run  sudo apt-get install -y --no-install-recommends $*"; fi
  say "installing $* (apt-get)…"
  apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "$@" >/dev/null; } \
    || die "apt-get install $* failed"
}
[[ -x /usr/bin/time ]] || apt_install time
if [[ ${#CV_MODES[@]} -gt 0 ]]; then
  [[ -x "$PY" ]] || apt_install python3
  "$PY" -c 'import sklearn' 2>/dev/null || apt_install python3-sklearn
fi

# framelab: the shaded jar with the JVM flags of ./framelab's java line (read from the script, so a change
# there is what gets measured). ./framelab (or Maven when the script is missing) builds the jar first if it
# is stale; the timed runs use a private copy of it, so a rebuild by someone else mid-run cannot disturb them.
JAVA_HOME="${JAVA_HOME:-$JDK_DEFAULT}"
[[ -x "$JAVA_HOME/bin/java" ]] || JAVA_HOME="$JDK_DEFAULT"
[[ -x "$JAVA_HOME/bin/java" ]] || die "no JDK 25 at $JAVA_HOME (set JAVA_HOME)"
DEFAULT_FLAGS="-XX:+UseParallelGC --enable-native-access=ALL-UNNAMED -Xss4m -Xmx2g"
if [[ -x "$REPO/framelab" ]]; then
  say "building the jar if stale (./framelab --version)…"
  "$REPO/framelab" --version >/dev/null || die "./framelab --version failed"
  SCRIPT_FLAGS=$(sed -n 's/^ *local flags=(\(.*\))$/\1/p' "$REPO/framelab" | sed -n 1p)
  FLAG_SOURCE="./framelab's java line"
  [[ -n "$SCRIPT_FLAGS" ]] || { SCRIPT_FLAGS="$DEFAULT_FLAGS"; FLAG_SOURCE="defaults (./framelab's java line not recognised)"; }
else
  SCRIPT_FLAGS="$DEFAULT_FLAGS"
  FLAG_SOURCE="defaults (no ./framelab)"
  if ! ls "$REPO"/target/framelab-*-all.jar >/dev/null 2>&1; then
    say "building the shaded jar…"
    (cd "$REPO" && JAVA_HOME="$JAVA_HOME" ./mvnw -B -q -o -DskipTests package >&2) || die "build failed"
  fi
fi
jar=$(ls -t "$REPO"/target/framelab-*-all.jar 2>/dev/null | head -n1 || true)
[[ -n "$jar" ]] || die "no target/framelab-*-all.jar after the build"
cp "$jar" "$TMP/framelab-all.jar"
read -r -a base_flags <<<"$SCRIPT_FLAGS"
read -r -a flags <<<"$SCRIPT_FLAGS ${FRAMELAB_JAVA_OPTS:-}"
# The AOT cache as ./framelab uses it (scripts/aot-cache.sh), created for the copy of the jar by the same
# training run (untimed); FRAMELAB_AOT=0 measures without it.
AOT="none"
if [[ "${FRAMELAB_AOT:-1}" != 0 && -f "$REPO/scripts/aot-cache.sh" ]]; then
  FRAMELAB_HOME="$REPO"
  fl_say() { say "$@"; }
  # shellcheck source=../scripts/aot-cache.sh
  source "$REPO/scripts/aot-cache.sh"
  t0=$(date +%s.%N)
  cache=$(fl_aot_cache "$JAVA_HOME/bin/java" "$TMP/framelab-all.jar" "${base_flags[@]}")
  if [[ -n "$cache" ]]; then
    flags=("${base_flags[@]}" -XX:AOTCache="$cache" '-Xlog:aot*=off' ${FRAMELAB_JAVA_OPTS:-})
    AOT="$cache ($(du -m "$cache" | cut -f1) MB, training run $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s, untimed)"
  else
    AOT="none (creation failed: ${TMP}/framelab-all.aot-*.failed has the training log)"
  fi
elif [[ "${FRAMELAB_AOT:-1}" == 0 ]]; then
  AOT="none (FRAMELAB_AOT=0)"
fi
FRAMELAB=("$JAVA_HOME/bin/java" "${flags[@]}" -jar "$TMP/framelab-all.jar")

# --- data ---------------------------------------------------------------------------------------------------
if [[ "$CORPUS" == *.gz ]]; then
  GZ="$CORPUS"
  TSV="$TMP/$(basename "${CORPUS%.gz}")"
  if [[ ! -s "$TSV" || "$GZ" -nt "$TSV" ]]; then
    say "unpacking $GZ -> $TSV (once)…"
    gzip -dc "$GZ" >"$TSV.part" && mv "$TSV.part" "$TSV"
  fi
else
  GZ=""
  TSV="$CORPUS"
fi
col=$(head -n1 "$TSV" | tr '\t' '\n' | grep -nx "$GROUP_COLUMN" | cut -d: -f1 || true)
[[ -n "$col" ]] || die "no '$GROUP_COLUMN' column in $TSV"
# one awk, no `| head`: under pipefail a head that stops reading early kills the script with SIGPIPE (rc 141)
TARGET="${FRAMELAB_BENCH_TARGET:-$(awk -F'\t' -v c="$col" 'NR > 1 { n[$c]++ } END { for (s in n) if (n[s] > best || (n[s] == best && s < top)) { best = n[s]; top = s } print top }' "$TSV")}"
TARGET_DOCS=$(tail -n +2 "$TSV" | cut -f"$col" | grep -cxF -- "$TARGET" || true)
# A UTF-8 locale for the multibyte-aware wc -w: the first one `locale -a` lists (an absent locale would
# silently fall back to C, so it is looked up rather than assumed).
UTF8_LOCALE=""
for l in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
  if locale -a 2>/dev/null | grep -qxF -- "$l"; then UTF8_LOCALE="$l"; break; fi
done
[[ -n "$UTF8_LOCALE" ]] || say "no C.UTF-8 or en_US.UTF-8 locale installed: wc -w runs in the C locale only"

# --- what is measured ----------------------------------------------------------------------------------------
say "warming up (untimed): page cache, jar build if stale, JVM flags…"
cat "$TSV" ${GZ:+"$GZ"} >/dev/null
ERGO=$("$JAVA_HOME/bin/java" "${flags[@]}" -XX:+PrintCommandLineFlags -jar "$TMP/framelab-all.jar" --version 2>&1 | grep -- '-XX:' | head -n1 || true)
VERSION=$("${FRAMELAB[@]}" --version 2>/dev/null | head -n1 || true)

fl_args() { # $1 = corpus file, $2 = out dir
  printf '%s\0' keyness --with-freq --corpus "$1" --text-column "$TEXT_COLUMN" --group-by "$GROUP_COLUMN" \
    --target "$GROUP_COLUMN=$TARGET" --top 100 --out "$2"
}

RES="$TMP/results.txt"
: >"$RES"
run() { # name, command...: appends "name seconds kB" to $RES; stdout/stderr of the command to $TMP/name.log
  local name="$1"; shift
  local tf="$TMP/time.$name"
  if ! /usr/bin/time -f '%e %M %U %S' -o "$tf" "$@" >"$TMP/$name.log" 2>&1; then
    cat "$TMP/$name.log" >&2
    die "$name failed (log above; command: $*)"
  fi
  # name, wall s, peak RSS kB, CPU s (user + system)
  tail -n1 "$tf" | awk -v n="$name" '{ printf "%s %s %s %.2f\n", n, $1, $2, $3 + $4 }' | tee -a "$RES" \
    | awk '{ printf "  %-18s %7.2f s wall %7.2f s cpu %6d MB\n", $1, $2, $4, $3 / 1024 }' >&2
}

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
say "rounds: $ROUNDS; target: $GROUP_COLUMN=$TARGET"
for ((r = 1; r <= ROUNDS; r++)); do
  say "round $r/$ROUNDS"
  run wc-w env LC_ALL=C wc -w "$TSV"
  [[ -z "$UTF8_LOCALE" ]] || run wc-w-utf8 env LC_ALL="$UTF8_LOCALE" wc -w "$TSV"
  if [[ -n "$GZ" ]]; then
    mapfile -d '' a < <(fl_args "$GZ" "$TMP/out-framelab-gz")
    run framelab-gz "${FRAMELAB[@]}" "${a[@]}"
  fi
  mapfile -d '' a < <(fl_args "$TSV" "$TMP/out-framelab-tsv")
  run framelab-tsv "${FRAMELAB[@]}" "${a[@]}"
  for m in "${CV_MODES[@]}"; do
    run "cv-$m" "$PY" "$REPO/bench/countvectorizer.py" $([[ $m == list ]] && echo --list) \
      "$TSV" "$TEXT_COLUMN" "$GROUP_COLUMN" "$TARGET" "$TMP/out-countvectorizer-$m"
  done
done

# --- report ---------------------------------------------------------------------------------------------------
median() { # name field(2=wall s, 3=kB, 4=cpu s) -> median
  awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$RES" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maxof() { awk -v n="$1" -v f="$2" '$1 == n && $f > m { m = $f } END { print m + 0 }' "$RES"; }
minof() { awk -v n="$1" -v f="$2" '$1 == n && (m == "" || $f < m) { m = $f } END { print m + 0 }' "$RES"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
check() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=") ? (v <= t) : (v >= t); print (ok ? "PASS" : "FAIL") }'; }
# The ratio of two runs within each round (side by side, so under the same load), over the rounds:
# "median min max". The verdicts use its median: on this shared machine whole rounds run 30-50 % slower
# than others, which a ratio of medians taken from different rounds does not cancel.
paired() { # numerator-name denominator-name
  awk -v a="$1" -v b="$2" '$1 == a { x[++i] = $2 } $1 == b { y[++j] = $2 }
    END { for (k = 1; k <= i && k <= j; k++) if (y[k] > 0) printf "%.6f\n", x[k] / y[k] }' "$RES" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR == 0) exit; m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }'
}
# one ratio line: label, "median min max" from paired, ratio of the medians, target operator and value
ratio_line() {
  local label="$1" p="$2" of_medians="$3" op="$4" t="$5" m lo hi
  read -r m lo hi <<<"$p"
  printf '%-48s %5s (%s-%s), of medians %5s  (target %s %s)  %s\n' "$label" "$m" "$lo" "$hi" "$of_medians" "$op" "$t" "$(check "$m" "$op" "$t")"
}

echo "framelab freq + keyness benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
echo "load:      $LOAD0 before, $(cut -d' ' -f1-3 /proc/loadavg) after (1/5/15-min averages; above ~0.5 other work shares the cores)"
echo "corpus:    $CORPUS ($(du -m "$CORPUS" | cut -f1) MB)${GZ:+, unpacked to $TSV ($(du -m "$TSV" | cut -f1) MB)}"
echo "documents: $(( $(wc -l <"$TSV") - 1 )); target: $GROUP_COLUMN=\"$TARGET\" ($TARGET_DOCS documents, the most frequent source unless FRAMELAB_BENCH_TARGET is set)"
echo "framelab:  $VERSION, $jar (run from a copy)"
echo "command:   java ${flags[*]} -jar framelab-all.jar $(fl_args '<corpus>' '<out>' | tr '\0' ' ')"
echo "JVM:       $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1); flags from $FLAG_SOURCE: ${flags[*]}"
echo "           as the JVM sees them: ${ERGO:-(not available)}"
echo "AOT cache: $AOT"
[[ ${#CV_MODES[@]} -gt 0 ]] && echo "sklearn:   $("$PY" -c 'import sklearn, sys; print("scikit-learn", sklearn.__version__, "/ Python", sys.version.split()[0])') (bench/countvectorizer.py: ${CV_MODES[*]})"
echo "rounds:    $ROUNDS, alternating in the order below; medians (wall min-max in brackets); cpu = user + system"
echo
printf '%-34s %20s %10s %12s\n' "run" "wall s (min-max)" "cpu s" "peak RSS MB"
row() { # name label
  local m; m=$(median "$1" 2)
  [[ -n "$m" ]] || return 0
  printf '%-34s %7.2f (%5.2f-%5.2f) %10.2f %12d\n' "$2" "$m" "$(minof "$1" 2)" "$(maxof "$1" 2)" "$(median "$1" 4)" "$(( $(maxof "$1" 3) / 1024 ))"
}
row wc-w "wc -w, LC_ALL=C (.tsv)"
row wc-w-utf8 "wc -w, LC_ALL=$UTF8_LOCALE (.tsv)"
row framelab-gz "framelab keyness+freq (.tsv.gz)"
row framelab-tsv "framelab keyness+freq (.tsv)"
row cv-stream "CountVectorizer, streamed (.tsv)"
row cv-list "CountVectorizer, list (.tsv)"
echo
words() { awk 'NR == 1 { print $1 }' "$TMP/$1.log" 2>/dev/null; }
echo "words:     wc -w LC_ALL=C $(words wc-w)${UTF8_LOCALE:+, LC_ALL=$UTF8_LOCALE $(words wc-w-utf8)} (the issue: 36.7 M)"
for m in "${CV_MODES[@]}"; do echo "           CountVectorizer $m: $(grep -o '[0-9]* tokens, [0-9]* terms' "$TMP/cv-$m.log" || true)"; done
echo

for kind in gz tsv; do
  fl=$(median "framelab-$kind" 2)
  [[ -n "$fl" ]] || continue
  rss=$(( $(maxof "framelab-$kind" 3) / 1024 ))
  ratio_line "framelab(.$kind) / wc -w LC_ALL=C:" "$(paired "framelab-$kind" wc-w)" "$(ratio "$fl" "$(median wc-w 2)")" '<=' 1.5
  if [[ -n "$UTF8_LOCALE" ]]; then
    ratio_line "framelab(.$kind) / wc -w LC_ALL=$UTF8_LOCALE:" "$(paired "framelab-$kind" wc-w-utf8)" "$(ratio "$fl" "$(median wc-w-utf8 2)")" '<=' 1.5
  fi
  for m in "${CV_MODES[@]}"; do
    ratio_line "CountVectorizer $m / framelab(.$kind):" "$(paired "cv-$m" "framelab-$kind")" "$(ratio "$(median "cv-$m" 2)" "$fl")" '>=' 10
  done
  printf '%-48s %5s (max of rounds)  (target <= 1024)  %s\n' "framelab(.$kind) peak RSS MB:" "$rss" "$(check "$rss" '<=' 1024)"
done
echo "ratios:    median of the per-round ratios (min-max over rounds), which decides the verdict; then the ratio of the medians above"
echo
echo "framelab's own summary and phase timings (last .tsv run):"
grep -h '^framelab ' "$TMP/framelab-tsv.log" || true
tr -d ' \n' <"$TMP/out-framelab-tsv/run.json" | grep -o '"timings_ms":{[^}]*}' || true
echo "outputs:   $TMP/out-framelab-{gz,tsv}/, $TMP/out-countvectorizer-{stream,list}/; raw timings: $RES"
