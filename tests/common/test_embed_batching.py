"""CoalescingEncoder: one model thread, concurrent callers merged into shared runs, in order."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from common.embed_batching import CoalescingEncoder
from common.embedding import Embedder, get_embedder


def _text_vectors(texts: list[str], _batch_size: int) -> np.ndarray:
    """A deterministic stand-in model: the vector of a text is its length and its first code point."""
    return np.array([[len(t), ord(t[0]) if t else 0] for t in texts], dtype=np.float32)


class GatedEncode:
    """Blocks each run until released, so a test can queue requests behind a running one."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.runs: list[list[str]] = []
        self.threads: set[str] = set()

    def __call__(self, texts: list[str], batch_size: int) -> np.ndarray:
        self.threads.add(threading.current_thread().name)
        self.runs.append(list(texts))
        self.started.set()
        self.release.wait(10)
        return _text_vectors(texts, batch_size)


def test_results_come_back_in_order_for_each_caller() -> None:
    enc = CoalescingEncoder(_text_vectors, 2, max_texts=3)
    texts = [f"{'x' * i}{chr(65 + i)}" for i in range(10)]
    out = enc.encode(texts, 32)
    assert out.tolist() == _text_vectors(texts, 32).tolist()
    assert enc.runs == 4  # 10 texts in runs of at most 3
    assert enc.encode([], 32).shape == (0, 2)


def test_concurrent_callers_share_runs_and_queries_go_first() -> None:
    gate = GatedEncode()
    enc = CoalescingEncoder(gate, 2, max_texts=8)
    with ThreadPoolExecutor(4) as pool:
        first = pool.submit(enc.encode, ["a" * 3], 32)
        assert gate.started.wait(5)  # the model thread is busy with the first request
        docs = [pool.submit(enc.encode, [f"d{i}-{j}" for j in range(6)], 32) for i in range(2)]
        query = pool.submit(enc.encode, ["q"], 1)
        _wait_queued(enc, 3)
        gate.release.set()
        results = [first.result(5), *(d.result(5) for d in docs), query.result(5)]
    assert gate.runs[1][0] == "q"  # the query was queued last but taken first
    assert len(gate.runs) == 3  # 1 + (1 query + 12 doc texts in runs of 8)
    assert results[3].tolist() == [[1, ord("q")]]
    for i, got in enumerate(results[1:3]):
        assert got.tolist() == _text_vectors([f"d{i}-{j}" for j in range(6)], 32).tolist()
    assert gate.threads == {"hardrag-embed"}


def _wait_queued(enc: CoalescingEncoder, n: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with enc._cond:
            if len(enc._pending) >= n:
                return
        time.sleep(0.005)
    raise AssertionError(f"{n} requests never queued")


def test_a_failed_run_fails_its_callers_and_the_thread_goes_on() -> None:
    calls = []

    def flaky(texts: list[str], batch_size: int) -> np.ndarray:
        calls.append(texts)
        if len(calls) == 1:
            raise RuntimeError("model blew up")
        return _text_vectors(texts, batch_size)

    enc = CoalescingEncoder(flaky, 2)
    with pytest.raises(RuntimeError, match="model blew up"):
        enc.encode(["a", "b"], 32)
    assert enc.encode(["ccc"], 32).tolist() == [[3, ord("c")]]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")
def test_a_forked_child_gets_its_own_model_thread() -> None:
    enc = CoalescingEncoder(_text_vectors, 2)
    enc.encode(["parent"], 32)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: the parent's thread does not exist here
        try:
            ok = enc.encode(["child!"], 32).tolist() == [[6, ord("c")]]
        finally:
            os.write(write, b"1" if ok else b"0")
            os._exit(0)
    os.close(write)
    assert os.read(read, 1) == b"1"
    os.waitpid(pid, 0)


def test_embedder_concurrent_calls_equal_serial_calls() -> None:
    emb: Embedder = get_embedder(backend="torch")
    docs = [
        [f"Document {d} paragraph {i} about {topic}." for i in range(5)]
        for d, topic in enumerate(("pumps", "valves", "tariffs", "rivers", "compilers", "glaciers"))
    ]
    serial = [emb.embed_texts(d) for d in docs]
    runs_before = emb.model_runs
    with ThreadPoolExecutor(len(docs)) as pool:
        together = list(pool.map(emb.embed_texts, docs))
    for a, b in zip(serial, together, strict=True):
        assert np.allclose(a, b, atol=1e-5)
    assert emb.model_runs - runs_before <= len(docs)


def test_several_runners_drain_one_queue_and_keep_order() -> None:
    gate = GatedEncode()
    enc = CoalescingEncoder(gate, 2, max_texts=4, runners=2)
    texts = [f"{'y' * i}{chr(97 + i % 26)}" for i in range(11)]
    with ThreadPoolExecutor(1) as pool:
        fut = pool.submit(enc.encode, texts, 32)
        assert gate.started.wait(5)
        _wait_runs(gate, 2)  # both runners hold a slice of the one request at once
        gate.release.set()
        out = fut.result(5)
    assert out.tolist() == _text_vectors(texts, 32).tolist()
    assert enc.runs == 3 and len(gate.threads) == 1  # both threads are named hardrag-embed


def _wait_runs(gate: GatedEncode, n: int) -> None:
    deadline = time.monotonic() + 5
    while len(gate.runs) < n:
        assert time.monotonic() < deadline, f"{n} concurrent runs never started"
        time.sleep(0.005)
