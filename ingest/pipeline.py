"""One ingest job, stage by stage: parse → chunk → sanitize → embed → index.

Re-running a job is safe: point ids are uuid5(document, chunk index), the document's old points
are dropped before the new ones go in, and a failure after indexing started removes what was
written, so a document is either fully indexed or absent. Bad input fails the job with a stable
code; other exceptions propagate so the task layer can retry them.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from typing import Any

from common import vectors as V
from common.errors import HardragError
from common.models import Document, Source
from common.runtime import Runtime
from ingest import jobs
from ingest.chunk import chunk_text, make_splitter
from ingest.limits import parse_limited
from ingest.provenance import JobRecorder, chunk_record, record_job_failure, record_job_failure_quietly
from trust import sanitize_chunk, tier_base_trust

log = logging.getLogger(__name__)
POINT_NAMESPACE = uuid.UUID("6f1c2a8e-4d0b-4c55-9d7e-0b6f3e1a2c9d")


def point_id(document_id: str, chunk_index: int) -> str:
    return str(uuid.uuid5(POINT_NAMESPACE, f"{document_id}:{chunk_index}"))


def run_job(rt: Runtime, job_id: str) -> str:
    """Run a job to its end and return its final status; raises only on transient errors."""
    with rt.sessions.begin() as s:
        job = jobs.get_job(s, job_id=job_id)
        if job.status in ("succeeded", "failed"):
            return job.status
        jobs.mark_running(s, job_id=job_id)
        doc = s.get(Document, job.document_id)
        assert doc is not None
        src = s.get(Source, doc.source_id)
        assert src is not None
        doc_id, sha, media_type, filename = doc.id, doc.sha256, doc.media_type, doc.filename
        source = {
            "id": src.id,
            "classification": src.classification,
            "tier": src.trust_tier,
            "quarantined": src.quarantined,
        }
    log.info("job started", extra={"job_id": job_id, "document_id": doc_id})
    timings: dict[str, float] = {}
    rec = JobRecorder(rt, job_id=job_id, document_id=doc_id, source_id=source["id"])
    try:
        counts = _stages(rt, job_id, doc_id, sha, media_type, filename, source, timings, rec)
    except HardragError as exc:
        if exc.status >= 500:
            _purge_quietly(rt, doc_id)
            record_job_failure_quietly(rt, job_id=job_id, code=exc.code)
            raise
        _purge_quietly(rt, doc_id)
        with rt.sessions.begin() as s:
            jobs.mark_failed(s, job_id=job_id, code=exc.code, message=exc.message)
            record_job_failure(s, rt.settings, job_id=job_id, code=exc.code, transient=False)
        log.warning("job failed", extra={"job_id": job_id, "code": exc.code})
        return "failed"
    except Exception as exc:
        _purge_quietly(rt, doc_id)
        record_job_failure_quietly(rt, job_id=job_id, code=f"error.{type(exc).__name__}")
        raise
    counts["seconds"] = {k: round(v, 4) for k, v in timings.items()}
    with rt.sessions.begin() as s:
        jobs.mark_succeeded(s, job_id=job_id, counts=counts)
        d = s.get(Document, doc_id)
        if d is not None:
            d.chunk_count = counts["chunks"]
    log.info("job succeeded", extra={"job_id": job_id, "chunks": counts["chunks"]})
    return "succeeded"


def _stage(rt: Runtime, job_id: str, name: str) -> None:
    with rt.sessions.begin() as s:
        jobs.set_stage(s, job_id=job_id, stage=name)


def _stages(
    rt: Runtime,
    job_id: str,
    doc_id: str,
    sha: str,
    media_type: str,
    filename: str,
    source: dict[str, Any],
    timings: dict[str, float],
    rec: JobRecorder,
) -> dict[str, Any]:
    settings = rt.settings
    t = time.perf_counter()
    _stage(rt, job_id, "parsing")
    parsed = parse_limited(rt.blobs.get(sha), media_type, filename=filename, settings=settings)
    timings["parse"] = time.perf_counter() - t
    rec.parsed(parsed)

    t = time.perf_counter()
    _stage(rt, job_id, "chunking")
    embedder = rt.embedder
    splitter = make_splitter(
        chunk_tokens=settings.chunk_tokens, chunk_overlap=settings.chunk_overlap, tokenize=embedder.tokenize
    )
    chunks = chunk_text(parsed.text, splitter)
    timings["chunk"] = time.perf_counter() - t
    rec.chunked(len(chunks))
    if not chunks:
        raise HardragError("the document has no text to index", code="parse.no_text", status=422)

    t = time.perf_counter()
    _stage(rt, job_id, "sanitizing")
    base = tier_base_trust(source["tier"])
    findings: Counter[str] = Counter({"hidden": len(parsed.hidden)} if parsed.hidden else {})
    kept: list[tuple[int, str, float, dict[str, int]]] = []
    quarantined = 0
    chunk_log: list[dict[str, Any]] = []
    fp_key = settings.fingerprint_key.get_secret_value().encode()
    for chunk in chunks:
        verdict = sanitize_chunk(chunk.text, base_trust=base, fingerprint_key=fp_key)
        findings.update(verdict.counts)
        chunk_log.append(
            chunk_record(chunk.index, point_id(doc_id, chunk.index), verdict, kept=bool(verdict.text.strip()))
        )
        if not verdict.text.strip():
            continue
        kept.append((chunk.index, verdict.text, verdict.trust, dict(verdict.counts)))
        quarantined += verdict.trust < settings.trust_floor
    timings["sanitize"] = time.perf_counter() - t
    provenance_id = rec.sanitized(chunk_log, quarantined=quarantined)

    t = time.perf_counter()
    _stage(rt, job_id, "embedding")
    vectors = embedder.embed_texts([k[1] for k in kept], batch_size=settings.embedding_batch_size)
    timings["embed"] = time.perf_counter() - t
    rec.embedded(embedder, len(kept))

    t = time.perf_counter()
    _stage(rt, job_id, "indexing")
    points = [
        V.VectorPoint(
            id=point_id(doc_id, index),
            vector=vectors[i].tolist(),
            payload={
                V.SOURCE_ID: source["id"],
                V.DOCUMENT_ID: doc_id,
                V.CHUNK_INDEX: index,
                V.CLASSIFICATION: source["classification"],
                V.TRUST: round(trust, 4),
                V.QUARANTINED: trust < settings.trust_floor,
                V.SOURCE_QUARANTINED: source["quarantined"],
                V.TEXT: text,
                V.FINDINGS: counts,
                V.PROVENANCE_ID: provenance_id,
            },
        )
        for i, (index, text, trust, counts) in enumerate(kept)
    ]
    rt.index.delete_document(doc_id)
    for start in range(0, len(points), 256):
        rt.index.upsert(points[start : start + 256])
    timings["index"] = time.perf_counter() - t
    rec.indexed([p.id for p in points])
    return {
        "elements": len(parsed.elements),
        "characters": len(parsed.text),
        "chunks": len(points),
        "chunks_dropped_empty": len(chunks) - len(kept),
        "quarantined_chunks": quarantined,
        "findings": dict(findings),
        "parser": parsed.parser,
        "embedding_model": embedder.name,
    }


def _purge_quietly(rt: Runtime, doc_id: str) -> None:
    """Drop whatever a failed run wrote; if the index itself is down the retry will redo it."""
    try:
        rt.index.delete_document(doc_id)
    except Exception:
        log.warning("could not purge points of a failed job", extra={"document_id": doc_id})
