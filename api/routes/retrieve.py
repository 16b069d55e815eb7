"""POST /v1/retrieve: allowlisted, trust-filtered search answered as quoted evidence."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import PrincipalDep, RuntimeDep, SessionDep
from api.schemas import RetrieveRequest, RetrieveResponse, RetrieveResult
from common import audit
from ingest.sources import list_sources
from retrieval.filters import build_filter
from retrieval.search import retrieve

router = APIRouter(prefix="/v1", tags=["retrieve"])


@router.post("/retrieve", response_model=RetrieveResponse)
def retrieve_route(body: RetrieveRequest, session: SessionDep, rt: RuntimeDep, who: PrincipalDep) -> RetrieveResponse:
    who.require("app", "admin")
    visible = None if who.allowlist.everything else who.allowlist.source_ids
    servable = {
        s.id: s.name
        for s in list_sources(session, ids=visible)
        if not s.quarantined and who.allowlist.permits(s.id, s.classification)
    }
    session.close()  # no DB work below; do not hold a connection through the embedding
    flt = build_filter(
        allowlist=who.allowlist,
        requested=body.source_ids,
        servable=servable.keys(),
        min_trust=body.min_trust if body.min_trust is not None else rt.settings.trust_floor,
    )
    found = retrieve(
        query=body.query, top_k=body.top_k, flt=flt, index=rt.index, embedder=rt.query_embedder, source_names=servable
    )
    with rt.sessions.begin() as s:  # the query itself is never stored, only its keyed fingerprint
        audit.record(
            s,
            rt.settings,
            "retrieval.served",
            actor=who.key_id,
            chunk_ids=[h.chunk_id for h in found.hits],
            data={
                "query_fingerprint": audit.query_fingerprint(rt.settings, body.query),
                "top_k": body.top_k,
                "min_trust": flt.min_trust,
                "source_ids": body.source_ids,
                "results": len(found.hits),
            },
        )
    return RetrieveResponse(results=[RetrieveResult(**h.__dict__) for h in found.hits], context=found.context)
