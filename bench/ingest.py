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

Each slice runs through both, alternating which goes first (A B, B A, ...); the ratio is taken
per slice and the median reported, so drifting load from other processes hits both sides alike.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench._common import (
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
        splitter = make_splitter(chunk_tokens=chunk_tokens, chunk_overlap=chunk_overlap,
                                 tokenize=lambda t: model.tokenizer.encode(t, add_special_tokens=False))
        store = QdrantVectorStore(client=QdrantClient(path=str(root / "qdrant")), collection_name="baseline")
        self.pipeline = IngestionPipeline(transformations=[splitter, STEmbedding()], vector_store=store)

    def ingest(self, paths: list[Path]) -> Run:
        run = Run("baseline", files=len(paths), bytes=sum(p.stat().st_size for p in paths))
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
    def __init__(self, root: Path, backend: str | None) -> None:
        from fastapi.testclient import TestClient

        from api.main import create_app

        over = {"embedding_backend": backend} if backend else {}
        self.settings = service_settings(root / "data", **over)
        self.backend = self.settings.embedding_backend
        self.client = TestClient(create_app(self.settings))
        self.client.__enter__()
        self.h = {"Authorization": f"Bearer {mint_key(self.settings, 'admin')}"}
        body = {"name": f"bench-{uuid.uuid4().hex[:6]}", "classification": "internal", "trust_tier": "internal"}
        r = self.client.post("/v1/sources", json=body, headers=self.h)
        assert r.status_code == 201, r.text
        self.source = r.json()["id"]

    def ingest(self, paths: list[Path]) -> Run:
        run = Run(f"hardrag[{self.backend}]", files=len(paths), bytes=sum(p.stat().st_size for p in paths))
        t = time.perf_counter()
        jobs = []
        for path in paths:
            with path.open("rb") as fh:
                r = self.client.post(f"/v1/sources/{self.source}/documents",
                                     files={"file": (path.name, fh, "application/octet-stream")}, headers=self.h)
            assert r.status_code in (200, 202), r.text
            jobs.append(r.json()["job_id"])
        pending = list(jobs)
        bodies: dict[str, dict[str, Any]] = {}
        while pending:  # the worker runs jobs in order: wait on the oldest unfinished one
            r = self.client.get(f"/v1/jobs/{pending[0]}", headers=self.h)
            body = r.json()
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


def _fmt_runs(runs: list[tuple[int, Run]]) -> list[list[str]]:
    return [[str(i), r.side, str(r.files), f"{r.bytes / 1e6:.2f}", str(r.chunks), f"{r.seconds:.1f}",
             f"{r.cps:.1f}", f"{r.mbps:.3f}"] for i, r in runs]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/eval"))
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of files (default 5)")
    ap.add_argument("--slices", type=int, default=4, help="A/B repetitions, one corpus slice each")
    ap.add_argument("--backend", default=None, help="hardrag embedding backend (default: the settings default)")
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
        print(f"corpus: {len(paths)} files, {sum(map(sum, kinds.values())) / 1e6:.2f} MB: "
              + ", ".join(f"{k} {len(v)} ({sum(v) / 1e6:.2f} MB)" for k, v in kinds.items()))
        a = Hardrag(root / "a", args.backend)
        b = Baseline(root / "b", a.settings.chunk_tokens, a.settings.chunk_overlap)
        warm = build_corpus(args.data, root / "warm", megabytes=0.05, seed=99)  # loads models, parser process
        a.ingest(warm)
        b.ingest(warm)
        runs: list[tuple[int, Run]] = []
        for i, part in enumerate(slices(paths, args.slices)):
            order = (a, b) if i % 2 == 0 else (b, a)
            for side in order:
                runs.append((i, side.ingest(part)))
                print(f"  slice {i}: {runs[-1][1].side} {runs[-1][1].chunks} chunks in {runs[-1][1].seconds:.1f}s",
                      flush=True)
        a.close()
    report(runs, a.backend)
    return 0


def report(runs: list[tuple[int, Run]], backend: str) -> None:
    table("Per slice (A/B alternating)", ["slice", "side", "files", "MB", "chunks", "s", "chunks/s", "MB/s"],
          _fmt_runs(runs))
    a = [r for _, r in runs if r.side.startswith("hardrag")]
    b = [r for _, r in runs if r.side == "baseline"]
    cps_ratio = median(x.cps / y.cps for x, y in zip(a, b, strict=True))
    mbps_ratio = median(x.mbps / y.mbps for x, y in zip(a, b, strict=True))
    tot = {}
    for name, rs in (("hardrag", a), ("baseline", b)):
        tot[name] = Run(rs[0].side, sum(r.files for r in rs), sum(r.bytes for r in rs), sum(r.chunks for r in rs),
                        sum(r.seconds for r in rs))
    table("Totals", ["side", "files", "MB", "chunks", "s", "chunks/s", "MB/s"],
          [row[1:] for row in _fmt_runs([(0, tot["hardrag"]), (0, tot["baseline"])])])
    print(f"\nmedian per-slice ratio hardrag/baseline: chunks/s {cps_ratio:.2f}x, MB/s {mbps_ratio:.2f}x")
    stages = {k: sum(r.stages.get(k, 0.0) for r in a) for k in STAGES}
    wall = tot["hardrag"].seconds
    stages["bookkeeping"] = wall - sum(stages.values())
    chunks = max(tot["hardrag"].chunks, 1)
    table(f"Where hardrag's time goes ({backend}; sums over all slices)", ["stage", "s", "share", "ms/chunk"],
          [[k, f"{v:.1f}", f"{100 * v / wall:.1f}%", f"{1000 * v / chunks:.2f}"] for k, v in stages.items()])
    b_embed = sum(r.stages.get("embed", 0.0) for r in b)
    print(f"\nbaseline: embedding {b_embed:.1f}s of {tot['baseline'].seconds:.1f}s "
          f"({100 * b_embed / tot['baseline'].seconds:.1f}%), {1000 * b_embed / max(tot['baseline'].chunks, 1):.2f} "
          f"ms/chunk; hardrag embed {1000 * stages['embed'] / chunks:.2f} ms/chunk")
    trust_share = stages["sanitize"] / wall
    print(result_line({"ingest_speedup": round(cps_ratio, 3), "ingest_mb_speedup": round(mbps_ratio, 3),
                       "hardrag_chunks_s": round(tot["hardrag"].cps, 2), "baseline_chunks_s": round(tot["baseline"].cps, 2),
                       "trust_share": round(trust_share, 4), "backend": backend}))


if __name__ == "__main__":
    raise SystemExit(main())
