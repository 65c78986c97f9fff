"""Set up and run the workbook with one command, on any machine with Python 3.11+.

    python3 tasks.py lab     set up (first time only) and open JupyterLab on workbook/
    python3 tasks.py test    set up (first time only) and run every test

The set-up is a virtual environment in .venv with lessons installed in it; it
is redone only when pyproject.toml changes.
"""

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
COMMANDS = ("lab", "test")


def set_up() -> None:
    """Create .venv and install lessons with its test tools, unless already done for this pyproject.toml."""
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs under whatever python3 the machine has
        sys.exit(f"lessons needs Python 3.11 or newer; this is {sys.version.split()[0]}. Install a newer Python and run again.")
    stamp = VENV / ".lessons-installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted and PYTHON.exists():
        return
    print("Setting up .venv (first time only; this takes a few minutes)...", flush=True)
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run(pip + ["--upgrade", "pip"], check=True)
    subprocess.run(pip + ["-e", f"{ROOT}[test]"], check=True)
    stamp.write_text(wanted)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in COMMANDS:
        print(__doc__.strip())
        return 2
    set_up()
    # An editable install leaves the library uncompiled, and where PYTHONDONTWRITEBYTECODE is set every kernel
    # would compile it again (0.07 s each); compiling it here, as pip does for the packages it installs, is
    # done once per change of the source.
    subprocess.run([str(PYTHON), "-m", "compileall", "-q", str(ROOT / "src" / "lessons")], check=True)
    if argv[0] == "lab":
        # JupyterLab refuses to run as root (a container, a lab machine) unless told it may.
        root = ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
        return subprocess.run([str(PYTHON), "-m", "jupyterlab", str(ROOT / "workbook"), *root], cwd=ROOT).returncode
    return subprocess.run([str(PYTHON), "-m", "pytest"], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
