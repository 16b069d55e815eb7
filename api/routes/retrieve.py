"""POST /v1/retrieve: allowlisted, trust-filtered search answered as quoted evidence.

An async route: the key and the source rows come from the `AccessCache` without leaving the event
loop; the CPU-bound part (embedding, search, evidence, the JSON answer) runs in one worker-thread
hop. The `retrieval.served` record goes to the background provenance writer (or, with
`HARDRAG_AUDIT_QUEUE_MAX=0`, is committed) before the answer leaves.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool

from api.access_cache import AccessCache, SourceState
from api.auth import Principal
from api.deps import CachedPrincipalDep
from api.schemas import RetrieveRequest, RetrieveResponse, RetrieveResult
from common import audit
from common.errors import ServiceUnavailable
from common.runtime import Runtime
from ingest.sources import list_sources
from retrieval.filters import build_filter
from retrieval.search import retrieve

router = APIRouter(prefix="/v1", tags=["retrieve"])


def _load_sources(rt: Runtime, cache: AccessCache, visible: frozenset[str] | None) -> tuple[SourceState, ...]:
    generation = cache.generation  # before the read: a change committed after it discards this fill
    try:
        with rt.sessions() as session:
            rows = tuple(
                SourceState(s.id, s.name, s.classification, bool(s.quarantined))
                for s in list_sources(session, ids=visible)
            )
    except OperationalError:
        raise ServiceUnavailable("the database is unavailable", code="service.unavailable") from None
    cache.put_sources(visible, rows, generation)
    return rows


def _answer(rt: Runtime, body: RetrieveRequest, who: Principal, servable: dict[str, str]) -> bytes:
    flt = build_filter(
        allowlist=who.allowlist,
        requested=body.source_ids,
        servable=servable.keys(),
        min_trust=body.min_trust if body.min_trust is not None else rt.settings.trust_floor,
    )
    found = retrieve(
        query=body.query,
        top_k=body.top_k,
        flt=flt,
        index=rt.index,
        embedder=rt.query_embedder,
        source_names=servable,
        allowlist=who.allowlist,
    )
    # Accepted by the provenance writer (or committed) before the answer leaves; never the query text.
    rt.append_event(
        audit.Event(
            "retrieval.served",
            actor=who.key_id,
            chunk_ids=tuple(h.chunk_id for h in found.hits),
            data={
                "query_fingerprint": audit.query_fingerprint(rt.settings, body.query),
                "top_k": body.top_k,
                "min_trust": flt.min_trust,
                "source_ids": body.source_ids,
                "results": len(found.hits),
            },
            ts=datetime.now(UTC),
        )
    )
    response = RetrieveResponse(results=[RetrieveResult(**h.__dict__) for h in found.hits], context=found.context)
    return response.model_dump_json().encode()


@router.post("/retrieve", response_model=RetrieveResponse)
async def retrieve_route(body: RetrieveRequest, request: Request, who: CachedPrincipalDep) -> Response:
    who.require("app", "admin")
    rt: Runtime = request.app.state.runtime
    cache: AccessCache = request.app.state.access_cache
    visible = None if who.allowlist.everything else who.allowlist.source_ids
    rows = cache.sources(visible)
    if rows is None:
        rows = await run_in_threadpool(_load_sources, rt, cache, visible)
    servable = {s.id: s.name for s in rows if not s.quarantined and who.allowlist.permits(s.id, s.classification)}
    payload = await run_in_threadpool(_answer, rt, body, who, servable)
    return Response(payload, media_type="application/json")
