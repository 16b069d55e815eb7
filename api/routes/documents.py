"""Uploads into a source (202 at once, the work is queued) and document read/delete."""

from __future__ import annotations

from datetime import timedelta

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException

from api.auth import Principal
from api.deps import CeleryDep, PrincipalDep, RuntimeDep, SessionDep
from api.schemas import DocumentRead, UploadAccepted
from api.views import document_read
from common import audit
from common.db import session_scope
from common.errors import HardragError, InvalidRequest, NotFound, ServiceUnavailable, UploadRejected
from common.models import Document, Job, utcnow
from common.runtime import Runtime
from ingest import documents, sources
from ingest.jobs import latest_job
from ingest.sniff import sniff_type
from ingest.worker import enqueue_job
from trust import redact_secrets_text

router = APIRouter(prefix="/v1", tags=["documents"])


def _visible_source(session, who: Principal, source_id: str):  # type: ignore[no-untyped-def]
    if not who.allowlist.permits(source_id):
        raise NotFound("no such source", code="source.not_found")
    src = sources.get_source(session, source_id=source_id)
    if not who.allowlist.permits(source_id, src.classification):
        raise NotFound("no such source", code="source.not_found")
    return src


@router.post("/sources/{source_id}/documents", status_code=202, response_model=UploadAccepted)
async def upload(
    source_id: str, request: Request, response: Response, rt: RuntimeDep, celery: CeleryDep, who: PrincipalDep
) -> UploadAccepted:
    who.require("admin", "ingest")
    try:
        form = await request.form(max_files=1, max_fields=4)
    except MultiPartException as exc:
        raise InvalidRequest(
            f"malformed multipart body: {exc.message}", code="request.malformed_multipart", status=400
        ) from None
    except HTTPException as exc:  # inside an app, Starlette re-raises MultiPartException as a bare 400
        if exc.status_code != 400:
            raise
        raise InvalidRequest(
            f"malformed multipart body: {exc.detail}", code="request.malformed_multipart", status=400
        ) from None
    except AssertionError:
        raise InvalidRequest(
            "expected a multipart/form-data body with a `file` field", code="upload.missing_file", status=400
        ) from None
    upload_file = form.get("file")
    if not isinstance(upload_file, UploadFile):
        raise InvalidRequest(
            "expected a multipart/form-data body with a `file` field", code="upload.missing_file", status=400
        )
    data = await upload_file.read()
    await form.close()
    if len(data) > rt.settings.max_upload_bytes:
        raise UploadRejected(
            f"the file exceeds {rt.settings.max_upload_bytes} bytes", code="upload.too_large", status=413
        )
    result = await run_in_threadpool(_accept, rt, who, source_id, data, upload_file.filename, upload_file.content_type)
    accepted, queued = result
    if queued:
        try:
            await run_in_threadpool(enqueue_job, celery, accepted.job_id)
        except Exception:
            await run_in_threadpool(_withdraw, rt, accepted)
            raise ServiceUnavailable("the job queue is unavailable; the upload was not accepted") from None
    else:
        response.status_code = 200
    return accepted


def _accept(
    rt: Runtime, who: Principal, source_id: str, data: bytes, filename: str | None, declared: str | None
) -> tuple[UploadAccepted, bool]:
    with session_scope(rt.sessions) as session:
        _visible_source(session, who, source_id)
        media_type = sniff_type(data, filename=filename, declared_type=declared)
        quota = rt.settings.upload_quota_bytes_per_day
        used = documents.bytes_uploaded_since(session, key_id=who.key_id, since=utcnow() - timedelta(days=1))
        if used + len(data) > quota:
            raise HardragError(
                f"this key's upload quota of {quota} bytes per 24 hours is used up",
                code="quota.exceeded",
                status=429,
                headers={"Retry-After": "3600"},
            )
        acc = documents.accept_upload(
            session,
            rt.blobs,
            source_id=source_id,
            data=data,
            filename=filename or "upload",
            media_type=media_type,
            uploaded_by=who.key_id,
        )
        out = UploadAccepted(
            document_id=acc.document.id,
            job_id=acc.job.id,
            status=acc.job.status,
            duplicate=acc.duplicate,
            sha256=acc.document.sha256,
            media_type=acc.document.media_type,
        )
        audit.record(
            session,
            rt.settings,
            "upload.received",
            actor=who.key_id,
            source_id=source_id,
            document_id=out.document_id,
            job_id=out.job_id,
            data={
                "filename": redact_secrets_text(acc.document.filename),
                "size": len(data),
                "media_type": out.media_type,
                "sha256": out.sha256,
                "duplicate": out.duplicate,
            },
        )
        return out, not acc.duplicate


def _withdraw(rt: Runtime, accepted: UploadAccepted) -> None:
    """The broker refused the job: undo the rows so nothing claims to be queued."""

    with session_scope(rt.sessions) as session:
        job = session.get(Job, accepted.job_id)
        if job is not None:
            session.delete(job)
            session.flush()
        doc = session.get(Document, accepted.document_id)
        audit.record(
            session,
            rt.settings,
            "job.failed",
            source_id=doc.source_id if doc else None,
            document_id=accepted.document_id,
            job_id=accepted.job_id,
            data={"code": "service.unavailable", "transient": False, "stage": "enqueue"},
        )
        if doc is not None and latest_job(session, document_id=doc.id) is None:
            session.delete(doc)


@router.get("/documents/{document_id}", response_model=DocumentRead)
def get_document(document_id: str, session: SessionDep, who: PrincipalDep) -> DocumentRead:
    who.require("admin", "ingest")
    doc = documents.get_document(session, document_id=document_id)
    if not who.allowlist.permits(doc.source_id):
        raise NotFound("no such document", code="document.not_found")
    return document_read(session, doc)


@router.delete("/documents/{document_id}", status_code=204)
def delete_document(document_id: str, session: SessionDep, rt: RuntimeDep, who: PrincipalDep) -> Response:
    who.require("admin", "ingest")
    doc = documents.get_document(session, document_id=document_id)
    if not who.allowlist.permits(doc.source_id):
        raise NotFound("no such document", code="document.not_found")
    source_id = doc.source_id
    sha = documents.delete_document(session, rt.index, document_id=document_id)
    audit.record(
        session,
        rt.settings,
        "document.deleted",
        actor=who.key_id,
        source_id=source_id,
        document_id=document_id,
        data={"sha256": sha, "points_purged": True},
    )
    session.commit()
    if documents.blob_is_orphaned(session, sha256=sha):
        rt.blobs.delete(sha)
    return Response(status_code=204)
