"""/v1/jobs/{id}: where an ingest job is, what it counted, and why it failed if it did."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import PrincipalDep, SessionDep
from api.schemas import JobRead
from api.views import job_read
from common.errors import NotFound
from common.models import Document
from ingest.jobs import get_job

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])


@router.get("/{job_id}", response_model=JobRead)
def read_job(job_id: str, session: SessionDep, who: PrincipalDep) -> JobRead:
    who.require("admin", "ingest")
    job = get_job(session, job_id=job_id)
    doc = session.get(Document, job.document_id)
    if doc is None or not who.allowlist.permits(doc.source_id):
        raise NotFound("no such job", code="job.not_found")
    return job_read(job)
