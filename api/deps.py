"""What a route may ask for, as `Annotated` aliases: the runtime, a DB session, the caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from celery import Celery
from fastapi import Depends, Header, Request
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from api.auth import Principal, authenticate
from api.ratelimit import RateLimiter
from common.errors import ServiceUnavailable
from common.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


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
