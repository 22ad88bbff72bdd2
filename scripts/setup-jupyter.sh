#!/usr/bin/env bash
# Jupyter + the Java kernel for framelab, project-local and hermetic.
#
#   scripts/setup-jupyter.sh [--ui]   install what is missing, fetch the kernel, build the jar, write the kernelspec
#   (sourced by ./framelab, which calls the fl_* functions below one by one)
#
# What it sets up
#   - Debian's Jupyter (jupyter-nbconvert, python3-nbclient, ...; + jupyter-notebook with --ui). As root it
#     installs them with apt-get; otherwise it prints the apt-get line and stops.
#   - io.github.padreati:rapaio-jupyter-kernel:3.0.1 from Maven Central into .tools/kernel/ (via ./mvnw, so
#     it needs nothing but Maven Central).
#   - a kernelspec "framelab-java" ("Java (framelab)") in .jupyter-env/data/kernels/, found through
#     JUPYTER_PATH/JUPYTER_DATA_DIR (see fl_jupyter_env in lib.sh). Its argv starts the JDK 25 found by
#     fl_find_jdk, and its env gives notebooks FRAMELAB_HOME (repo root) and FRAMELAB_JAR (the shaded jar).
#
# HOW A NOTEBOOK LOADS FRAMELAB — make this the first code cell, alone in its cell:
#
#       %jar \{System.getenv("FRAMELAB_JAR")}
#
#   Why this form (each point checked with 3.0.1 under nbconvert): rapaio runs every magic line through its
#   own interpolation first — `\{expr}` is evaluated as Java in the kernel and replaced by its value, e.g.
#   `\{System.getenv("FRAMELAB_HOME") + "/target/x.jar"}` — but it expands no shell-style `$VAR` or `~`.
#   FRAMELAB_JAR is an absolute path set in the kernelspec env, so the cell works in any clone, under
#   nbconvert and in `./framelab notebook`, whatever the notebook's directory. A relative path also works
#   (it resolves against the kernel's working directory, which Jupyter sets to the notebook's folder:
#   `%jar ../target/framelab-0.1.0-SNAPSHOT-all.jar`) but carries the version in the file name.
#   The cell prints "Add <absolute jar path> to classpath", so a saved notebook names the clone it ran in.
#   Do not `%jar ../target`: a directory adds every jar in it, the thin jar too.
#   A magic cannot share its cell with Java code ("Mixed magic and Java code snippets are not allowed").
#   Other kernel quirks (see shared DESIGN.md): `import java.util.*;` hides `display` for the rest of the
#   session — import single classes; wrap `display(...)` in `{ }`; show SVG inline in
#   `display("text/html", svg)` with the `<?xml ...?>` prolog removed (`image/svg+xml` is unknown to the kernel).
#   FRAMELAB_HOME is there for files: `Path.of(System.getenv("FRAMELAB_HOME"), "corpus")`.

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

FL_APT_PACKAGES=(jupyter-nbconvert python3-nbclient jupyter-client jupyter-core python3-ipykernel)
FL_APT_UPDATED=""

fl_jupyter_ok() {
  local ui="${1:-}"
  "$FL_JUPYTER" nbconvert --version >/dev/null 2>&1 || return 1
  "$FL_PYTHON" -c 'import nbclient, ipykernel, jupyter_client' >/dev/null 2>&1 || return 1
  if [[ -n "$ui" ]]; then "$FL_JUPYTER" notebook --version >/dev/null 2>&1 || return 1; fi
  return 0
}

# fl_ensure_jupyter [ui]: make sure Debian's Jupyter packages are there (ui: also the notebook server).
fl_ensure_jupyter() {
  local ui="${1:-}"
  fl_jupyter_ok "$ui" && return 0
  local pkgs=("${FL_APT_PACKAGES[@]}")
  [[ -n "$ui" ]] && pkgs+=(jupyter-notebook)
  if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    fl_say "framelab: Jupyter is missing (needed to run the notebooks). Install it with:"
    fl_say "  sudo apt-get install -y --no-install-recommends ${pkgs[*]}"
    fl_say "  (elsewhere: a Python with nbconvert, nbclient, jupyter_client, ipykernel${ui:+, notebook}; point"
    fl_say "   FRAMELAB_PYTHON and FRAMELAB_JUPYTER at its python and jupyter)"
    exit 1
  fi
  fl_say "installing Jupyter from Debian: ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # update once per run: a fresh machine may have empty or stale package lists
  if [[ -z "$FL_APT_UPDATED" ]]; then
    apt-get update -q </dev/null >&2 || fl_die "apt-get update failed"
    FL_APT_UPDATED=1
  fi
  apt-get install -y -q --no-install-recommends "${pkgs[@]}" </dev/null >&2 \
    || fl_die "apt-get install failed: ${pkgs[*]}"
  fl_jupyter_ok "$ui" || fl_die "Jupyter still does not work after installing it ($FL_JUPYTER nbconvert --version, $FL_PYTHON -c 'import nbclient')."
}

# Fetch the kernel jar through Maven (Maven Central is reachable where PyPI/GitHub are not).
fl_fetch_kernel() {
  [[ -s "$FL_KERNEL_JAR" ]] && return 0
  fl_say "fetching rapaio-jupyter-kernel $FL_KERNEL_VERSION into .tools/kernel/"
  (cd "$FRAMELAB_HOME" && ./mvnw -B -q \
      dependency:copy "-Dartifact=io.github.padreati:rapaio-jupyter-kernel:$FL_KERNEL_VERSION" \
      "-DoutputDirectory=$FL_KERNEL_DIR" </dev/null >&2) \
    || fl_die "could not fetch io.github.padreati:rapaio-jupyter-kernel:$FL_KERNEL_VERSION with Maven."
  [[ -s "$FL_KERNEL_JAR" ]] || fl_die "Maven finished but $FL_KERNEL_JAR is missing."
}

# Write the kernelspec. Needs JAVA (fl_find_jdk) and FL_JAR (fl_ensure_jar). Rewritten on every run: cheap,
# and it follows a moved clone, a new JDK or a new jar version.
fl_write_kernelspec() {
  fl_jupyter_env
  local dir="$JUPYTER_DATA_DIR/kernels/$FL_KERNEL_NAME"
  mkdir -p "$dir"
  # json.dumps via Python: paths may contain anything; no hand-made JSON escaping.
  "$FL_PYTHON" - "$dir/kernel.json" "$JAVA" "$FL_KERNEL_JAR" "$FRAMELAB_HOME" "$FL_JAR" "$JAVA_HOME" <<'EOF' \
    || fl_die "could not write the kernelspec"
import json, sys
out, java, kernel_jar, home, jar, java_home = sys.argv[1:]
spec = {
    "argv": [java, "--enable-native-access=ALL-UNNAMED", "-jar", kernel_jar, "{connection_file}"],
    "display_name": "Java (framelab)",
    "language": "java",
    # rapaio handles interrupt requests on the control channel, not SIGINT
    "interrupt_mode": "message",
    "env": {"FRAMELAB_HOME": home, "FRAMELAB_JAR": jar, "JAVA_HOME": java_home},
}
with open(out, "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
EOF
}

# Standalone use: everything a notebook session needs.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  ui=""
  [[ "${1:-}" == "--ui" ]] && ui=1
  fl_find_jdk
  fl_ensure_jupyter "$ui"
  fl_fetch_kernel
  fl_ensure_jar
  fl_write_kernelspec
  fl_say "kernelspec $FL_KERNEL_NAME written to $JUPYTER_DATA_DIR/kernels/$FL_KERNEL_NAME"
fi
