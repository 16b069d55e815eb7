"""What a route may ask for, as `Annotated` aliases: the runtime, a DB session, the caller.

`PrincipalDep` reads the key from the route's session on every request. `CachedPrincipalDep` is the
same checks for async routes on the hot path (/v1/retrieve): the key comes from the `AccessCache`,
and only a miss reads the database, on a worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from celery import Celery
from fastapi import Depends, Header, Request
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.access_cache import AccessCache
from api.auth import KeyState, Principal, authenticate, bearer_hash, load_key_state
from api.ratelimit import RateLimiter
from common.errors import AuthError, ServiceUnavailable
from common.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


def get_access_cache(request: Request) -> AccessCache:
    return request.app.state.access_cache


def get_celery(request: Request) -> Celery:
    return request.app.state.celery


def get_session(rt: Annotated[Runtime, Depends(get_runtime)]) -> Iterator[Session]:
    session = rt.sessions()
    try:
        yield session
        session.commit()
    except OperationalError:
        session.rollback()
        raise ServiceUnavailable("the database is unavailable", code="service.unavailable") from None
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
CeleryDep = Annotated[Celery, Depends(get_celery)]
SessionDep = Annotated[Session, Depends(get_session)]
AccessCacheDep = Annotated[AccessCache, Depends(get_access_cache)]


def get_principal(
    request: Request, session: SessionDep, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    limiter: RateLimiter = request.app.state.limiter
    # Addresses are throttled before the key is checked, so guessing keys costs tokens too.
    limiter.check_address(request.client.host if request.client else "unknown")
    try:
        who = authenticate(session, authorization)
    except OperationalError:
        raise ServiceUnavailable("the database is unavailable", code="service.unavailable") from None
    limiter.check_key(who.key_id)
    return who


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def _load_key(rt: Runtime, cache: AccessCache, key_hash: str) -> KeyState:
    generation = cache.generation  # before the read: a change committed after it discards this fill
    try:
        with rt.sessions() as session:
            state = load_key_state(session, key_hash)
    except OperationalError:
        raise ServiceUnavailable("the database is unavailable", code="service.unavailable") from None
    if state is None:
        raise AuthError("unknown or revoked API key", code="auth.invalid_key")
    cache.put_key(key_hash, state, generation)
    return state


async def get_cached_principal(request: Request, authorization: Annotated[str | None, Header()] = None) -> Principal:
    """`get_principal` for async routes: same order (address throttled, key checked, key throttled)."""
    limiter: RateLimiter = request.app.state.limiter
    address = request.client.host if request.client else "unknown"
    # Redis-backed buckets do network I/O: never on the event loop.
    if limiter.local:
        limiter.check_address(address)
    else:
        await run_in_threadpool(limiter.check_address, address)
    key_hash = bearer_hash(authorization)
    cache: AccessCache = request.app.state.access_cache
    state = cache.key(key_hash)
    if state is None:
        state = await run_in_threadpool(_load_key, request.app.state.runtime, cache, key_hash)
    who = state.check()  # revocation and expiry times are checked on every request, cached or not
    if limiter.local:
        limiter.check_key(who.key_id)
    else:
        await run_in_threadpool(limiter.check_key, who.key_id)
    return who


CachedPrincipalDep = Annotated[Principal, Depends(get_cached_principal)]
