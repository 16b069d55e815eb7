"""Ingestion throughput: hardrag's full pipeline against a plain llama-index pipeline, same corpus.

    .venv/bin/python -m bench.ingest --data /work/shared/eval            # ~5 MB, 4 slices
    .venv/bin/python -m bench.ingest --data /work/shared/eval --quick    # ~1 MB, 3 slices

Corpus: real files of every supported type (txt md html pdf docx csv json eml) written by
`tests/fixtures/files.py`, filled with public text from --data (MTRAG passages, benign docs,
3 % injection texts), split into slices that each hold every type.

A, hardrag: upload to searchable over the API (`create_app`, FastAPI TestClient), embedded mode
  (SQLite, in-process Celery worker, Qdrant Edge); the clock runs from the first upload until
  the last job has succeeded. Stage seconds come from each job's `counts["seconds"]`;
  "bookkeeping" is the wall time not inside a stage (HTTP, upload storage, Celery, job rows,
  provenance events). Backend: --backend (default: the settings default).
B, baseline: llama-index `SimpleDirectoryReader` (text formats read as text, pypdf for PDF,
  python-docx for DOCX: what its default readers do) -> `IngestionPipeline` with the same
  `SentenceSplitter` settings as hardrag (240 tokens, overlap 24, the embedder's tokenizer) ->
  the same model through sentence-transformers on torch fp32, batch 32 -> `QdrantVectorStore`
  (qdrant-client local mode). No sanitising, no provenance, no job tracking.

Each slice runs through every side, rotating which goes first (A B, B A, ...); the ratio is taken
per slice and the median reported, so drifting load from other processes hits both sides alike.
`--hardrag` adds variants (see --help): e.g. `torch-bf16,torch-bf16+celery2x1,torch` compares the
default, two Celery worker processes over Redis with one compute thread each, and torch fp32.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench._common import (
    REDIS_URL,
    ScratchPostgres,
    WorkerProcesses,
    build_corpus,
    machine,
    median,
    mint_key,
    result_line,
    service_settings,
    slices,
    table,
)

STAGES = ("parse", "chunk", "sanitize", "embed", "index")


@dataclass
class Run:
    side: str
    files: int = 0
    bytes: int = 0
    chunks: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def cps(self) -> float:
        return self.chunks / self.seconds if self.seconds else 0.0

    @property
    def mbps(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------- B: the plain llama-index pipeline
class Baseline:
    def __init__(self, root: Path, chunk_tokens: int, chunk_overlap: int) -> None:
        from llama_index.core import Document, SimpleDirectoryReader
        from llama_index.core.embeddings import BaseEmbedding
        from llama_index.core.ingestion import IngestionPipeline
        from llama_index.core.readers.base import BaseReader
        from llama_index.vector_stores.qdrant import QdrantVectorStore
        from pydantic import PrivateAttr
        from qdrant_client import QdrantClient
        from sentence_transformers import SentenceTransformer

        from common.embedding import default_model_path
        from ingest.chunk import make_splitter

        model = SentenceTransformer(default_model_path(), device="cpu", local_files_only=True)
        self.embed_seconds = 0.0
        bench = self

        class STEmbedding(BaseEmbedding):
            """sentence-transformers on torch fp32, as a llama-index embedding."""

            _model: Any = PrivateAttr()

            def __init__(self) -> None:
                super().__init__(model_name="all-MiniLM-L6-v2", embed_batch_size=32)
                self._model = model

            def _encode(self, texts: list[str]) -> list[list[float]]:
                t = time.perf_counter()
                out = self._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
                bench.embed_seconds += time.perf_counter() - t
                return out.tolist()

            def _get_text_embedding(self, text: str) -> list[float]:
                return self._encode([text])[0]

            def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
                return self._encode(texts)

            def _get_query_embedding(self, query: str) -> list[float]:
                return self._encode([query])[0]

            async def _aget_query_embedding(self, query: str) -> list[float]:
                return self._get_query_embedding(query)

        class PdfText(BaseReader):
            def load_data(self, file: Path, extra_info: dict | None = None, **_: Any) -> list[Any]:
                import pypdf

                text = "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(file)).pages)
                return [Document(text=text, metadata=extra_info or {})]

        class DocxText(BaseReader):
            def load_data(self, file: Path, extra_info: dict | None = None, **_: Any) -> list[Any]:
                import docx

                text = "\n".join(p.text for p in docx.Document(str(file)).paragraphs)
                return [Document(text=text, metadata=extra_info or {})]

        self._reader_cls, self._extractors = SimpleDirectoryReader, {".pdf": PdfText(), ".docx": DocxText()}
        splitter = make_splitter(
            chunk_tokens=chunk_tokens,
            chunk_overlap=chunk_overlap,
            tokenize=lambda t: model.tokenizer.encode(t, add_special_tokens=False),
        )
        store = QdrantVectorStore(client=QdrantClient(path=str(root / "qdrant")), collection_name="baseline")
        self.pipeline = IngestionPipeline(transformations=[splitter, STEmbedding()], vector_store=store)

    def ingest(self, paths: list[Path]) -> Run:
        run = Run("baseline", files=len(paths), bytes=sum(p.stat().st_size for p in paths))
        # torch's thread count is per thread, and a thread that first asks after another called
        # set_num_threads(1) (hardrag's 1-core model runners) inherits 1: give the baseline every core.
        import torch

        torch.set_num_threads(len(os.sched_getaffinity(0)))
        self.embed_seconds = 0.0
        t = time.perf_counter()
        docs = self._reader_cls(input_files=paths, file_extractor=self._extractors).load_data()
        nodes = self.pipeline.run(documents=docs)
        run.seconds = time.perf_counter() - t
        run.chunks = len(nodes)
        run.stages = {"embed": self.embed_seconds}
        return run


# ---------------------------------------------------------------- A: hardrag over its API
class Hardrag:
    """One service. `variant` is a backend, optionally with `+celeryN[xT]` and `+jobsK` (see --help)."""

    def __init__(self, root: Path, variant: str) -> None:
        from fastapi.testclient import TestClient

        from api.main import create_app

        backend, *flags = variant.split("+")
        over: dict[str, Any] = {"embedding_backend": backend} if backend else {}
        self.workers: WorkerProcesses | None = None
        self.pg: ScratchPostgres | None = None
        n = threads = 0
        for flag in flags:
            if flag.startswith("celery"):
                spec = flag.removeprefix("celery").split("x")
                n, threads = int(spec[0]), int(spec[1]) if len(spec) > 1 else 0
            elif flag.startswith("jobs"):
                over["worker_threads"] = int(flag.removeprefix("jobs"))
            elif flag.startswith("mr"):
                over["embedding_runners"] = int(flag.removeprefix("mr"))
            elif flag.startswith("et"):
                over["embedding_threads"] = int(flag.removeprefix("et"))
            else:
                raise SystemExit(f"unknown variant flag {flag!r} in {variant!r}")
        if n:  # Celery over Redis: external worker processes, PostgreSQL, an in-memory index per process
            self.pg = ScratchPostgres()
            over.update(
                worker_mode="external",
                broker_url=REDIS_URL,
                database_url=self.pg.url,
                qdrant_url="local::memory:",
                queue=f"bench.{uuid.uuid4().hex[:8]}",
            )
        self.settings = service_settings(root / "data", **over)
        self.backend = self.settings.embedding_backend
        self.name = f"hardrag[{'+'.join([self.backend, *flags])}]"
        if n:
            self.workers = WorkerProcesses(self.settings, n, threads=threads)
        self.client = TestClient(create_app(self.settings))
        self.client.__enter__()
        self.h = {"Authorization": f"Bearer {mint_key(self.settings, 'admin')}"}
        body = {"name": f"bench-{uuid.uuid4().hex[:6]}", "classification": "internal", "trust_tier": "internal"}
        r = self.client.post("/v1/sources", json=body, headers=self.h)
        assert r.status_code == 201, r.text
        self.source = r.json()["id"]

    def warm(self, paths: list[Path]) -> None:
        """First ingest: loads the model and parser process and opens the vector index."""
        self.ingest(paths)

    def ingest(self, paths: list[Path]) -> Run:
        run = Run(self.name, files=len(paths), bytes=sum(p.stat().st_size for p in paths))
        t = time.perf_counter()
        jobs = []
        for path in paths:
            with path.open("rb") as fh:
                files = {"file": (path.name, fh, "application/octet-stream")}
                r = self.client.post(f"/v1/sources/{self.source}/documents", files=files, headers=self.h)
            assert r.status_code in (200, 202), r.text
            jobs.append(r.json()["job_id"])
        pending = list(jobs)
        bodies: dict[str, dict[str, Any]] = {}
        while pending:  # the worker runs jobs in order: wait on the oldest unfinished one
            body = self.client.get(f"/v1/jobs/{pending[0]}", headers=self.h).json()
            if body["status"] in ("succeeded", "failed"):
                bodies[pending.pop(0)] = body
            else:
                time.sleep(0.05)
        run.seconds = time.perf_counter() - t
        failed = [b for b in bodies.values() if b["status"] != "succeeded"]
        if failed:
            print(f"  {len(failed)} job(s) failed, e.g. {failed[0]['error']}")
        for b in bodies.values():
            run.chunks += int(b["counts"].get("chunks", 0))
            for k, v in (b["counts"].get("seconds") or {}).items():
                run.stages[k] = run.stages.get(k, 0.0) + float(v)
        return run

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        if self.workers is not None:
            self.workers.stop()
        if self.pg is not None:
            self.pg.drop()


def _fmt(i: int | str, r: Run) -> list[str]:
    return [
        str(i),
        r.side,
        str(r.files),
        f"{r.bytes / 1e6:.2f}",
        str(r.chunks),
        f"{r.seconds:.1f}",
        f"{r.cps:.1f}",
        f"{r.mbps:.3f}",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of files (default 5)")
    ap.add_argument("--slices", type=int, default=4, help="A/B repetitions, one corpus slice each")
    ap.add_argument(
        "--hardrag",
        default="",
        help="comma-separated hardrag variants: a backend (torch, "
        "torch-bf16, onnx, onnx-int8; empty = the settings default), optionally with +jobsK (K jobs "
        "at once per worker process, Settings.worker_threads), +etT (T embedding threads), +mrR (R model "
        "runners) and/or "
        "+celeryN: Celery over Redis "
        "with N `hardrag worker` processes (+celeryNxT: T embedding threads each), PostgreSQL, and "
        "qdrant-client's in-memory local mode in each process (the embedded engine allows one "
        "process; no Qdrant server can run here)",
    )
    ap.add_argument("--quick", action="store_true", help="1 MB, 3 slices")
    args = ap.parse_args(argv)
    if args.quick:
        args.mb, args.slices = min(args.mb, 1.0), min(args.slices, 3)
    print(machine())
    with tempfile.TemporaryDirectory(prefix="hardrag-bench-ingest-") as tmp:
        root = Path(tmp)
        paths = build_corpus(args.data, root / "corpus", megabytes=args.mb)
        kinds: dict[str, list[int]] = {}
        for p in paths:
            kinds.setdefault(p.suffix[1:], []).append(p.stat().st_size)
        print(
            f"corpus: {len(paths)} files, {sum(map(sum, kinds.values())) / 1e6:.2f} MB: "
            + ", ".join(f"{k} {len(v)} ({sum(v) / 1e6:.2f} MB)" for k, v in kinds.items())
        )
        warm = build_corpus(args.data, root / "warm", megabytes=0.12, seed=99)
        hardrags = [Hardrag(root / f"a{i}", v.strip()) for i, v in enumerate(args.hardrag.split(","))]
        for h in hardrags:
            h.warm(warm)
        base = Baseline(root / "b", hardrags[0].settings.chunk_tokens, hardrags[0].settings.chunk_overlap)
        base.ingest(warm)
        sides: list[Hardrag | Baseline] = [*hardrags, base]
        runs: list[tuple[int, Run]] = []
        for i, part in enumerate(slices(paths, args.slices)):
            k = i % len(sides)  # rotate who goes first
            for side in sides[k:] + sides[:k]:
                run = side.ingest(part)
                runs.append((i, run))
                print(f"  slice {i}: {run.side} {run.chunks} chunks in {run.seconds:.1f}s", flush=True)
        for h in hardrags:
            h.close()
    report(runs, [h.name for h in hardrags])
    return 0


def _total(rs: list[Run]) -> Run:
    return Run(
        rs[0].side,
        sum(r.files for r in rs),
        sum(r.bytes for r in rs),
        sum(r.chunks for r in rs),
        sum(r.seconds for r in rs),
    )


def report(runs: list[tuple[int, Run]], names: list[str]) -> None:
    table(
        "Per slice (sides alternate who goes first)",
        ["slice", "side", "files", "MB", "chunks", "s", "chunks/s", "MB/s"],
        [_fmt(i, r) for i, r in runs],
    )
    b = [r for _, r in runs if r.side == "baseline"]
    tb = _total(b)
    rows, stage_rows = [[*_fmt("all", tb)[1:], "1.00x", "1.00x"]], []
    result: dict[str, Any] = {}
    for n, name in enumerate(names):
        a = [r for _, r in runs if r.side == name]
        ta = _total(a)
        cps = median(x.cps / y.cps for x, y in zip(a, b, strict=True))
        mbps = median(x.mbps / y.mbps for x, y in zip(a, b, strict=True))
        rows.append([*_fmt("all", ta)[1:], f"{cps:.2f}x", f"{mbps:.2f}x"])
        stages = {k: sum(r.stages.get(k, 0.0) for r in a) for k in STAGES}
        busy = sum(stages.values())
        # with several worker processes the stages overlap: shares are of the summed stage time
        stages["bookkeeping"] = max(ta.seconds - busy, 0.0)
        whole, per = max(ta.seconds, busy), max(ta.chunks, 1)
        for k, v in stages.items():
            shown = "n/a" if k == "bookkeeping" and busy > ta.seconds else f"{v:.1f}"
            stage_rows.append([name, k, shown, f"{100 * v / whole:.1f}%", f"{1000 * v / per:.2f}"])
        if n == 0:
            result = {
                "ingest_speedup": round(cps, 3),
                "ingest_mb_speedup": round(mbps, 3),
                "hardrag_chunks_s": round(ta.cps, 2),
                "baseline_chunks_s": round(tb.cps, 2),
                "trust_share": round(stages["sanitize"] / whole, 4),
                "variant": name,
            }
        else:
            tag = name.split("[")[1].rstrip("]").replace("-", "_").replace("+", "_")
            result[f"speedup_{tag}"] = round(cps, 3)
    table(
        "Totals; ratios = median over slices of hardrag/baseline",
        ["side", "files", "MB", "chunks", "s", "chunks/s", "MB/s", "chunks/s ratio", "MB/s ratio"],
        rows,
    )
    table(
        "Where hardrag's time goes (sums over all slices and processes; bookkeeping = wall time outside "
        "the stages: HTTP, upload, job rows, provenance, Celery; n/a when processes overlap)",
        ["side", "stage", "s", "share", "ms/chunk"],
        stage_rows,
    )
    emb = sum(r.stages.get("embed", 0.0) for r in b)
    print(
        f"\nbaseline: embedding {emb:.1f}s of {tb.seconds:.1f}s ({100 * emb / tb.seconds:.1f}%), "
        f"{1000 * emb / max(tb.chunks, 1):.2f} ms/chunk"
    )
    print(result_line(result))


if __name__ == "__main__":
    raise SystemExit(main())
