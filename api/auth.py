"""API keys: minted once, stored as a sha256 hash, resolved into a Principal with a role and allowlist.

Keys are 256-bit random tokens, so a plain sha256 is enough to store them (no password
stretching needed) and lets lookups use an index.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from common.errors import AuthError, Forbidden, InvalidRequest
from common.models import ROLES, ApiKey
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


def create_key(session: Session, *, role: str, name: str, sources: list[str]) -> tuple[ApiKey, str]:
    if role not in ROLES:
        raise InvalidRequest(f"role must be one of {', '.join(ROLES)}")
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name, role=role, key_hash=hash_key(token), prefix=token[:10], sources=list(sources))
    session.add(row)
    session.flush()
    return row, token


def authenticate(session: Session, authorization: str | None) -> Principal:
    if not authorization:
        raise AuthError("missing Authorization: Bearer header", code="auth.missing_key")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthError("expected Authorization: Bearer <key>", code="auth.invalid_key")
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(token)))
    if row is None or row.revoked_at is not None:
        raise AuthError("unknown or revoked API key", code="auth.invalid_key")
    allow = SourceAllowlist(everything=True) if row.role == "admin" else SourceAllowlist.from_stored(row.sources)
    return Principal(key_id=row.id, name=row.name, role=row.role, allowlist=allow)
