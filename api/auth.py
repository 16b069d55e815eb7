"""API keys: minted once, stored as a sha256 hash, resolved into a Principal with a role and allowlist.

Keys are 256-bit random tokens, so a plain sha256 is enough to store them (no password
stretching needed) and lets lookups use an index.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from common.errors import AuthError, Forbidden, InvalidRequest, NotFound
from common.models import CLASSIFICATIONS, ROLES, ApiKey, utcnow
from retrieval.filters import SourceAllowlist

KEY_PREFIX = "hrk_"


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    role: str
    allowlist: SourceAllowlist

    def require(self, *roles: str) -> None:
        if self.role not in roles:
            raise Forbidden(f"a {self.role} key may not do this", code="auth.forbidden")


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def create_key(
    session: Session,
    *,
    role: str,
    name: str,
    sources: list[str],
    classifications: list[str] | None = None,
    expires_at: datetime | None = None,
) -> tuple[ApiKey, str]:
    if role not in ROLES:
        raise InvalidRequest(f"role must be one of {', '.join(ROLES)}")
    bad = set(classifications or ()) - set(CLASSIFICATIONS)
    if bad:
        raise InvalidRequest(f"unknown classification(s): {', '.join(sorted(bad))}")
    if expires_at is not None and _aware(expires_at) <= utcnow():
        raise InvalidRequest("expires_at must be in the future")
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(
        name=name,
        role=role,
        key_hash=hash_key(token),
        prefix=token[:10],
        sources=list(sources),
        classifications=sorted(set(classifications or ())),
        expires_at=expires_at,
    )
    session.add(row)
    session.flush()
    return row, token


def get_key(session: Session, *, key_id: str) -> ApiKey:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound("no such key", code="key.not_found")
    return row


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)))


def revoke_key(session: Session, *, key_id: str) -> ApiKey:
    row = get_key(session, key_id=key_id)
    now = utcnow()
    # A key in its rotation grace period is revoked now, not when the grace would have ended.
    if row.revoked_at is None or _aware(row.revoked_at) > now:
        row.revoked_at = now
    return row


def rotate_key(session: Session, *, key_id: str, grace_seconds: int = 0) -> tuple[ApiKey, str]:
    """A new key with the same role and allowlist; the old one stops working after the grace period."""
    old = get_key(session, key_id=key_id)
    if old.revoked_at is not None and _aware(old.revoked_at) <= utcnow():
        raise InvalidRequest("a revoked key cannot be rotated", code="key.revoked", status=409)
    new, token = create_key(
        session,
        role=old.role,
        name=old.name,
        sources=list(old.sources),
        classifications=list(old.classifications or ()),
        expires_at=old.expires_at,
    )
    old.revoked_at = utcnow() + timedelta(seconds=grace_seconds)
    old.rotated_to = new.id
    return new, token


def _aware(ts: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything we store is UTC.
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


@dataclass(frozen=True)
class KeyState:
    """What authentication needs of a key row: who it is, and when it stops working."""

    principal: Principal
    revoked_at: datetime | None
    expires_at: datetime | None

    def check(self, now: datetime | None = None) -> Principal:
        now = now or utcnow()
        if self.revoked_at is not None and self.revoked_at <= now:
            raise AuthError("unknown or revoked API key", code="auth.invalid_key")
        if self.expires_at is not None and self.expires_at <= now:
            raise AuthError("the API key has expired", code="auth.expired_key")
        return self.principal


def bearer_hash(authorization: str | None) -> str:
    """The stored hash of the key in an `Authorization: Bearer` header (refused when malformed)."""
    if not authorization:
        raise AuthError("missing Authorization: Bearer header", code="auth.missing_key")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthError("expected Authorization: Bearer <key>", code="auth.invalid_key")
    return hash_key(token)


def load_key_state(session: Session, key_hash: str) -> KeyState | None:
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash))
    if row is None:
        return None
    allow = (
        SourceAllowlist(everything=True)
        if row.role == "admin"
        else SourceAllowlist.from_stored(row.sources, row.classifications or ())
    )
    return KeyState(
        Principal(key_id=row.id, name=row.name, role=row.role, allowlist=allow),
        _aware(row.revoked_at) if row.revoked_at is not None else None,
        _aware(row.expires_at) if row.expires_at is not None else None,
    )


def authenticate(session: Session, authorization: str | None) -> Principal:
    state = load_key_state(session, bearer_hash(authorization))
    if state is None:
        raise AuthError("unknown or revoked API key", code="auth.invalid_key")
    return state.check()
