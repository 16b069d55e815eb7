#!/usr/bin/env bash
# Create .venv and install hardrag with its dev tools. Idempotent: skips work when pyproject.toml
# has not changed since the last successful install.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PY="$candidate"; break; fi
  done
fi
"$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)' \
  || { echo "hardrag needs Python 3.11 (found: $("$PY" --version 2>&1))" >&2; exit 1; }

[ -x .venv/bin/python ] || "$PY" -m venv .venv
stamp=.venv/.hardrag-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first, pinned: the CPU build of 2.13.0 is what this machine ships; an unpinned torch
# pulled in by sentence-transformers would fetch a multi-GB CUDA build instead.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e '.[dev]'
echo "$want" > "$stamp"
