"""Sanitizer CPU A/B: `sanitize_chunk` over every eval text, per source tree, runs alternating.

    .venv/bin/python -m bench.sanitizer_cpu --data ../shared/eval                     # this tree only
    git worktree add /tmp/base <commit>
    .venv/bin/python -m bench.sanitizer_cpu --data ../shared/eval --trees /tmp/base . --runs 4

Each run is a fresh process that imports `trust` from its tree, warms up on 200 texts, then times
all texts of injections/benign/secrets.jsonl with `time.process_time` (CPU of that process, so
another process on the machine shows up less than in wall time). Trees alternate run by run, so a
noisy stretch hits both; the table gives min and median per tree and the ratio to the first tree.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench._common import machine, table

_FILES = ("injections", "benign", "secrets")


def texts(data: Path) -> list[str]:
    out: list[str] = []
    for name in _FILES:
        with (data / f"{name}.jsonl").open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def child(tree: str, data: str) -> None:
    """One timed pass; prints the CPU seconds."""
    sys.path.insert(0, str(Path(tree).resolve()))
    from trust import sanitize_chunk  # imported only now: from the tree under test

    all_texts = texts(Path(data))
    for text in all_texts[:200]:
        sanitize_chunk(text, base_trust=1.0)
    start = time.process_time()
    for text in all_texts:
        sanitize_chunk(text, base_trust=1.0)
    print(f"{time.process_time() - start:.4f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with injections/benign/secrets.jsonl")
    parser.add_argument("--trees", nargs="+", default=["."], help="source trees to compare (first = baseline)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tree")
    parser.add_argument("--child", nargs=2, metavar=("TREE", "DATA"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    print(machine())
    n_texts = len(texts(args.data))
    seconds: dict[str, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.runs):
        for tree in args.trees:
            child_args = ["--child", tree, str(args.data)]
            out = subprocess.run(
                [sys.executable, "-m", "bench.sanitizer_cpu", "--data", str(args.data), *child_args],
                check=True,
                capture_output=True,
                text=True,
                cwd=Path(__file__).resolve().parent.parent,
            )
            seconds[tree].append(float(out.stdout.split()[-1]))
    base = min(seconds[args.trees[0]])
    rows = [
        [tree, f"{min(s):.2f}", f"{statistics.median(s):.2f}", f"{max(s):.2f}", f"{min(s) / base:.3f}"]
        for tree, s in seconds.items()
    ]
    header = ["tree", "min", "median", "max", "min / base"]
    table(f"sanitize_chunk over {n_texts} eval texts, CPU seconds", header, rows)
    last = seconds[args.trees[-1]]
    print(f"RESULT texts={n_texts} cpu_min_s={min(last):.3f} cpu_ratio_min={min(last) / base:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
