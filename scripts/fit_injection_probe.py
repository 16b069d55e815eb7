"""Experiment, kept so anyone can rerun it: its held-out result (combined recall 0.4926 vs 0.4779
for the rules alone, at 0.97 % benign FPR against 0.08 %) did not justify shipping a probe, so no
runtime scorer or weights are in trust/. `--write` emits a weights module for a future scorer.

Fit and evaluate the injection probe: logistic regression on a chunk's all-MiniLM-L6-v2 embedding.

    .venv/bin/python scripts/fit_injection_probe.py --data /work/shared/eval [--write] [--threads 1]

Everything is rebuilt from the public eval data (see /work/shared/eval/README.md):

1. Each record of injections.jsonl / benign.jsonl is chunked the way ingest does it
   (`ingest.chunk.make_splitter`, 240 tokens, overlap 24, the embedder's own tokenizer); each chunk
   goes through `trust.sanitize_chunk` and the *sanitised* chunk text is embedded, because that is
   the vector ingest/pipeline.py computes for indexing (so the probe costs one dot product).
   Chunk label: 1 for chunks of an injection record, except the carrier-only chunks of
   `indirect_constructed` records (no overlap with `injection_spans`), which are labelled 0.
2. Held-out evaluation: leave-one-source-family-out. A family is a source repo family across both
   files (PurpleLlama = injections + its docs; BIPIA = constructed BIPIA injections + BIPIA emails,
   code answers, READMEs; ...). A record may also carry its payload's family (AgentDojo-constructed
   records reuse PurpleLlama/Giskard/BIPIA payloads; Giskard's rows derive from garak): when a
   fold is held out, every training record sharing *any* family with a held-out record is dropped.
3. A record is flagged when any of its chunks scores >= the threshold (what the service would do),
   and "combined" = the rules (bench.detection's `caught` definition on the record) OR the probe.
   Threshold (primary): the lowest value at which the combined benign FPR over the pooled held-out
   scores of all folds is <= --max-fpr (1 %). Check (nested): per outer fold, the threshold is
   chosen the same way from an inner leave-family-out over the training families only, so no
   held-out score touches it.
4. With --write, a final model fitted on all records is written to trust/injection_probe_weights.py
   with the pooled held-out threshold. Only write it when the held-out table shows a real gain.

Embeddings are cached under --cache-dir (keyed by the chunk texts and model), never in the repo.
Cost: chunk + sanitise ~1 min, embedding 7383 chunks ~12 min on one busy core (then cached),
all fits (11 folds + nested + diagnostic) ~2 min.

Outcome of the first run (C=1, class-balanced; 2026-11): held-out combined recall 0.4926 vs rules
0.4779 at combined benign FPR 0.0097 vs 0.0008 (wiki passages 7 %, gov pages 2.7 %); probe-only
held-out recall 0.19 against 0.81 on a random (not held-out) 5-fold split: it mostly learns
sources/genres. C=0.1 / C=10 / family-balanced weights: 0.487-0.493. Weights were NOT shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FAMILIES_INJ = {
    "meta-llama/PurpleLlama": "PurpleLlama",
    "NVIDIA/garak": "garak",
    "Giskard-AI/prompt-injections": "Giskard",
    "greshake/llm-security": "greshake",
}
FAMILIES_BEN = {
    "IBM/mt-rag-benchmark": "mt-rag",
    "tldr-pages/tldr": "tldr",
    "protectai/llm-guard": "llm-guard",
    "NVIDIA/garak": "garak",
    "meta-llama/PurpleLlama": "PurpleLlama",
    "protectai/rebuff": "rebuff",
    "microsoft/BIPIA": "BIPIA",
    "Yelp/detect-secrets": "scanners",
    "gitleaks/gitleaks": "scanners",
    "praetorian-inc/noseyparker": "scanners",
    "Samsung/CredSweeper": "scanners",
    "Touring-686/VIGIL": "AgentDojo",
}
PAYLOAD_FAMILY = {
    "microsoft/BIPIA": "BIPIA",
    "meta-llama/PurpleLlama": "PurpleLlama",
    "Giskard-AI/prompt-injections": "Giskard",
}


@dataclass
class Rec:
    label: int
    family: str  # the fold it is tested in
    families: frozenset[str]  # every family its text derives from (training exclusion)
    subtype: str
    lang: str
    rules: bool  # bench.detection's "caught" on the whole record
    chunks: list[int] = field(default_factory=list)  # indices into the chunk arrays


def families_of(rec: dict[str, Any], label: int) -> tuple[str, frozenset[str]]:
    src = str(rec.get("source", ""))
    if src.startswith("constructed"):
        if "VIGIL" in src.split(";")[0] or "carrier=Touring-686/VIGIL" in src:
            payload = PAYLOAD_FAMILY[rec["meta"]["payload_source"]]
            fams = {"AgentDojo", payload}
            if payload == "Giskard":
                fams.add("garak")
            return "AgentDojo", frozenset(fams)
        return "BIPIA", frozenset({"BIPIA"})
    repo = src.split(":")[0]
    fam = (FAMILIES_INJ if label else FAMILIES_BEN)[repo]
    if fam == "Giskard":  # rows derived from garak (and PromptInject)
        return fam, frozenset({"Giskard", "garak"})
    return fam, frozenset({fam})


def build(data: Path, cache_dir: Path, threads: int, limit: int | None) -> tuple[list[Rec], np.ndarray, np.ndarray]:
    import torch

    torch.set_num_threads(threads)
    from bench.detection import _caught
    from common.embedding import get_embedder
    from ingest.chunk import chunk_text, make_splitter
    from trust import sanitize_chunk

    embedder = get_embedder()
    splitter = make_splitter(chunk_tokens=240, chunk_overlap=24, tokenize=embedder.tokenize)
    recs: list[Rec] = []
    texts: list[str] = []
    labels: list[int] = []
    t0 = time.perf_counter()
    for name, label in (("injections.jsonl", 1), ("benign.jsonl", 0)):
        with (data / name).open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        for row in rows[:limit] if limit else rows:
            fam, fams = families_of(row, label)
            rec = Rec(label, fam, fams, row.get("subtype", "?"), row.get("lang", "en"), _caught(row["text"])[0])
            spans = [(s["start"], s["end"]) for s in row.get("injection_spans") or []]
            for ch in chunk_text(row["text"], splitter):
                clean = sanitize_chunk(ch.text, base_trust=1.0).text
                if not clean.strip():
                    continue  # ingest drops chunks that sanitise to nothing
                y = label
                if label and spans:
                    if ch.start is not None and ch.end is not None:
                        y = int(any(s < ch.end and ch.start < e for s, e in spans))
                    else:
                        y = int(any(row["text"][s:e][:60] in ch.text for s, e in spans))
                rec.chunks.append(len(texts))
                texts.append(clean)
                labels.append(y)
            recs.append(rec)
    print(f"chunked + sanitised {len(recs)} records into {len(texts)} chunks in {time.perf_counter() - t0:.0f}s")
    key = hashlib.sha256((embedder.name + "\x00" + "\x00".join(texts)).encode()).hexdigest()[:16]
    cache = cache_dir / f"probe-emb-{key}.npy"
    if cache.is_file():
        vectors = np.load(cache)
        print(f"embeddings from cache {cache}")
    else:
        t0 = time.perf_counter()
        vectors = embedder.embed_texts(texts, batch_size=32)
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.save(cache, vectors)
        print(f"embedded {len(texts)} chunks in {time.perf_counter() - t0:.0f}s (cached at {cache})")
    return recs, vectors.astype(np.float64), np.asarray(labels)


BALANCE = "class"  # or "family": each (family, label) group weighs the same within its class


def fit(x: np.ndarray, y: np.ndarray, c: float, groups: list[str] | None = None) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    weight = None
    if BALANCE == "family" and groups is not None:
        keys = [f"{g}/{int(v)}" for g, v in zip(groups, y, strict=True)]
        size = defaultdict(int)
        for k in keys:
            size[k] += 1
        per_class = {v: len({k for k in size if k.endswith(f"/{v}")}) for v in (0, 1)}
        weight = np.array([len(y) / (2 * per_class[int(v)] * size[k]) for k, v in zip(keys, y, strict=True)])
    model = LogisticRegression(C=c, class_weight=None if weight is not None else "balanced", max_iter=2000)
    model.fit(x, y, sample_weight=weight)
    return model.coef_[0].copy(), float(model.intercept_[0])


def record_scores(recs: list[Rec], chunk_scores: np.ndarray) -> np.ndarray:
    return np.array([max((chunk_scores[i] for i in r.chunks), default=-np.inf) for r in recs])


def pick_threshold(recs: list[Rec], scores: np.ndarray, max_fpr: float) -> float:
    """Lowest threshold with combined (rules OR score >= t) benign FPR <= max_fpr."""
    ben = [(s, r.rules) for r, s in zip(recs, scores, strict=True) if r.label == 0]
    budget = int(np.floor(max_fpr * len(ben))) - sum(1 for _, rules in ben if rules)
    free = sorted((s for s, rules in ben if not rules), reverse=True)
    if budget < 0:
        return float("inf")
    # flag the `budget` highest-scoring benign records at most: threshold just above the next one
    if budget >= len(free):
        return float("-inf")
    return float(np.nextafter(free[budget], np.inf))


def lofo(recs: list[Rec], x: np.ndarray, y: np.ndarray, c: float, families: list[str]) -> np.ndarray:
    """Out-of-family logit per record (max over its chunks); NaN where a fold could not be fitted."""
    out = np.full(len(recs), np.nan)
    for fam in families:
        test = [i for i, r in enumerate(recs) if r.family == fam]
        if not test:
            continue
        held = frozenset().union(*(recs[i].families for i in test))
        train = [i for i, r in enumerate(recs) if r.family != fam and not (r.families & held)]
        tr_idx = [k for i in train for k in recs[i].chunks]
        if len(set(y[tr_idx].tolist())) < 2:
            continue
        groups = [recs[i].family for i in train for _ in recs[i].chunks]
        w, b = fit(x[tr_idx], y[tr_idx], c, groups)
        for i in test:
            out[i] = max((float(x[k] @ w + b) for k in recs[i].chunks), default=-np.inf)
    return out


def report(recs: list[Rec], scores: np.ndarray, t: float, label: int, key: str, title: str) -> None:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        if r.label == label:
            groups[getattr(r, key)].append(i)
    print(f"\n{title}")
    print(f"  {'group':<22}{'n':>6}{'rules':>8}{'probe':>8}{'combined':>10}")
    for g, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        n = len(idx)
        rules = sum(recs[i].rules for i in idx) / n
        probe = sum(scores[i] >= t for i in idx) / n
        comb = sum(recs[i].rules or scores[i] >= t for i in idx) / n
        print(f"  {g:<22}{n:>6}{rules:>8.3f}{probe:>8.3f}{comb:>10.3f}")


def summary(recs: list[Rec], scores: np.ndarray, t: float) -> dict[str, float]:
    inj = [i for i, r in enumerate(recs) if r.label == 1]
    ben = [i for i, r in enumerate(recs) if r.label == 0]
    nonen = [i for i in inj if recs[i].lang != "en"]

    def rate(idx: list[int], probe: bool = True) -> float:
        return sum(recs[i].rules or (probe and scores[i] >= t) for i in idx) / max(1, len(idx))

    return {
        "rules_recall": rate(inj, False),
        "rules_recall_nonen": rate(nonen, False),
        "rules_fpr": rate(ben, False),
        "probe_recall": sum(scores[i] >= t for i in inj) / len(inj),
        "probe_fpr": sum(scores[i] >= t for i in ben) / len(ben),
        "combined_recall": rate(inj),
        "combined_recall_nonen": rate(nonen),
        "combined_fpr": rate(ben),
    }


WEIGHTS_HEADER = '''"""Generated by scripts/fit_injection_probe.py: do not edit by hand (rerun the script).

Logistic-regression probe over the L2-normalised {model} embedding of a
sanitised chunk (the vector ingest computes for indexing). probe = sigmoid(W . v + BIAS); a chunk is
instruction-carrying when probe >= THRESHOLD (chosen for <= {max_fpr:.0%} combined rules-or-probe
benign FPR on leave-one-source-family-out held-out scores). Fitted on {n_chunks} chunks of
{n_records} records of the public eval set (injections.jsonl + benign.jsonl); C={c}, balance={balance}.
"""

MODEL = "{model}"
DIM = {dim}
THRESHOLD = {threshold!r}
BIAS = {bias!r}
WEIGHTS = (
'''


def write_weights(path: Path, w: np.ndarray, b: float, threshold_logit: float, meta: dict[str, Any]) -> None:
    prob = 1.0 / (1.0 + np.exp(-threshold_logit))
    head = WEIGHTS_HEADER.format(threshold=round(float(prob), 6), bias=round(b, 6), dim=len(w), **meta)
    lines = [head]
    for k in range(0, len(w), 6):
        lines.append("    " + " ".join(f"{v:.6g}," for v in w[k : k + 6]) + "\n")
    lines.append(")\n")
    path.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache" / "hardrag" / "probe")
    parser.add_argument("--threads", type=int, default=1, help="torch threads for embedding")
    parser.add_argument("--C", type=float, default=1.0, dest="c")
    parser.add_argument(
        "--balance",
        choices=("class", "family"),
        default="class",
        help="sample weights: balanced classes, or each family equal within its class",
    )
    parser.add_argument("--max-fpr", type=float, default=0.01)
    parser.add_argument("--limit", type=int, default=None, help="first N records per file (smoke runs)")
    parser.add_argument("--no-nested", action="store_true", help="skip the nested-threshold check")
    parser.add_argument("--write", action="store_true", help="write trust/injection_probe_weights.py")
    args = parser.parse_args(argv)

    global BALANCE
    BALANCE = args.balance
    recs, x, y = build(args.data, args.cache_dir, args.threads, args.limit)
    families = sorted({r.family for r in recs})
    print(f"families: {', '.join(f'{f}={sum(r.family == f for r in recs)}' for f in families)}")
    t0 = time.perf_counter()
    oof = lofo(recs, x, y, args.c, families)
    print(f"leave-one-family-out fits: {time.perf_counter() - t0:.0f}s")
    t = pick_threshold(recs, oof, args.max_fpr)
    print(f"pooled held-out threshold (logit) {t:.4f}  (probability {1 / (1 + np.exp(-t)):.4f})")
    print("\nHeld-out operating points (pooled threshold per benign-FPR budget):")
    for budget in (0.005, 0.01, 0.02, 0.05):
        r = summary(recs, oof, pick_threshold(recs, oof, budget))
        print(
            f"  max FPR {budget:.3f}: combined recall {r['combined_recall']:.4f} "
            f"(non-en {r['combined_recall_nonen']:.4f}) combined FPR {r['combined_fpr']:.4f} "
            f"probe-only recall {r['probe_recall']:.4f}"
        )
    # Diagnostic only: the same probe under a random 5-fold split over records (sources shared
    # between train and test). The gap to the held-out numbers is what source/genre learning buys.
    rng = np.random.default_rng(0)
    fold = rng.integers(0, 5, len(recs))
    rand = np.full(len(recs), np.nan)
    for k in range(5):
        tr = [c for i, r in enumerate(recs) if fold[i] != k for c in r.chunks]
        w, b = fit(x[tr], y[tr], args.c, [r.family for i, r in enumerate(recs) if fold[i] != k for _ in r.chunks])
        for i, r in enumerate(recs):
            if fold[i] == k:
                rand[i] = max((float(x[c] @ w + b) for c in r.chunks), default=-np.inf)
    r = summary(recs, rand, pick_threshold(recs, rand, args.max_fpr))
    print(
        f"  [diagnostic, random 5-fold, NOT held-out] max FPR {args.max_fpr:.3f}: combined recall "
        f"{r['combined_recall']:.4f} probe-only recall {r['probe_recall']:.4f} "
        f"combined FPR {r['combined_fpr']:.4f}"
    )

    print("\n=== HELD-OUT (leave-one-family-out, pooled threshold) ===")
    report(recs, oof, t, 1, "subtype", "Injection recall by subtype")
    report(recs, oof, t, 1, "lang", "Injection recall by language")
    report(recs, oof, t, 1, "family", "Injection recall by held-out family")
    report(recs, oof, t, 0, "subtype", "Benign FPR by subtype")
    report(recs, oof, t, 0, "family", "Benign FPR by held-out family")
    res = summary(recs, oof, t)

    if not args.no_nested:
        # Each outer fold gets its own threshold from an inner leave-family-out over its training families.
        nested_flags = np.zeros(len(recs), dtype=bool)
        for fam in families:
            test = [i for i, r in enumerate(recs) if r.family == fam]
            held = frozenset().union(*(recs[i].families for i in test))
            train = [i for i, r in enumerate(recs) if r.family != fam and not (r.families & held)]
            sub = [recs[i] for i in train]
            inner = lofo(sub, x, y, args.c, sorted({r.family for r in sub}))
            ok = ~np.isnan(inner)
            t_in = pick_threshold([r for r, k in zip(sub, ok, strict=True) if k], inner[ok], args.max_fpr)
            for i in test:
                nested_flags[i] = oof[i] >= t_in
        nested = np.where(nested_flags, np.inf, -np.inf)
        nres = summary(recs, nested, 0.0)
        print(
            "\nNested-threshold check (threshold per fold from an inner leave-family-out "
            "on its training families only): " + " ".join(f"{k}={v:.4f}" for k, v in nres.items())
        )
        res |= {f"nested_{k}": v for k, v in nres.items() if k.startswith("combined")}

    print("\nRESULT " + " ".join(f"{k}={v:.4f}" for k, v in res.items()) + f" threshold_logit={t:.4f}")

    if args.write:
        w, b = fit(x, y, args.c, [r.family for r in recs for _ in r.chunks])
        write_weights(
            ROOT / "trust" / "injection_probe_weights.py",
            w,
            b,
            t,
            {
                "model": "sentence-transformers/all-MiniLM-L6-v2",
                "max_fpr": args.max_fpr,
                "c": args.c,
                "balance": args.balance,
                "n_chunks": len(y),
                "n_records": len(recs),
            },
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
