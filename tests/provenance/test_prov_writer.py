"""The background provenance writer: serial and unbroken chain, bounded, nothing dropped, flushed on close."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from common import audit
from common.audit_writer import AuditWriter
from common.errors import ServiceUnavailable
from tests.provenance.conftest import Log


def _served(i: int, **kw: object) -> audit.Event:
    return audit.Event("retrieval.served", actor="app-key", chunk_ids=(f"chunk-{i}",), data={"i": i}, **kw)


def _bodies(log: Log) -> list[dict]:
    with log.sessions() as s:
        events, _ = audit.list_events(s, audit.EventQuery(types=("retrieval.served",), limit=1000))
    return events


def test_concurrent_submits_make_one_unbroken_chain(log: Log) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=3, linger_seconds=0.01)
    log.append(2)  # a synchronous appender's records before and during the writer's
    threads = [
        threading.Thread(target=lambda w=w: [writer.submit(_served(100 * w + i)) for i in range(25)]) for w in range(4)
    ]
    for t in threads:
        t.start()
    log.append(3)
    for t in threads:
        t.join(60)
    writer.close()
    v = log.verify()
    assert v.ok, v.first_bad
    assert v.size == 105 and v.checkpoints == 105 // 4
    served = _bodies(log)
    assert sorted(e["data"]["i"] for e in served) == sorted(100 * w + i for w in range(4) for i in range(25))
    # Each thread's records keep the order it submitted them in.
    for w in range(4):
        mine = [e["data"]["i"] for e in served if e["data"]["i"] // 100 == w]
        assert mine == sorted(mine)
    assert writer.pending == 0


def test_close_writes_what_is_queued_and_later_submits_write_themselves(log: Log) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=100, linger_seconds=60)
    for i in range(5):
        writer.submit(_served(i))
    assert _bodies(log) == []  # still lingering: nothing written yet
    writer.close()
    assert [e["data"]["i"] for e in _bodies(log)] == [0, 1, 2, 3, 4]
    writer.submit(_served(5))  # after shutdown: written before submit returns
    assert [e["data"]["i"] for e in _bodies(log)] == [0, 1, 2, 3, 4, 5]
    assert log.verify().ok


def test_flush_cuts_the_linger_short(log: Log) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=100, linger_seconds=60)
    try:
        writer.submit(_served(1))
        t = time.monotonic()
        assert writer.flush(timeout=10)
        assert time.monotonic() - t < 5
        assert [e["data"]["i"] for e in _bodies(log)] == [1]
    finally:
        writer.close()


def test_the_served_time_is_the_recorded_time(log: Log) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=10, linger_seconds=0)
    served_at = datetime.now(UTC) - timedelta(seconds=3)
    writer.submit(_served(1, ts=served_at))
    writer.close()
    (event,) = _bodies(log)
    assert event["ts"] == served_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.mark.parametrize("log", ["sqlite"], indirect=True)  # holds SQLite's write lock from another connection
def test_a_full_queue_refuses_instead_of_dropping(log: Log) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=2, linger_seconds=0, wait_seconds=0.3)
    blocker = sqlite3.connect(log.settings.data_dir / "hardrag.db", timeout=30)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # the writer's transaction now waits for this lock
        writer.submit(_served(1))
        writer.submit(_served(2))
        t = time.monotonic()
        with pytest.raises(ServiceUnavailable):
            writer.submit(_served(3))  # the caller hears it: no record is silently lost
        assert time.monotonic() - t >= 0.25
        assert writer.pending == 2 and not writer.failing
        blocker.rollback()
        assert writer.flush(timeout=30)
    finally:
        blocker.close()
        writer.close()
    assert [e["data"]["i"] for e in _bodies(log)] == [1, 2]
    assert log.verify().ok


# Renames a table under the writer: only SQLite lets a test do that without disturbing other sessions.
@pytest.mark.parametrize("log", ["sqlite"], indirect=True)
def test_a_failed_write_is_retried_and_refuses_new_records_meanwhile(log: Log) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=10, linger_seconds=0)
    try:
        log.sql("ALTER TABLE provenance_head RENAME TO provenance_head_away")  # every write now fails
        writer.submit(_served(1))
        deadline = time.monotonic() + 10
        while not writer.failing:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        with pytest.raises(ServiceUnavailable):
            writer.submit(_served(2))  # refused at once while the log cannot be written
        log.sql("ALTER TABLE provenance_head_away RENAME TO provenance_head")
        assert writer.flush(timeout=20)
        writer.submit(_served(3))  # accepted again
    finally:
        writer.close()
    assert [e["data"]["i"] for e in _bodies(log)] == [1, 3]
    assert log.verify().ok


# Renames a table under the writer: only SQLite lets a test do that without disturbing other sessions.
@pytest.mark.parametrize("log", ["sqlite"], indirect=True)
def test_records_unwritten_at_close_are_reported(log: Log, caplog: pytest.LogCaptureFixture) -> None:
    writer = AuditWriter(log.sessions, log.settings, max_pending=10, linger_seconds=0)
    log.sql("ALTER TABLE provenance_head RENAME TO provenance_head_away")
    try:
        writer.submit(_served(1))
        writer.close(timeout=30)
    finally:
        log.sql("ALTER TABLE provenance_head_away RENAME TO provenance_head")
    assert writer.pending == 1
    assert any("1 records unwritten" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")


def test_a_commit_that_landed_is_not_written_twice(log: Log) -> None:
    """An event id already in the log (a commit whose answer was lost) is taken as written."""
    writer = AuditWriter(log.sessions, log.settings, max_pending=10, linger_seconds=0)
    event = _served(1, event_id="0b6c2d52-3a1e-4c8e-9d5a-1f2e3d4c5b6a")
    with log.sessions.begin() as s:
        audit.record_many(s, log.settings, [event])
    writer.submit(event)  # the same id again: the insert fails on the unique id, and nothing repeats
    assert writer.flush(timeout=20)
    writer.close()
    assert len(_bodies(log)) == 1 and log.verify().ok
    with log.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM provenance_events")).scalar() == 1
