# Shared by scripts/test and scripts/demo: find Python >= 3.9 and create .venv if needed.
# Usage: . scripts/_venv.sh   (sets $VENV_PY)
set -euo pipefail

find_python() {
    for candidate in "${PYTHON:-}" python3 python; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "error: Python 3.9 or newer is required (set PYTHON=/path/to/python)" >&2
    return 1
}

if [ ! -x .venv/bin/python ]; then
    python_bin=$(find_python)
    echo "creating .venv with $("$python_bin" --version 2>&1)"
    "$python_bin" -m venv .venv
    # The pip bundled with older Pythons (23.0 with 3.9) backtracks for many minutes over the
    # dev extras' dependencies; a current pip resolves them in seconds.
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
fi
VENV_PY=.venv/bin/python
