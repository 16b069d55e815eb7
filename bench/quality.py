"""Retrieval quality guard: nDCG@10 / recall@10 per embedding backend, with and without the trust layer.

    .venv/bin/python -m bench.quality --data /work/shared/eval            # all backends, 1488 passages
    .venv/bin/python -m bench.quality --data /work/shared/eval --quick    # 500 passages

Data: the BEIR-format MTRAG set in --data/retrieval (passages embedded whole; the model reads the
first 256 tokens). Search is exact (numpy dot product over the whole corpus), so only the
embedding differs between rows. For each backend: nDCG@10, recall@10, top-8 overlap of the
neighbours of each query with torch fp32's, and embedding throughput measured interleaved
(every repetition embeds the same 48 passages with each backend in turn; the ratio to torch is
the median of per-repetition ratios, so load from other processes hits all backends alike).

Trust layer: every passage through `trust.sanitize_chunk(text, base_trust=internal tier)`, the
sanitised text embedded (only changed passages are re-embedded), and passages the pipeline would
drop (empty) or quarantine (trust below the default trust floor, never served) removed from the
index: what hardrag would actually serve from these benign documents.

Recommendation: the fastest backend whose nDCG@10 is within 1 % (relative) of torch fp32. The
"shipped defaults" line scores what a default service does: chunks embedded with
`embedding_backend`, queries with `query_embedding_backend`.
"""

from __future__ import annotations

import argparse
import math
import random
import time
from pathlib import Path

import numpy as np

from bench._common import Retrieval, load_retrieval, machine, median, result_line, table
from common.embedding import BACKENDS, Embedder, native_bf16

K = 10


def metrics(
    scores: np.ndarray,
    doc_ids: list[str],
    qids: list[str],
    qrels: dict[str, set[str]],
    allowed: np.ndarray | None = None,
) -> tuple[float, float]:
    """Mean nDCG@10 and recall@10 (binary relevance) of `scores` (queries x docs)."""
    if allowed is not None:
        scores = np.where(allowed[None, :], scores, -np.inf)
    top = np.argsort(-scores, axis=1)[:, :K]
    ndcgs, recalls = [], []
    for qi, qid in enumerate(qids):
        rel = qrels[qid]
        gains = [1.0 if doc_ids[d] in rel else 0.0 for d in top[qi]]
        dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
        idcg = sum(1.0 / math.log2(i + 2) for i in range(min(len(rel), K)))
        ndcgs.append(dcg / idcg)
        recalls.append(sum(gains) / len(rel))
    return float(np.mean(ndcgs)), float(np.mean(recalls))


def overlap_at(a: np.ndarray, b: np.ndarray, k: int = 8) -> float:
    ta, tb = np.argsort(-a, axis=1)[:, :k], np.argsort(-b, axis=1)[:, :k]
    return float(np.mean([len(set(x) & set(y)) / k for x, y in zip(ta, tb, strict=True)]))


def subset(data: Retrieval, n: int, seed: int = 3) -> Retrieval:
    ids = sorted(data.corpus)
    keep = set(random.Random(seed).sample(ids, min(n, len(ids))))
    qrels = {q: rel & keep for q, rel in data.qrels.items() if rel & keep and q in data.queries}
    corpus = {d: data.corpus[d] for d in ids if d in keep}
    return Retrieval(corpus, {q: data.queries[q] for q in qrels}, qrels)


def throughput(embedders: dict[str, Embedder], texts: list[str], reps: int) -> dict[str, tuple[float, float]]:
    """Backend -> (median chunks/s, median per-repetition speed ratio to torch), interleaved."""
    times: dict[str, list[float]] = {b: [] for b in embedders}
    for emb in embedders.values():
        emb.embed_texts(texts[:8])
    for _ in range(reps):
        for name, emb in embedders.items():
            t = time.perf_counter()
            emb.embed_texts(texts)
            times[name].append(time.perf_counter() - t)
    ref = times["torch"]
    return {b: (len(texts) / median(v), median(r / x for r, x in zip(ref, v, strict=True))) for b, v in times.items()}


def sanitized_corpus(texts: list[str]) -> tuple[list[str], np.ndarray, float]:
    """Sanitised texts, a mask of passages hardrag would serve, and the sanitiser's ms per passage."""
    from common.settings import Settings
    from trust import sanitize_chunk, tier_base_trust

    base, floor = tier_base_trust("internal"), Settings.model_fields["trust_floor"].default
    out, served = [], []
    t = time.process_time()
    for text in texts:
        v = sanitize_chunk(text, base_trust=base)
        out.append(v.text)
        served.append(bool(v.text.strip()) and v.trust >= floor)
    return out, np.array(served), 1000 * (time.process_time() - t) / max(len(texts), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated (torch always included)")
    ap.add_argument("--passages", type=int, default=0, help="random subset of the corpus (0: all)")
    ap.add_argument("--reps", type=int, default=5, help="interleaved throughput repetitions")
    ap.add_argument("--quick", action="store_true", help="500 passages, 3 repetitions")
    args = ap.parse_args(argv)
    if args.quick:
        args.passages, args.reps = args.passages or 500, min(args.reps, 3)
    print(machine())
    data = load_retrieval(args.data)
    if args.passages:
        data = subset(data, args.passages)
    doc_ids, qids = list(data.corpus), list(data.queries)
    texts, queries = [data.corpus[d] for d in doc_ids], [data.queries[q] for q in qids]
    print(
        f"data: {len(texts)} passages, {len(qids)} queries with judgements, "
        f"{sum(len(r) for r in data.qrels.values())} qrels"
    )
    backends = ["torch", *[b for b in args.backends.split(",") if b and b != "torch"]]
    embedders = {b: Embedder(backend=b) for b in backends}
    if not native_bf16():
        print("note: no native bf16 on this CPU; torch-bf16 runs as torch fp32")

    scores: dict[str, np.ndarray] = {}
    docs: dict[str, np.ndarray] = {}
    qvecs: dict[str, np.ndarray] = {}
    rows = []
    for b, emb in embedders.items():
        t = time.perf_counter()
        docs[b] = emb.embed_texts(texts)
        seconds = time.perf_counter() - t
        qvecs[b] = emb.embed_texts(queries)
        scores[b] = qvecs[b] @ docs[b].T
        nd, rc = metrics(scores[b], doc_ids, qids, data.qrels)
        rows.append([b, emb.backend, nd, rc, seconds])
        print(f"  {b}: nDCG@10 {nd:.4f} in {seconds:.0f}s", flush=True)
    speed = throughput(embedders, random.Random(1).sample(texts, min(48, len(texts))), args.reps)
    ref_nd = rows[0][2]
    out = []
    for b, ran, nd, rc, _ in rows:
        cos = float(np.mean(np.sum(docs[b] * docs["torch"], axis=1)))
        out.append(
            [
                b,
                ran,
                f"{nd:.4f}",
                f"{100 * (nd - ref_nd) / ref_nd:+.2f}%",
                f"{rc:.4f}",
                f"{overlap_at(scores[b], scores['torch']):.3f}",
                f"{cos:.5f}",
                f"{speed[b][0]:.1f}",
                f"{speed[b][1]:.2f}x",
            ]
        )
    table(
        "Embedding backends (exact search; speed interleaved, median of repetitions)",
        [
            "backend",
            "ran as",
            "nDCG@10",
            "vs torch",
            "recall@10",
            "top-8 overlap",
            "mean cos",
            "chunks/s",
            "speed vs torch",
        ],
        out,
    )
    from common.settings import Settings

    defaults = Settings.model_fields
    doc_b = defaults["embedding_backend"].default
    query_b = defaults["query_embedding_backend"].default or doc_b
    shipped = None
    if doc_b in docs and query_b in qvecs:  # chunks and queries embedded as a default service does
        shipped, _ = metrics(qvecs[query_b] @ docs[doc_b].T, doc_ids, qids, data.qrels)
        print(
            f"\nshipped defaults (chunks {doc_b}, queries {query_b}): nDCG@10 {shipped:.4f} "
            f"({100 * (shipped - ref_nd) / ref_nd:+.2f}% vs torch fp32)"
        )
    ok = [r for r in rows if (r[2] - ref_nd) / ref_nd >= -0.01]
    best = max(ok, key=lambda r: speed[r[0]][1])[0]
    print(f"\nrecommended default (fastest within 1 % nDCG@10 of torch fp32): {best}")

    clean, served, ms = sanitized_corpus(texts)
    changed = [i for i, (a, c) in enumerate(zip(texts, clean, strict=True)) if a.strip() != c]
    trust_rows = []
    for b in dict.fromkeys(["torch", best]):
        emb, vecs = embedders[b], docs[b].copy()
        if changed:
            vecs[changed] = emb.embed_texts([clean[i] for i in changed])
        qv = qvecs[b]
        nd0, rc0 = metrics(qv @ docs[b].T, doc_ids, qids, data.qrels)
        nd1, rc1 = metrics(qv @ vecs.T, doc_ids, qids, data.qrels, allowed=served)
        trust_rows.append(
            [b, f"{nd0:.4f}", f"{nd1:.4f}", f"{100 * (nd1 - nd0) / nd0:+.2f}%", f"{rc0:.4f}", f"{rc1:.4f}"]
        )
    table(
        f"Trust layer on benign passages ({len(changed)} of {len(texts)} changed by sanitising, "
        f"{int((~served).sum())} dropped or quarantined; sanitiser {ms:.2f} ms CPU per passage)",
        ["backend", "nDCG@10 raw", "nDCG@10 sanitized", "delta", "recall@10 raw", "recall@10 sanitized"],
        trust_rows,
    )
    delta = {r[0]: (r[2] - ref_nd) / ref_nd for r in rows}
    trust_delta = float(trust_rows[-1][3].rstrip("%")) / 100
    key = {b: b.replace("-", "_") for b in backends}
    values: dict[str, object] = {"ndcg10_torch": round(ref_nd, 4)}
    values.update({f"ndcg10_delta_{key[b]}": round(d, 4) for b, d in delta.items() if b != "torch"})
    values.update({f"speed_{key[b]}": round(speed[b][1], 2) for b in backends if b != "torch"})
    values.update({"trust_ndcg10_delta": round(trust_delta, 4), "recommended": best})
    if shipped is not None:
        values["ndcg10_delta_shipped"] = round((shipped - ref_nd) / ref_nd, 4)
    print(result_line(values))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
