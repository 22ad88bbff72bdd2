# shellcheck shell=bash
# shellcheck disable=SC2034  # variables here are used by the scripts that source this file
# Shared helpers for ./framelab and scripts/*.sh. Source it; it defines functions and a few variables
# and runs nothing by itself.
#
#   FRAMELAB_HOME   repository root (absolute, symlinks resolved)
#   fl_find_jdk     sets JAVA_HOME/JAVA to a JDK >= 25 or explains how to get one and exits 1
#   fl_ensure_jar   builds the shaded jar when missing or older than src/main or pom.xml; sets FL_JAR
#
# Everything user-visible that is not the CLI's own output goes to stderr, so `./framelab freq ... > x.csv`
# stays clean.

# Always from this file's location: an inherited FRAMELAB_HOME may belong to another clone.
FRAMELAB_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
export FRAMELAB_HOME

FL_MIN_JAVA=25

fl_say() { printf '%s\n' "$*" >&2; }
fl_die() { printf 'framelab: %s\n' "$*" >&2; exit 1; }

# Major version of the JDK at $1 (a JAVA_HOME), or nothing when it is not a usable JDK.
# The `release` file is read first because starting a JVM for each candidate costs ~50 ms;
# `java -version` is the fallback for odd layouts. "1.8.0_x" -> 8, "25.0.1" -> 25, "26-ea" -> 26.
fl_java_major() {
  local home="$1" v=""
  [[ -x "$home/bin/java" ]] || return 0
  if [[ -r "$home/release" ]]; then
    # read in bash: a sed and a head per JDK were most of the 55 ms the search took (a fork is 5-10 ms here)
    local line
    while IFS= read -r line || [[ -n "$line" ]]; do
      if [[ "$line" =~ ^JAVA_VERSION=\"([^\"]*)\" ]]; then v="${BASH_REMATCH[1]}"; break; fi
    done <"$home/release" 2>/dev/null || true
  fi
  if [[ -z "$v" ]]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  [[ "$v" == 1.* ]] && v="${v#1.}"
  v="${v%%[.+_-]*}"
  [[ "$v" =~ ^[0-9]+$ ]] && printf '%s\n' "$v"
  return 0
}

# Find a JDK >= 25, in this order: $JAVA_HOME; the newest JDK in the JVM directories
# (FRAMELAB_JVM_DIRS, default /usr/lib/jvm and macOS's folder; tests point it at an empty dir);
# the `java` on PATH. Exports JAVA_HOME (./mvnw uses it) and sets JAVA.
fl_find_jdk() {
  local best="" best_v=0 cand v
  if [[ -n "${JAVA_HOME:-}" ]]; then
    v=$(fl_java_major "$JAVA_HOME")
    if [[ -n "$v" && "$v" -ge "$FL_MIN_JAVA" ]]; then best="$JAVA_HOME"; best_v="$v"; fi
  fi
  if [[ -z "$best" ]]; then
    local dirs="${FRAMELAB_JVM_DIRS-/usr/lib/jvm /Library/Java/JavaVirtualMachines}"
    local d
    for d in $dirs; do
      [[ -d "$d" ]] || continue
      for cand in "$d"/* "$d"/*/Contents/Home; do
        [[ -d "$cand" ]] || continue
        v=$(fl_java_major "$cand")
        # Newest wins; on a tie keep the first (glob order), which prefers real dirs over aliases only
        # by accident — harmless, both run the same JDK.
        if [[ -n "$v" && "$v" -ge "$FL_MIN_JAVA" && "$v" -gt "$best_v" ]]; then best="$cand"; best_v="$v"; fi
      done
    done
  fi
  if [[ -z "$best" ]] && command -v java >/dev/null 2>&1; then
    # java on PATH: resolve its home through the symlink chain (/usr/bin/java -> alternatives -> JDK).
    cand=$(readlink -f "$(command -v java)")
    cand="${cand%/bin/java}"
    v=$(fl_java_major "$cand")
    if [[ -n "$v" && "$v" -ge "$FL_MIN_JAVA" ]]; then best="$cand"; best_v="$v"; fi
  fi
  if [[ -z "$best" ]]; then
    cat >&2 <<EOF
framelab: no JDK ${FL_MIN_JAVA} or newer found.
  Looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), ${FRAMELAB_JVM_DIRS-/usr/lib/jvm /Library/Java/JavaVirtualMachines}, and \`java\` on PATH.
  framelab needs Java ${FL_MIN_JAVA}+ (Smile 5+ is compiled for it). To get one:
    Debian/Ubuntu with the Adoptium apt repository:  apt-get install temurin-25-jdk
    Debian 13+ / Ubuntu 25.04+:                      apt-get install openjdk-25-jdk-headless
    anywhere: download Temurin 25 from https://adoptium.net/ and unpack it
  then either install it under /usr/lib/jvm or run:  export JAVA_HOME=/path/to/jdk-25
EOF
    exit 1
  fi
  JAVA_HOME="$best"
  JAVA="$best/bin/java"
  export JAVA_HOME
}

# Newest target/framelab-*-all.jar (several can exist after a version bump), or empty.
fl_find_jar() {
  local newest="" f
  for f in "$FRAMELAB_HOME"/target/framelab-*-all.jar; do
    [[ -f "$f" ]] || continue
    if [[ -z "$newest" || "$f" -nt "$newest" ]]; then newest="$f"; fi
  done
  printf '%s\n' "$newest"
}

# True when the shaded jar is missing or any source/resource/pom is newer than it.
fl_jar_is_stale() {
  local jar
  jar=$(fl_find_jar)
  [[ -z "$jar" ]] && return 0
  [[ -n "$(find "$FRAMELAB_HOME/src/main" "$FRAMELAB_HOME/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

# Build the shaded jar if it is stale; sets FL_JAR. Needs fl_find_jdk first (./mvnw reads JAVA_HOME).
fl_ensure_jar() {
  if fl_jar_is_stale; then
    if [[ -z "$(fl_find_jar)" ]]; then fl_say "building framelab (first run)…"
    else fl_say "rebuilding framelab (sources changed)…"; fi
    # -q keeps the CLI's output clean; on failure Maven's errors are still printed.
    if ! (cd "$FRAMELAB_HOME" && ./mvnw -B -q -DskipTests package </dev/null >&2); then
      fl_die "build failed (see the Maven errors above; \`./mvnw -B package\` shows the full log)."
    fi
  fi
  FL_JAR=$(fl_find_jar)
  [[ -n "$FL_JAR" ]] || fl_die "the build finished but target/framelab-*-all.jar is missing (is the shade plugin still configured in pom.xml?)."
}

# ---------------------------------------------------------------------------------------------------------
# Jupyter (used by `./framelab test` and `./framelab notebook`; details in scripts/setup-jupyter.sh)

FL_KERNEL_VERSION=3.0.1
FL_KERNEL_NAME=framelab-java
FL_KERNEL_DIR="$FRAMELAB_HOME/.tools/kernel"
FL_KERNEL_JAR="$FL_KERNEL_DIR/rapaio-jupyter-kernel-$FL_KERNEL_VERSION.jar"
FL_JUPYTER_ENV="$FRAMELAB_HOME/.jupyter-env"

# Debian's Python sees Debian's Jupyter packages; pyenv's `python3`, first on PATH on these machines, does not.
# FRAMELAB_PYTHON / FRAMELAB_JUPYTER override for machines that got Jupyter some other way.
FL_PYTHON="${FRAMELAB_PYTHON:-$([[ -x /usr/bin/python3 ]] && echo /usr/bin/python3 || echo python3)}"
FL_JUPYTER="${FRAMELAB_JUPYTER:-$([[ -x /usr/bin/jupyter ]] && echo /usr/bin/jupyter || echo jupyter)}"

# A project-local Jupyter: kernelspecs, config and runtime files live in .jupyter-env/, so the user's
# ~/.jupyter and ~/.local/share/jupyter neither leak into tests nor get written to.
fl_jupyter_env() {
  export JUPYTER_DATA_DIR="$FL_JUPYTER_ENV/data"
  export JUPYTER_PATH="$FL_JUPYTER_ENV/data"
  export JUPYTER_CONFIG_DIR="$FL_JUPYTER_ENV/config"
  export JUPYTER_RUNTIME_DIR="$FL_JUPYTER_ENV/runtime"
  export JUPYTER_PLATFORM_DIRS=1            # jupyter_core 5 warns about the old dir layout otherwise
  export PYDEVD_DISABLE_FILE_VALIDATION=1   # ipykernel/debugpy warning on frozen modules
  mkdir -p "$JUPYTER_DATA_DIR/kernels" "$JUPYTER_CONFIG_DIR" "$JUPYTER_RUNTIME_DIR"
}
