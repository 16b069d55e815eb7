"""Appends from several processes and threads at once, each with its own connections: one unbroken chain."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import pytest

from tests.provenance._writer import append_many
from tests.provenance.conftest import Log, make_settings

PROCESSES, THREADS, EACH = 4, 4, 15


def _run(log: Log, url: str | None) -> None:
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=append_many, args=(url, str(log.settings.data_dir), w, EACH, 7)) for w in range(PROCESSES)
    ]
    threads = [
        threading.Thread(target=append_many, args=(url, str(log.settings.data_dir), 100 + w, EACH, 7))
        for w in range(THREADS)
    ]
    for p in procs:
        p.start()
    for t in threads:
        t.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    for t in threads:
        t.join(120)


def _check(log: Log) -> None:
    total = (PROCESSES + THREADS) * EACH
    v = log.verify()
    assert v.ok, v.first_bad
    assert v.size == v.checked == total
    assert v.checkpoints == total // 7
    seqs = [r.seq for r in log.sql("SELECT seq FROM provenance_events ORDER BY seq")]
    assert seqs == list(range(1, total + 1))
    assert log.sql("SELECT count(DISTINCT id) AS n FROM provenance_events")[0].n == total
    head = log.sql("SELECT seq, hash FROM provenance_head")
    assert len(head) == 1 and head[0].seq == total


@pytest.mark.postgres
def test_concurrent_appends_on_postgres(pg_url: str, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, pg_url, checkpoint_every=7)
    log = Log(settings)  # creates the schema before the writers race
    try:
        _run(log, pg_url)
        _check(log)
    finally:
        log.engine.dispose()


def test_concurrent_appends_on_sqlite(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, None, checkpoint_every=7)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    log = Log(settings)
    try:
        _run(log, None)
        _check(log)
    finally:
        log.engine.dispose()
