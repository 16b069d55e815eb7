"""Liveness and readiness: the database answers, the broker is configured."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from api.deps import RuntimeDep
from common.errors import ServiceUnavailable

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz(rt: RuntimeDep) -> dict[str, object]:
    try:
        with rt.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        raise ServiceUnavailable("the database is unavailable") from None
    s = rt.settings
    return {
        "status": "ok",
        "database": rt.engine.dialect.name,
        "broker": "memory" if s.broker_url is None else "external",
        "vectors": "qdrant-server" if s.qdrant_url else "embedded",
        "worker_mode": s.worker_mode,
    }
