"""The benchmarks' scratch PostgreSQL databases: a bench killed before it drops its database leaves
nothing behind for good, because the next one drops this host's databases whose process has gone."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from bench._common import ScratchPostgres, _host_tag
from tests.conftest import POSTGRES_URL, require_service

ADMIN = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")


def _databases(conn: Any) -> set[str]:
    rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE 'hardrag_bench_%'").fetchall()
    return {name for (name,) in rows}


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_orphans_of_this_host_are_dropped_and_nothing_else() -> None:
    require_service("PostgreSQL", "127.0.0.1", 5432)
    psycopg = pytest.importorskip("psycopg")
    prefix = ScratchPostgres.PREFIX
    orphan = f"{prefix}{_host_tag()}_{_dead_pid()}_dead"
    alive = f"{prefix}{_host_tag()}_{1}_alive"  # pid 1 always runs
    other_tag = "ffffffff" if _host_tag() != "ffffffff" else "00000000"
    other_host = f"{prefix}{other_tag}_{_dead_pid()}_elsewhere"  # its pid means nothing on this host
    foreign = f"{prefix}manual_copy"
    made = [orphan, alive, other_host, foreign]
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        for name in made:
            conn.execute(f'CREATE DATABASE "{name}"')
    scratch = None
    try:
        scratch = ScratchPostgres(ADMIN)
        assert orphan in scratch.swept
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            left = _databases(conn)
        assert orphan not in left
        assert {alive, other_host, foreign, scratch.name} <= left
        scratch.drop()
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            assert scratch.name not in _databases(conn)
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            for name in [*made, *([scratch.name] if scratch else [])]:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
