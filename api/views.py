"""Row → response model conversions shared by several routers."""

from __future__ import annotations

from sqlalchemy.orm import Session

from api.schemas import DocumentRead, JobError, JobRead
from common.models import Document, Job
from ingest.jobs import latest_job


def job_read(job: Job) -> JobRead:
    error = JobError(code=job.error_code, message=job.error_message or "") if job.error_code else None
    return JobRead(
        id=job.id,
        document_id=job.document_id,
        status=job.status,
        stage=job.stage,
        error=error,
        counts=job.counts or {},
        attempts=job.attempts,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )


def document_read(session: Session, doc: Document) -> DocumentRead:
    job = latest_job(session, document_id=doc.id)
    return DocumentRead(
        id=doc.id,
        source_id=doc.source_id,
        filename=doc.filename,
        media_type=doc.media_type,
        size=doc.size,
        sha256=doc.sha256,
        chunk_count=doc.chunk_count,
        uploaded_by=doc.uploaded_by,
        created_at=doc.created_at,
        status=job.status if job else None,
        job_id=job.id if job else None,
    )
