"""Database engine and sessions: SQLite embedded, PostgreSQL in production, same code."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from common.models import Base


def make_engine(url: str, *, sqlite_synchronous: str = "NORMAL") -> Engine:
    if sqlite_synchronous not in ("NORMAL", "FULL"):
        raise ValueError(f"sqlite_synchronous must be NORMAL or FULL, not {sqlite_synchronous!r}")
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            # WAL lets the inline worker thread write while the API reads.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            # NORMAL in WAL mode: a commit survives the process dying, an OS crash may roll back the
            # last transactions (never half of one, so the provenance chain stays whole). FULL fsyncs
            # every commit: ~half of /v1/retrieve's own time went into its audit record's fsync.
            cur.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


def create_schema(engine: Engine) -> None:
    import common.audit_models  # noqa: F401  (registers the provenance tables on Base)

    Base.metadata.create_all(engine)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
