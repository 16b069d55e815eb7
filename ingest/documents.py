"""Document rows and uploads: store bytes by sha256, dedupe per source, create the job."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from common.blobs import BlobStore
from common.errors import NotFound
from common.models import Document, Job
from common.vectors import VectorIndex
from ingest import jobs


@dataclass(frozen=True)
class Accepted:
    document: Document
    job: Job
    duplicate: bool


def safe_filename(name: str | None) -> str:
    """Keep a display name only: no directories, control characters or odd punctuation."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in unicodedata.normalize("NFKC", base) if unicodedata.category(c)[0] != "C")
    base = re.sub(r"[^\w.\- ()+@]", "_", base).strip(" .")
    return base[:200] or "upload"


def get_document(session: Session, *, document_id: str) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound("no such document", code="document.not_found")
    return doc


def accept_upload(
    session: Session,
    blobs: BlobStore,
    *,
    source_id: str,
    data: bytes,
    filename: str,
    media_type: str,
    uploaded_by: str | None,
) -> Accepted:
    """Record an upload. Same bytes into the same source: the existing document, no new work,
    unless its last job failed, in which case a new job retries it."""
    sha = blobs.put(data)
    existing = session.scalar(select(Document).where(Document.source_id == source_id, Document.sha256 == sha))
    if existing is not None:
        last = jobs.latest_job(session, document_id=existing.id)
        if last is not None and last.status != "failed":
            return Accepted(existing, last, duplicate=True)
        return Accepted(existing, jobs.create_job(session, document_id=existing.id), duplicate=False)
    doc = Document(
        source_id=source_id,
        sha256=sha,
        filename=safe_filename(filename),
        media_type=media_type,
        size=len(data),
        uploaded_by=uploaded_by,
    )
    session.add(doc)
    session.flush()
    return Accepted(doc, jobs.create_job(session, document_id=doc.id), duplicate=False)


def delete_document(session: Session, index: VectorIndex, *, document_id: str) -> str:
    doc = get_document(session, document_id=document_id)
    index.delete_document(document_id)
    sha = doc.sha256
    session.delete(doc)
    session.flush()
    return sha


def bytes_uploaded_since(session: Session, *, key_id: str, since: datetime) -> int:
    stmt = select(func.coalesce(func.sum(Document.size), 0)).where(
        Document.uploaded_by == key_id, Document.created_at >= since
    )
    return int(session.scalar(stmt) or 0)


def blob_is_orphaned(session: Session, *, sha256: str) -> bool:
    return not session.scalar(select(func.count()).select_from(Document).where(Document.sha256 == sha256))
