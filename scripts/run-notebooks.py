#!/usr/bin/python3
"""Execute framelab's notebooks headless and render each to HTML.

Usage (normally through `./framelab test`, which sets up the project-local Jupyter env first):
    /usr/bin/python3 scripts/run-notebooks.py [NOTEBOOK.ipynb ...]    default: notebooks/*.ipynb

For each notebook:
  1. `jupyter nbconvert --to notebook --execute` with the framelab-java kernel, writing the executed copy
     to target/notebooks/ so that running the tests leaves the committed notebooks (and git) untouched;
     with FRAMELAB_NOTEBOOKS_INPLACE=1 it executes `--inplace` instead, to refresh the committed outputs
     (a failing run does not overwrite the file: nbconvert writes only on success).
  2. `jupyter nbconvert --to html` of the executed notebook into target/notebooks/, to prove it renders.

Retry rule (shared/DESIGN.md): rapaio-jupyter-kernel 3.0.1 sometimes hangs at start-up (7 of 43 starts
here). A notebook is retried, up to 3 tries, ONLY when the kernel never answered ("Kernel didn't respond
in N seconds" from nbclient's start-up wait). A cell error or a cell timeout is a real failure.

Prints one line per notebook and, last, exactly `notebooks: N passed, M failed`; exits 1 if any failed.
Runs with Debian's /usr/bin/python3 but needs nothing from Jupyter itself: the work is done by the
`jupyter` command (FRAMELAB_JUPYTER), in a subprocess, so a notebook's output cannot crash this runner.
"""

import glob
import os
import re
import subprocess
import sys
import time

HOME = os.environ.get("FRAMELAB_HOME") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JUPYTER = os.environ.get("FRAMELAB_JUPYTER", "jupyter")
KERNEL = os.environ.get("FRAMELAB_KERNEL_NAME", "framelab-java")
HTML_DIR = os.path.join(HOME, "target", "notebooks")
IN_PLACE = os.environ.get("FRAMELAB_NOTEBOOKS_INPLACE") == "1"
TRIES = 3
STARTUP_TIMEOUT = int(os.environ.get("FRAMELAB_STARTUP_TIMEOUT", "30"))
CELL_TIMEOUT = 600
# nbclient 0.7: RuntimeError("Kernel didn't respond in %d seconds") while waiting for kernel_info at start.
NO_ANSWER = ("Kernel didn't respond",)


def log(msg):
    print(msg, flush=True)


ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
CELL_ERROR = "An error occurred while executing the following cell"


def explain(text, lines=60):
    """The useful part of nbconvert's output: the failing cell and its error, not Python's traceback."""
    text = ANSI.sub("", text)
    if CELL_ERROR in text:
        text = text[text.index(CELL_ERROR):]
    rows = text.rstrip().splitlines()
    return "\n".join("    " + r for r in rows[-lines:])


def executed_path(nb):
    """Where the executed notebook is written: the file itself with IN_PLACE, else target/notebooks/NAME.ipynb."""
    return nb if IN_PLACE else os.path.join(HTML_DIR, os.path.basename(nb))


def execute(nb):
    """Run one notebook (to executed_path); returns (ok, kernel_never_answered, output)."""
    where = ["--inplace"] if IN_PLACE else ["--output-dir", HTML_DIR]
    cmd = [
        JUPYTER, "nbconvert", "--to", "notebook", "--execute", *where,
        f"--ExecutePreprocessor.timeout={CELL_TIMEOUT}",
        f"--ExecutePreprocessor.startup_timeout={STARTUP_TIMEOUT}",
        f"--ExecutePreprocessor.kernel_name={KERNEL}",
        # no per-cell execution timestamps in the saved file: re-running an unchanged notebook
        # then leaves git clean (outputs that really change still show up)
        "--ExecutePreprocessor.record_timing=False",
        nb,
    ]
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, errors="replace")
    out = p.stdout
    return p.returncode == 0, any(s in out for s in NO_ANSWER), out


def render_html(nb):
    cmd = [JUPYTER, "nbconvert", "--to", "html", "--output-dir", HTML_DIR, nb]
    p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, errors="replace")
    return p.returncode == 0, p.stdout


def run_one(nb):
    name = os.path.relpath(nb, HOME)
    start = time.monotonic()
    for attempt in range(1, TRIES + 1):
        ok, no_answer, out = execute(nb)
        if ok:
            break
        if no_answer and attempt < TRIES:
            log(f"  {name}: kernel did not answer at start-up (try {attempt}/{TRIES}); retrying")
            continue
        why = "kernel never answered" if no_answer else "execution failed"
        log(f"FAILED {name}: {why} after {attempt} tr{'y' if attempt == 1 else 'ies'}, "
            f"{time.monotonic() - start:.1f} s\n{explain(out, 3 if no_answer else 60)}")
        return False
    ok, out = render_html(executed_path(nb))
    if not ok:
        log(f"FAILED {name}: executed, but rendering to HTML failed\n{explain(out)}")
        return False
    html = os.path.relpath(os.path.join(HTML_DIR, os.path.splitext(os.path.basename(nb))[0] + ".html"), HOME)
    retried = f", {attempt} tries" if attempt > 1 else ""
    log(f"ok     {name} ({time.monotonic() - start:.1f} s{retried}) -> {html}")
    return True


def main(argv):
    notebooks = argv or sorted(glob.glob(os.path.join(HOME, "notebooks", "*.ipynb")))
    os.makedirs(HTML_DIR, exist_ok=True)
    passed = failed = 0
    for nb in notebooks:
        # a bare name ("01-quickstart.ipynb", or "01-quickstart") means the one in notebooks/
        for candidate in (nb, nb + ".ipynb"):
            if not os.path.exists(nb) and os.path.exists(os.path.join(HOME, "notebooks", candidate)):
                nb = os.path.join(HOME, "notebooks", candidate)
        if run_one(os.path.abspath(nb)):
            passed += 1
        else:
            failed += 1
    log(f"notebooks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
