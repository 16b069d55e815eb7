"""/v1/sources: admins register, change, quarantine and delete sources; others see their allowlist."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy.orm import Session

from api.access_cache import AccessCache
from api.deps import AccessCacheDep, PrincipalDep, RuntimeDep, SessionDep
from api.schemas import DocumentRead, SourceCreate, SourceRead, SourceUpdate
from api.views import document_read
from common import audit
from common.errors import NotFound
from ingest import documents, sources

router = APIRouter(prefix="/v1/sources", tags=["sources"])


def _commit(session: Session, cache: AccessCache) -> None:
    """Commit, then drop what /v1/retrieve caches of sources: the change bites before the admin hears back."""
    session.commit()
    cache.invalidate()


@router.post("", status_code=201, response_model=SourceRead)
def create_source(
    body: SourceCreate, session: SessionDep, rt: RuntimeDep, who: PrincipalDep, cache: AccessCacheDep
) -> SourceRead:
    who.require("admin")
    src = sources.create_source(session, **body.model_dump())
    audit.record(
        session,
        rt.settings,
        "source.created",
        actor=who.key_id,
        source_id=src.id,
        data={"name": src.name, "classification": src.classification, "trust_tier": src.trust_tier, "tags": src.tags},
    )
    _commit(session, cache)
    return SourceRead.model_validate(src)


@router.get("", response_model=list[SourceRead])
def list_sources(session: SessionDep, who: PrincipalDep) -> list[SourceRead]:
    who.require("admin", "ingest", "app")
    ids = None if who.allowlist.everything else who.allowlist.source_ids
    return [
        SourceRead.model_validate(s)
        for s in sources.list_sources(session, ids=ids)
        if who.allowlist.permits(s.id, s.classification)
    ]


@router.get("/{source_id}", response_model=SourceRead)
def get_source(source_id: str, session: SessionDep, who: PrincipalDep) -> SourceRead:
    who.require("admin", "ingest", "app")
    src = sources.get_source(session, source_id=source_id)
    if not who.allowlist.permits(source_id, src.classification):
        raise NotFound("no such source", code="source.not_found")
    return SourceRead.model_validate(src)


@router.patch("/{source_id}", response_model=SourceRead)
def update_source(
    source_id: str, body: SourceUpdate, session: SessionDep, rt: RuntimeDep, who: PrincipalDep, cache: AccessCacheDep
) -> SourceRead:
    who.require("admin")
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    src = sources.update_source(session, rt.index, source_id=source_id, changes=changes)
    q = changes.get("quarantined")
    kind = "source.changed" if q is None else "source.quarantined" if q else "source.released"
    logged = {k: "changed" if k == "description" else v for k, v in changes.items()}  # free text stays out
    audit.record(session, rt.settings, kind, actor=who.key_id, source_id=source_id, data={"changes": logged})
    _commit(session, cache)
    return SourceRead.model_validate(src)


@router.delete("/{source_id}", status_code=204)
def delete_source(
    source_id: str, session: SessionDep, rt: RuntimeDep, who: PrincipalDep, cache: AccessCacheDep
) -> Response:
    who.require("admin")
    shas = sources.delete_source(session, rt.index, source_id=source_id)
    audit.record(
        session,
        rt.settings,
        "source.deleted",
        actor=who.key_id,
        source_id=source_id,
        data={"documents": len(shas), "points_purged": True},
    )
    _commit(session, cache)
    for sha in set(shas):
        if documents.blob_is_orphaned(session, sha256=sha):
            rt.blobs.delete(sha)
    return Response(status_code=204)


@router.get("/{source_id}/documents", response_model=list[DocumentRead])
def list_documents(source_id: str, session: SessionDep, who: PrincipalDep) -> list[DocumentRead]:
    who.require("admin", "ingest")
    if not who.allowlist.permits(source_id):
        raise NotFound("no such source", code="source.not_found")
    src = sources.get_source(session, source_id=source_id)
    return [document_read(session, d) for d in src.documents]
