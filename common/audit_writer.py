"""`AuditWriter`: appends provenance events on one background thread, many per transaction.

Why: writing and committing the `retrieval.served` record inside each `/v1/retrieve` cost about
2 ms of the request (bench/retrieval.py); a batch of records costs about as much as one. The
records are the same as `audit.record` writes (`audit.record_many`, one head lock per batch), so
the hash chain stays serial and intact: one writer thread per process, and the head row
serialises it with every other appender, in this process or another.

Guarantees:
* nothing is dropped silently: a record leaves the queue only once its transaction committed; a
  failed write is retried (logged) with the records still queued;
* bounded: at most `max_pending` records wait; `submit` blocks while the queue is full and raises
  `ServiceUnavailable` after `wait_seconds`, so a request is refused rather than served without
  its record when the database cannot keep up; while the last write failed (database down),
  `submit` refuses at once, so an outage does not pile up records that only memory holds;
* a record is written at most `linger_seconds` after it was submitted while the database answers;
  `flush` waits for everything submitted so far; `close` (shutdown) writes everything first and
  logs, with a count, any record it could not write;
* after `close`, `submit` writes the record itself, in its own transaction.
A process that dies without `close` (SIGKILL, OOM, power loss) loses the records still queued:
those submitted in the last `linger_seconds` plus the duration of the write in flight, at most
`max_pending` (and with `synchronous=NORMAL` an OS crash may also roll back the last commits).
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading
import time
import uuid
from collections import deque

from sqlalchemy.orm import Session, sessionmaker

from common import audit
from common.errors import ServiceUnavailable
from common.settings import Settings

log = logging.getLogger(__name__)

MAX_BATCH = 500  # records per transaction: keeps the head lock short for other appenders
_BACKOFF = (0.05, 0.1, 0.2, 0.5, 1.0)  # seconds between retries of a failed write


class AuditWriter:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        *,
        max_pending: int,
        linger_seconds: float,
        wait_seconds: float = 5.0,
    ) -> None:
        if max_pending < 1:
            raise ValueError("max_pending must be at least 1")
        self._sessions = sessions
        self._settings = settings
        self.max_pending = max_pending
        self.linger_seconds = max(0.0, linger_seconds)
        self.wait_seconds = wait_seconds
        self._cond = threading.Condition()
        self._queue: deque[tuple[audit.Event, float]] = deque()  # (event, monotonic time submitted)
        self._submitted = 0  # records accepted so far
        self._written = 0  # records committed so far (always the oldest ones: the queue is FIFO)
        self._urgent = 0  # a flush() waits for the records up to this count
        self._failures = 0  # consecutive failed writes
        self._closed = False
        self._thread: threading.Thread | None = None

    # ---- callers ----

    def submit(self, event: audit.Event) -> None:
        """Queue one event; blocks while the queue is full, up to `wait_seconds`, then refuses."""
        with self._cond:
            if self._failures and not self._closed:
                # The database is refusing the log: answer 503 now, as a synchronous write would, rather
                # than serve retrievals whose records only this process's memory holds.
                raise ServiceUnavailable("the provenance log cannot be written; try again", code="service.unavailable")
            if not self._closed:
                self._start_locked()
                deadline = time.monotonic() + self.wait_seconds
                while len(self._queue) >= self.max_pending and not self._closed:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise ServiceUnavailable(
                            "the provenance log is not keeping up; try again", code="service.unavailable"
                        )
                    self._cond.wait(left)
            if event.event_id is None:  # fixed before the first attempt, so a retry cannot duplicate it
                event = dataclasses.replace(event, event_id=str(uuid.uuid4()))
            if not self._closed:
                self._queue.append((event, time.monotonic()))
                self._submitted += 1
                self._cond.notify_all()
                return
        # Shut down: no writer thread any more, so this record is written here and now.
        with self._sessions.begin() as s:
            audit.record_many(s, self._settings, [event])

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every record submitted before this call is committed; False on timeout."""
        with self._cond:
            target = self._submitted
            if self._written >= target:
                return True
            self._urgent = max(self._urgent, target)
            self._cond.notify_all()  # cut the writer's linger short
            return self._cond.wait_for(lambda: self._written >= target, timeout)

    @property
    def failing(self) -> bool:
        """The last write failed (it is being retried); new records are refused until one succeeds."""
        with self._cond:
            return self._failures > 0

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._queue)

    def close(self, timeout: float = 30.0) -> None:
        """Write everything queued, then stop the thread; records it could not write are logged."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
        with self._cond:
            lost = len(self._queue)
        if lost:
            log.error("provenance writer stopped with %d records unwritten (the database did not answer)", lost)

    # ---- the writer thread ----

    def _start_locked(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hardrag-audit", daemon=True)
            self._thread.start()

    def _ready_locked(self) -> bool:
        """Write now: shutting down, a full batch, or someone flushing."""
        return self._closed or len(self._queue) >= min(self.max_pending, MAX_BATCH) or self._urgent > self._written

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._closed)
                if not self._queue:
                    return  # closed, and everything is written
                # Linger so that records arriving together share one transaction.
                deadline = self._queue[0][1] + self.linger_seconds
                while not self._ready_locked():
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
                batch = [ev for ev, _ in itertools.islice(self._queue, MAX_BATCH)]
            try:
                with self._sessions.begin() as s:
                    audit.record_many(s, self._settings, batch)
            except Exception:
                if not self._committed_anyway(batch):
                    with self._cond:
                        self._failures += 1
                        failures, closed = self._failures, self._closed
                    log.exception("provenance writer: writing %d records failed (attempt %d)", len(batch), failures)
                    if closed and failures > len(_BACKOFF):
                        return  # shutting down and the database stays away: close() reports the count
                    time.sleep(_BACKOFF[min(failures, len(_BACKOFF)) - 1])
                    continue
            with self._cond:
                for _ in batch:
                    self._queue.popleft()
                self._written += len(batch)
                self._failures = 0
                self._cond.notify_all()

    def _committed_anyway(self, batch: list[audit.Event]) -> bool:
        """A commit whose answer was lost (a dropped connection) may have landed: retrying it would
        append the same event ids again, which their unique index refuses forever."""
        try:
            with self._sessions() as s:
                return audit.count_events(s, [ev.event_id for ev in batch if ev.event_id]) == len(batch)
        except Exception:
            return False
