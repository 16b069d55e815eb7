"""/v1/keys: admins create, list, revoke and rotate API keys; a new key is shown once."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from api import auth
from api.access_cache import AccessCache
from api.deps import AccessCacheDep, PrincipalDep, RuntimeDep, SessionDep
from api.schemas import Classification
from common import audit as provenance
from common.models import ApiKey

router = APIRouter(prefix="/v1/keys", tags=["keys"])


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: str = Field(pattern="^(admin|ingest|app|auditor)$")
    name: str = Field(min_length=1, max_length=200)
    sources: list[str] = Field(default_factory=list, max_length=1000)
    classifications: list[Classification] = Field(default_factory=list)
    expires_at: datetime | None = None


class KeyRotate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    grace_seconds: int = Field(0, ge=0, le=7 * 24 * 3600)


class KeyRead(BaseModel):
    id: str
    name: str
    role: str
    prefix: str
    sources: list[str]
    classifications: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    rotated_to: str | None


class KeyCreated(KeyRead):
    key: str


def _read(row: ApiKey) -> KeyRead:
    return KeyRead(
        id=row.id,
        name=row.name,
        role=row.role,
        prefix=row.prefix,
        sources=list(row.sources),
        classifications=list(row.classifications or ()),
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
        rotated_to=row.rotated_to,
    )


def _created_event(row: ApiKey, **extra: str) -> dict[str, object]:
    """What provenance keeps of a new key: never the key or its hash."""
    return {
        "key_id": row.id,
        "role": row.role,
        "name": row.name,
        "sources": list(row.sources),
        "classifications": list(row.classifications or ()),
        **extra,
    }


def _commit(session: Session, cache: AccessCache) -> None:
    """Commit, then drop what /v1/retrieve caches of keys: the change bites before the admin hears back."""
    session.commit()
    cache.invalidate()


@router.post("", status_code=201, response_model=KeyCreated)
def create_key(
    body: KeyCreate, session: SessionDep, rt: RuntimeDep, who: PrincipalDep, cache: AccessCacheDep
) -> KeyCreated:
    who.require("admin")
    row, token = auth.create_key(
        session,
        role=body.role,
        name=body.name,
        sources=body.sources,
        classifications=list(body.classifications),
        expires_at=body.expires_at,
    )
    provenance.record(session, rt.settings, "key.created", actor=who.key_id, data=_created_event(row))
    _commit(session, cache)
    return KeyCreated(**_read(row).model_dump(), key=token)


@router.get("", response_model=list[KeyRead])
def list_keys(session: SessionDep, who: PrincipalDep) -> list[KeyRead]:
    who.require("admin")
    return [_read(r) for r in auth.list_keys(session)]


@router.get("/{key_id}", response_model=KeyRead)
def get_key(key_id: str, session: SessionDep, who: PrincipalDep) -> KeyRead:
    who.require("admin")
    return _read(auth.get_key(session, key_id=key_id))


@router.delete("/{key_id}", status_code=204)
def revoke_key(key_id: str, session: SessionDep, rt: RuntimeDep, who: PrincipalDep, cache: AccessCacheDep) -> Response:
    who.require("admin")
    auth.revoke_key(session, key_id=key_id)
    provenance.record(session, rt.settings, "key.revoked", actor=who.key_id, data={"key_id": key_id})
    _commit(session, cache)
    return Response(status_code=204)


@router.post("/{key_id}/rotate", status_code=201, response_model=KeyCreated)
def rotate_key(
    key_id: str,
    session: SessionDep,
    rt: RuntimeDep,
    who: PrincipalDep,
    cache: AccessCacheDep,
    body: KeyRotate | None = None,
) -> KeyCreated:
    who.require("admin")
    new, token = auth.rotate_key(session, key_id=key_id, grace_seconds=body.grace_seconds if body else 0)
    provenance.record(
        session, rt.settings, "key.created", actor=who.key_id, data=_created_event(new, rotated_from=key_id)
    )
    provenance.record(
        session,
        rt.settings,
        "key.revoked",
        actor=who.key_id,
        data={"key_id": key_id, "rotated_to": new.id, "grace_seconds": body.grace_seconds if body else 0},
    )
    _commit(session, cache)
    return KeyCreated(**_read(new).model_dump(), key=token)
