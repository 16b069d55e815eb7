"""Command-line ingestion and preview, running the same pipeline in this process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqdm import tqdm

from common import audit
from common.db import session_scope
from common.errors import HardragError
from common.models import Job
from common.runtime import Runtime
from common.settings import Settings
from ingest import documents, sources
from ingest.sniff import sniff_type
from trust import sanitize_chunk, tier_base_trust


def _files(paths: tuple[Path, ...]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p])
    return out


def ingest_paths(settings: Settings, paths: tuple[Path, ...], *, source_id: str) -> int:
    """Returns how many files failed; each failure is printed with its code."""
    rt = Runtime(settings)
    failed = 0
    try:
        with session_scope(rt.sessions) as s:
            sources.get_source(s, source_id=source_id)
        # the parser stack (unstructured, spaCy, llama-index) takes seconds to import: only once
        # the source is known to exist, so a mistyped source id fails at once
        from ingest import pipeline

        bar = tqdm(_files(paths), unit="file")
        for path in bar:
            bar.set_postfix_str(path.name[:40])
            try:
                data = path.read_bytes()
                with session_scope(rt.sessions) as s:
                    media = sniff_type(data, filename=path.name, declared_type=None)
                    acc = documents.accept_upload(
                        s,
                        rt.blobs,
                        source_id=source_id,
                        data=data,
                        filename=path.name,
                        media_type=media,
                        uploaded_by="cli",
                    )
                    job_id, duplicate = acc.job.id, acc.duplicate
                    audit.record(
                        s,
                        settings,
                        "upload.received",
                        actor="cli",
                        source_id=source_id,
                        document_id=acc.document.id,
                        job_id=job_id,
                        data={
                            "filename": acc.document.filename,
                            "size": len(data),
                            "media_type": media,
                            "sha256": acc.document.sha256,
                            "duplicate": duplicate,
                        },
                    )
                status = "succeeded" if duplicate else pipeline.run_job(rt, job_id)
            except HardragError as exc:
                tqdm.write(f"{path}: {exc.code}: {exc.message}")
                failed += 1
                continue
            if status != "succeeded":
                with session_scope(rt.sessions) as s:
                    job = s.get(Job, job_id)
                    tqdm.write(f"{path}: {job.error_code if job else 'failed'}: {job.error_message if job else ''}")
                failed += 1
    finally:
        rt.close()
    return failed


def preview_file(settings: Settings, path: Path, *, tier: str) -> Iterator[dict[str, Any]]:
    from common.embedding import token_counter
    from ingest.chunk import chunk_text, make_splitter
    from ingest.parse import parse_document

    data = path.read_bytes()
    parsed = parse_document(data, sniff_type(data, filename=path.name, declared_type=None), filename=path.name)
    splitter = make_splitter(
        chunk_tokens=settings.chunk_tokens,
        chunk_overlap=settings.chunk_overlap,
        tokenize=token_counter(settings.embedding_model),
    )
    base = tier_base_trust(tier)
    for chunk in chunk_text(parsed.text, splitter):
        v = sanitize_chunk(
            chunk.text, base_trust=base, fingerprint_key=settings.fingerprint_key.get_secret_value().encode()
        )
        yield {
            "index": chunk.index,
            "trust": v.trust,
            "quarantined": v.trust < settings.trust_floor,
            "counts": dict(v.counts),
            "findings": [f.to_record() for f in v.findings],
            "text": v.text,
        }
