"""`CoalescingEncoder`: one thread per process runs the model; concurrent callers share its batches.

Why one thread: OpenMP keeps a thread team, and oneDNN its primitive caches, per calling thread.
torch called from whichever of a web server's pool threads serves a request paid ~10 ms more per
query under uvicorn (bench/retrieval.py) than torch called from one long-lived thread, and two
threads encoding at once oversubscribe the cores.

Why coalescing: a document yields ~10 chunks, and bf16 MiniLM spent 10-12 ms per chunk on such
document-sized batches against 6.5 ms on batches of 32 (bench/ingest.py's corpus). When several
ingest jobs (worker threads) or queries wait at once, their texts go through the model together.
Small requests (queries) are taken first, and one run takes at most `max_texts`, so a query
waits behind at most one bounded run, not behind a whole large document.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

import numpy as np

SMALL_REQUEST = 4  # texts; a query, or a tiny document: served before larger requests


@dataclass(eq=False)
class _Request:
    texts: Sequence[str]
    batch_size: int
    out: np.ndarray
    future: Future[np.ndarray] = field(default_factory=Future)
    taken: int = 0  # texts handed to a run so far
    done: int = 0  # texts whose vectors are in `out`


class CoalescingEncoder:
    """Runs `encode(texts, batch_size) -> (n, dim) array` on one thread, merging queued requests."""

    def __init__(
        self,
        encode: Callable[[list[str], int], np.ndarray],
        dim: int,
        *,
        max_texts: int = 64,
        on_start: Callable[[], None] | None = None,
        runners: int = 1,
    ) -> None:
        self._encode = encode
        self._dim = dim
        self._max_texts = max(1, max_texts)
        self._on_start = on_start
        self._runners = max(1, runners)  # model threads draining the one queue
        self._pid = -1
        self._cond = threading.Condition()
        self._pending: list[_Request] = []
        self._threads: list[threading.Thread] = []
        self.runs = 0  # model runs so far (tests and benchmarks read it)

    def encode(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        """Vectors of `texts` in order; blocks until they are computed. Raises what `encode` raised."""
        req = _Request(texts, batch_size, np.zeros((len(texts), self._dim), dtype=np.float32))
        if not texts:
            return req.out
        with self._live():
            self._pending.append(req)
            self._cond.notify()
        return req.future.result()

    def _live(self) -> threading.Condition:
        # A forked child (Celery prefork) inherits neither the thread nor a usable lock state.
        if self._pid != os.getpid():
            self._cond = threading.Condition()
            self._pending = []
            self._threads = [
                threading.Thread(target=self._loop, name="hardrag-embed", daemon=True) for _ in range(self._runners)
            ]
            self._pid = os.getpid()
            for t in self._threads:
                t.start()
        return self._cond

    def _take(self) -> list[tuple[_Request, int, int]]:
        """Slices (request, start, end) for the next run: small requests first, then oldest first."""
        budget = self._max_texts
        plan: list[tuple[_Request, int, int]] = []
        by_size = sorted(self._pending, key=lambda r: len(r.texts) - r.taken > SMALL_REQUEST)  # stable: FIFO
        for req in by_size:
            if budget == 0:
                break
            n = min(len(req.texts) - req.taken, budget)
            plan.append((req, req.taken, req.taken + n))
            req.taken += n
            budget -= n
            if req.taken == len(req.texts):
                self._pending.remove(req)
        return plan

    def _loop(self) -> None:
        if self._on_start is not None:
            self._on_start()
        while True:
            with self._cond:
                while not self._pending:
                    self._cond.wait()
                plan = self._take()
                if self._pending:  # more than one run's worth queued: wake another runner for it
                    self._cond.notify()
            texts = [t for req, start, end in plan for t in req.texts[start:end]]
            batch_size = max(req.batch_size for req, _, _ in plan)
            try:
                vectors = self._encode(texts, batch_size)
            except BaseException as exc:  # handed to every caller of this run
                self._fail(plan, exc)
                continue
            at = 0
            for req, start, end in plan:
                req.out[start:end] = vectors[at : at + end - start]
                at += end - start
            with self._cond:  # several runners may finish slices of one request
                self.runs += 1
                for req, start, end in plan:
                    req.done += end - start
                    if req.done == len(req.texts) and not req.future.done():
                        req.future.set_result(req.out)

    def _fail(self, plan: list[tuple[_Request, int, int]], exc: BaseException) -> None:
        with self._cond:
            for req, _, _ in plan:
                if req in self._pending:  # the rest of a partly taken request is not run either
                    self._pending.remove(req)
                if not req.future.done():
                    req.future.set_exception(exc)
