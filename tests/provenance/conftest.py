"""Provenance fixtures: a log on SQLite or on PostgreSQL in a schema of its own, dropped afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from common import audit
from common.db import create_schema, make_engine, make_session_factory
from common.settings import Settings
from tests.conftest import POSTGRES_URL, require_service
from trust.provenance import Verdict


def pg_schema_url(schema: str) -> str:
    return POSTGRES_URL + ("&" if "?" in POSTGRES_URL else "?") + f"options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL schema (unique name, so parallel runs never collide) as a database URL."""
    require_service("PostgreSQL", "127.0.0.1", 5432)
    schema = f"prov_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


class Log:
    """A provenance log on a real database, with raw SQL access for tampering."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine: Engine = make_engine(settings.resolved_database_url)
        create_schema(self.engine)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine)

    def append(self, n: int, **kw: Any) -> list[audit.Appended]:
        out = []
        for _ in range(n):
            with self.sessions.begin() as s:
                i = len(out)
                out.append(
                    audit.record(
                        s,
                        self.settings,
                        kw.get("type_", "source.created"),
                        actor="key-1",
                        source_id=f"src-{i}",
                        chunk_ids=[f"chunk-{i}"] if i % 2 else [],
                        data={"name": f"name-{i}", "score": 0.25},
                    )
                )
        return out

    def verify(self, **kw: Any) -> Verdict:
        with self.sessions() as s:
            return audit.verify(s, self.settings, **kw)

    def sql(self, statement: str, **params: Any) -> list[Any]:
        with self.engine.begin() as conn:
            result = conn.execute(text(statement), params)
            return list(result) if result.returns_rows else []

    def row(self, seq: int) -> Any:
        cols = "seq, id, body, prev_hash, hash"
        return self.sql(f"SELECT {cols} FROM provenance_events WHERE seq = :s", s=seq)[0]


def make_settings(tmp_path: Path, url: str | None = None, **kw: Any) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=url, _env_file=None, **kw)  # type: ignore[call-arg]


@pytest.fixture(params=["sqlite", "postgres"])
def log(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Log]:
    """The same log on each database; checkpoints every 4 records."""
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    settings = make_settings(tmp_path, url, checkpoint_every=4)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    lg = Log(settings)
    yield lg
    lg.engine.dispose()
