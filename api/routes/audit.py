"""/v1/provenance: auditors and admins read, verify and export the log; nobody changes it here.

Every route is a GET, and each first waits for this process's background provenance writer to
commit what it holds, so an auditor here reads every retrieval answered before the request. The
public key is open to anyone (it is what an outside party verifies an export with); everything
else needs an auditor or admin key. The log holds ids, versions, counts and fingerprints but no
document text, so an auditor sees the whole log regardless of allowlist.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from api.deps import PrincipalDep, RuntimeDep, SessionDep
from common import audit
from common.errors import InvalidRequest

router = APIRouter(prefix="/v1/provenance", tags=["provenance"])
_READERS = ("auditor", "admin")


class EventPage(BaseModel):
    events: list[dict[str, Any]]
    next_cursor: str | None


class BadRecord(BaseModel):
    seq: int
    id: str | None
    reason: str


class VerifyReport(BaseModel):
    ok: bool
    checked: int
    first_bad: BadRecord | None
    size: int
    head: str
    checkpoints: int
    unsigned_tail: int
    key_ids: list[str]


class ChunkLineage(BaseModel):
    chunk_id: str
    document_id: str | None
    source_id: str | None
    provenance_id: str | None
    events: list[dict[str, Any]]
    retrievals: list[dict[str, Any]] | None = None


@router.get("/public-key")
def public_key(rt: RuntimeDep) -> dict[str, Any]:
    """The Ed25519 key that signs checkpoints (and retired keys still trusted); no key needed."""
    return audit.public_key_info(rt.settings)


@router.get("", response_model=EventPage)
def list_events(
    session: SessionDep,
    rt: RuntimeDep,
    who: PrincipalDep,
    source_id: str | None = None,
    document_id: str | None = None,
    chunk_id: str | None = None,
    job_id: str | None = None,
    type: Annotated[list[str] | None, Query()] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after_seq: Annotated[int, Query(ge=0)] = 0,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EventPage:
    """Events in seq order, filtered; pass `next_cursor` back as `cursor` for the next page."""
    who.require(*_READERS)
    rt.flush_events()
    if cursor is not None:
        if not cursor.isdigit():
            raise InvalidRequest("cursor must be a value returned as next_cursor", code="request.invalid")
        after_seq = int(cursor)
    types = tuple(t for t in (type or []) if t)
    unknown = sorted(set(types) - audit.EVENT_TYPES)
    if unknown:
        raise InvalidRequest(f"unknown event type(s): {', '.join(unknown)}", code="request.invalid")
    q = audit.EventQuery(
        source_id=source_id,
        document_id=document_id,
        chunk_id=chunk_id,
        job_id=job_id,
        types=types,
        since=since,
        until=until,
        after_seq=after_seq,
        limit=limit,
    )
    events, nxt = audit.list_events(session, q)
    return EventPage(events=events, next_cursor=None if nxt is None else str(nxt))


@router.get("/verify", response_model=VerifyReport)
def verify(session: SessionDep, rt: RuntimeDep, who: PrincipalDep) -> VerifyReport:
    """Check the whole chain, the signed checkpoints and the indexes; name the first bad record."""
    who.require(*_READERS)
    rt.flush_events()
    return VerifyReport.model_validate(audit.verify(session, rt.settings).to_dict())


@router.get("/export")
def export(rt: RuntimeDep, who: PrincipalDep) -> StreamingResponse:
    """JSONL: a header, every event with its exact hashed body, and the signed checkpoints."""
    who.require(*_READERS)
    rt.flush_events()
    return StreamingResponse(
        audit.export_lines(rt.sessions, rt.settings),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="hardrag-provenance.jsonl"'},
    )


@router.get("/events/{event_id}")
def get_event(event_id: str, session: SessionDep, rt: RuntimeDep, who: PrincipalDep) -> dict[str, Any]:
    """One record by id, e.g. the `provenance_id` a retrieval result carries."""
    who.require(*_READERS)
    rt.flush_events()
    return audit.get_event(session, event_id=event_id)


@router.get("/chunks/{chunk_id}", response_model=ChunkLineage)
def chunk_lineage(
    chunk_id: str,
    session: SessionDep,
    rt: RuntimeDep,
    who: PrincipalDep,
    retrievals: Annotated[int, Query(ge=0, le=1000)] = 0,
) -> ChunkLineage:
    """The chain from upload to this chunk; `retrievals=N` adds the last N retrievals that served it."""
    who.require(*_READERS)
    rt.flush_events()
    return ChunkLineage.model_validate(audit.chunk_lineage(session, chunk_id=chunk_id, retrievals=retrievals))
