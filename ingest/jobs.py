"""Job rows: create, read, and the small state transitions the pipeline records."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from common.errors import NotFound
from common.models import Job, utcnow


def get_job(session: Session, *, job_id: str) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound("no such job", code="job.not_found")
    return job


def create_job(session: Session, *, document_id: str) -> Job:
    job = Job(document_id=document_id, status="queued", stage="queued", counts={})
    session.add(job)
    session.flush()
    return job


def mark_running(session: Session, *, job_id: str) -> Job:
    job = get_job(session, job_id=job_id)
    job.status = "running"
    job.attempts += 1
    job.started_at = job.started_at or utcnow()
    job.error_code = job.error_message = None
    return job


def set_stage(session: Session, *, job_id: str, stage: str) -> None:
    get_job(session, job_id=job_id).stage = stage


def mark_succeeded(session: Session, *, job_id: str, counts: dict[str, Any]) -> None:
    job = get_job(session, job_id=job_id)
    job.status, job.stage, job.counts = "succeeded", "done", counts
    job.finished_at = utcnow()


def mark_failed(session: Session, *, job_id: str, code: str, message: str) -> None:
    job = get_job(session, job_id=job_id)
    job.status, job.error_code, job.error_message = "failed", code, message
    job.finished_at = utcnow()


def latest_job(session: Session, *, document_id: str) -> Job | None:
    return session.query(Job).filter(Job.document_id == document_id).order_by(Job.created_at.desc()).first()
