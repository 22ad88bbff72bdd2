# shellcheck shell=bash
# JDK 25 AOT cache for the CLI (JEP 483 ahead-of-time class loading and linking, JEP 514 one-step
# creation, JEP 515 method profiles): a training run on the bundled corpus records the classes and
# profiles a CLI run needs; later runs map them from the cache instead of loading, verifying and
# profiling them again (bench/RESULTS.md: about -0.5 s of wall time, -0.1 to -0.2 s for --version).
# Sourced by ./framelab and bench/freq-benchmark.sh; needs fl_say (scripts/lib.sh) and FRAMELAB_HOME.
#
#   fl_aot_cache JAVA JAR FLAG...   prints the cache to pass as -XX:AOTCache=… for running JAR with
#                                   JAVA and FLAGs, creating it first when it does not exist; prints
#                                   nothing (run without a cache) when creation fails or FRAMELAB_AOT=0
#
# Why the file name carries a key: on Temurin 25.0.3 a cache created for one jar is used, silently and
# without complaint, for a *rebuilt* jar at the same path and serves the classes of the old build
# (bench/RESULTS.md). So the name holds a checksum of the jar's size and mtime (ns), the JDK and the JVM
# flags: a rebuild, another JDK or other flags give a new name, the new cache is created by a training
# run, and the caches of earlier keys are deleted. The cache lives next to the jar (target/, ignored by
# git and removed by `mvn clean`). Creation that fails leaves a `.failed` marker with the same key, so a
# broken setup costs one attempt per build, not one per run; the training log is kept next to it.

fl_aot_cache() {
  local java="$1" jar="$2"
  shift 2
  [[ "${FRAMELAB_AOT:-1}" != 0 ]] || return 0
  local jdk meta key base cache f
  local line
  jdk=""
  while IFS= read -r line || [[ -n "$line" ]]; do # in bash, not sed: a fork costs 5-10 ms on these VMs
    if [[ "$line" =~ ^JAVA_RUNTIME_VERSION=\"(.*)\"$ ]]; then jdk="${BASH_REMATCH[1]}"; break; fi
  done <"${java%/bin/java}/release" 2>/dev/null || true
  meta=$(stat -c '%s %.9Y' "$jar" 2>/dev/null || true)
  # no JDK release file or no GNU stat: no safe key, so no cache
  [[ -n "$jdk" && -n "$meta" ]] || return 0
  key=$(printf '%s\n' "$meta" "$java" "$jdk" "$*" | cksum | cut -d' ' -f1)
  base="${jar%.jar}"
  cache="$base.aot-$key"
  if [[ -s "$cache" ]]; then printf '%s\n' "$cache"; return 0; fi
  [[ -e "$cache.failed" ]] && return 0

  # a new build (or JDK, or flags): the caches of earlier keys can only be stale
  for f in "$base".aot-*; do
    [[ "$f" == "$cache"* ]] || rm -f "$f" 2>/dev/null || true
  done
  fl_say "framelab: creating the start-up cache for this build (once per build, a few seconds)…"
  local tmp out
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/framelab-aot.XXXXXX") || return 0
  out="$cache.$$.tmp"
  # The training run: keyness with frequencies on a TSV of the seed articles repeated (2,000 rows, 16 MB),
  # into a temp dir (never results/). A corpus of this size, not the five seeds, makes the run long enough
  # for the method profiles the cache keeps (JEP 515) to describe the counting loops of a large corpus,
  # which then get compiled sooner and with less profiling in real runs (bench/RESULTS.md).
  # Gzipped, so the run also links the libdeflate bindings .gz corpora are inflated with (0.1-0.2 s otherwise).
  fl_aot_training_corpus "$tmp/train.tsv"
  gzip -1 "$tmp/train.tsv"
  if "$java" "$@" -XX:AOTCacheOutput="$out" -jar "$jar" keyness --with-freq --corpus "$tmp/train.tsv.gz" \
       --group-by source --target "source=outlet 1" --out "$tmp/out" </dev/null >"$tmp/training.log" 2>&1 \
     && [[ -s "$out" ]] && mv -f "$out" "$cache"; then
    printf '%s\n' "$cache"
  else
    rm -f "$out" "$out.config"
    cp "$tmp/training.log" "$cache.failed" 2>/dev/null || : >"$cache.failed" || true
  fi
  rm -rf "$tmp"
  return 0
}

# fl_aot_training_corpus FILE: writes the training corpus, a TSV (id, source, text) of the bundled seed
# articles, each on one line, repeated to 2,000 rows over 23 sources.
fl_aot_training_corpus() {
  local texts=() f i r
  for f in "$FRAMELAB_HOME"/corpus/*.txt; do texts+=("$(tr '\t\r\n' '   ' <"$f")"); done
  {
    printf 'id\tsource\ttext\n'
    i=0
    for ((r = 0; r < 2000 / ${#texts[@]}; r++)); do
      for f in "${texts[@]}"; do
        i=$((i + 1))
        printf '%s\toutlet %s\t%s\n' "$i" $((i % 23)) "$f"
      done
    done
  } >"$1"
}
