"""The vector-index seam, the same tests over both engines.

`edge`: the embedded Qdrant Edge shard in a tmp folder. `server`: the server adapter driven
through qdrant-client's local mode, which answers the same calls as a Qdrant server.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from qdrant_client import QdrantClient

from common.errors import ServiceUnavailable
from common.vectors import (
    CLASSIFICATION,
    DOCUMENT_ID,
    QUARANTINED,
    SOURCE_ID,
    SOURCE_QUARANTINED,
    TRUST,
    EdgeVectorIndex,
    QdrantServerIndex,
    SearchFilter,
    VectorIndex,
    VectorIndexFailed,
    VectorIndexUnavailable,
    VectorPoint,
    open_vector_index,
)

DIM = 8
pytestmark = [  # qdrant-client local mode (the server adapter's stand-in) says what it ignores
    pytest.mark.filterwarnings("ignore:Payload indexes have no effect:UserWarning"),
    pytest.mark.filterwarnings("ignore:Local mode performs exact:UserWarning"),
]
Factory = Callable[[], VectorIndex]


def vec(seed: int) -> list[float]:
    v = np.random.default_rng(seed).standard_normal(DIM)
    return (v / np.linalg.norm(v)).tolist()


def point(
    source: str, doc: str, seed: int, *, trust: float = 0.9, quarantined: bool = False, pid: str | None = None
) -> VectorPoint:
    payload: dict[str, Any] = {
        SOURCE_ID: source,
        DOCUMENT_ID: doc,
        "chunk_index": seed,
        CLASSIFICATION: "internal",
        TRUST: trust,
        QUARANTINED: quarantined,
        "text": f"chunk {seed} of {doc}",
        "findings": {"injection": 0, "secret": 1},
    }
    return VectorPoint(id=pid or str(uuid.uuid4()), vector=vec(seed), payload=payload)


@pytest.fixture(params=["edge", "server"])
def make_index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Factory]:
    opened: list[VectorIndex] = []
    clients: list[QdrantClient] = []

    def factory() -> VectorIndex:
        if request.param == "edge":
            index: VectorIndex = EdgeVectorIndex(tmp_path / "shard", dim=DIM)
        else:
            client = QdrantClient(location=":memory:")
            clients.append(client)
            index = QdrantServerIndex(client, collection="chunks", dim=DIM)
        opened.append(index)
        return index

    yield factory
    for index in opened:
        index.close()
    for client in clients:
        client.close()


@pytest.fixture
def index(make_index: Factory) -> VectorIndex:
    return make_index()


def ids(hits: list[Any]) -> set[str]:
    return {h.id for h in hits}


def test_is_a_vector_index(index: VectorIndex) -> None:
    assert isinstance(index, VectorIndex)


def test_filter_is_honoured(index: VectorIndex) -> None:
    good = [point("a", "d1", i) for i in range(5)]
    foreign = [point("b", "d2", 100 + i) for i in range(5)]
    low = point("a", "d3", 200, trust=0.2)
    quarantined = point("a", "d3", 201, quarantined=True)
    index.upsert([*good, *foreign, low, quarantined])
    # query with the foreign points' own vectors: they would be the best matches if allowed
    for p in foreign:
        hits = index.search(p.vector, flt=SearchFilter(frozenset({"a"}), min_trust=0.5), limit=20)
        assert ids(hits) == {g.id for g in good}
        assert all(h.payload[SOURCE_ID] == "a" and h.payload[TRUST] >= 0.5 for h in hits)
    hits = index.search(low.vector, flt=SearchFilter(frozenset({"a"})), limit=20)
    assert ids(hits) == {g.id for g in good} | {low.id}  # min_trust 0 admits low trust, never quarantine
    assert quarantined.id not in ids(index.search(quarantined.vector, flt=SearchFilter(frozenset({"a"})), limit=1))
    both = index.search(good[0].vector, flt=SearchFilter(frozenset({"a", "b"}), min_trust=0.5), limit=20)
    assert ids(both) == {p.id for p in good + foreign}


def test_hits_are_ranked_by_cosine_with_payload(index: VectorIndex) -> None:
    pts = [point("a", "d1", i) for i in range(30)]
    index.upsert(pts)
    q = vec(999)
    hits = index.search(q, flt=SearchFilter(frozenset({"a"})), limit=5)
    expected = sorted(pts, key=lambda p: -float(np.dot(q, p.vector)))[:5]
    assert [h.id for h in hits] == [p.id for p in expected]
    assert math.isclose(hits[0].score, float(np.dot(q, expected[0].vector)), abs_tol=1e-4)
    assert hits[0].payload["findings"] == {"injection": 0, "secret": 1}
    assert hits[0].payload[SOURCE_QUARANTINED] is False  # filled in by upsert


def test_selective_filter_returns_every_existing_hit(index: VectorIndex) -> None:
    pts = [point(f"s{i % 100}", f"d{i}", i) for i in range(1000)]
    index.upsert(pts)
    hits = index.search(vec(5), flt=SearchFilter(frozenset({"s7"})), limit=20)
    assert ids(hits) == {p.id for p in pts if p.payload[SOURCE_ID] == "s7"}  # all 10 of them


def test_source_quarantine_hides_and_unhides(index: VectorIndex) -> None:
    a = [point("a", "d1", i) for i in range(3)]
    b = [point("b", "d2", 10 + i) for i in range(3)]
    index.upsert(a + b)
    flt = SearchFilter(frozenset({"a", "b"}))
    index.set_source_state("a", quarantined=True)
    assert ids(index.search(a[0].vector, flt=flt, limit=10)) == {p.id for p in b}
    assert index.count(source_id="a") == 3  # kept, not served
    index.set_source_state("a", quarantined=False, classification="restricted")
    hits = index.search(a[0].vector, flt=flt, limit=10)
    assert ids(hits) == {p.id for p in a + b}
    assert {h.payload[CLASSIFICATION] for h in hits if h.payload[SOURCE_ID] == "a"} == {"restricted"}
    assert {h.payload[CLASSIFICATION] for h in hits if h.payload[SOURCE_ID] == "b"} == {"internal"}
    index.set_source_state("a")  # nothing to change: a no-op


def test_empty_allowlist_and_zero_limit_return_nothing(index: VectorIndex) -> None:
    index.upsert([point("a", "d1", 1)])
    assert index.search(vec(1), flt=SearchFilter(frozenset()), limit=5) == []
    assert index.search(vec(1), flt=SearchFilter(frozenset({"a"})), limit=0) == []


def test_upsert_is_idempotent_by_id(index: VectorIndex) -> None:
    pid = str(uuid.uuid4())
    index.upsert([point("a", "d1", 1, pid=pid)])
    index.upsert([point("a", "d1", 1, pid=pid.upper(), trust=0.3)])  # same UUID, other spelling
    index.upsert([point("a", "d1", 2, pid=pid, trust=0.4), point("a", "d1", 3, pid=pid, trust=0.5)])
    assert index.count() == 1
    (hit,) = index.search(vec(3), flt=SearchFilter(frozenset({"a"})), limit=5)
    assert hit.id == pid and hit.payload[TRUST] == 0.5  # last write wins, vector replaced too
    assert math.isclose(hit.score, 1.0, abs_tol=1e-4)


def test_points_are_searchable_at_once(index: VectorIndex) -> None:
    flt = SearchFilter(frozenset({"a"}))
    for i in range(20):
        p = point("a", f"d{i}", i)
        index.upsert([p])
        assert index.search(p.vector, flt=flt, limit=1)[0].id == p.id


def test_delete_document_and_source(index: VectorIndex) -> None:
    index.upsert([point("a", "d1", i) for i in range(4)] + [point("a", "d2", 10 + i) for i in range(3)])
    index.upsert([point("b", "d3", 20 + i) for i in range(2)])
    assert (index.count(), index.count(source_id="a"), index.count(document_id="d1")) == (9, 7, 4)
    assert index.count(source_id="a", document_id="d3") == 0
    index.delete_document("d1")
    assert (index.count(), index.count(source_id="a"), index.count(document_id="d1")) == (5, 3, 0)
    assert all(
        h.payload[DOCUMENT_ID] == "d2" for h in index.search(vec(1), flt=SearchFilter(frozenset({"a"})), limit=9)
    )
    index.delete_source("a")
    assert (index.count(), index.count(source_id="a")) == (2, 0)
    assert index.search(vec(1), flt=SearchFilter(frozenset({"a"})), limit=9) == []
    index.delete_source("missing")  # deleting nothing is fine
    assert index.count() == 2


@pytest.mark.parametrize(
    "bad",
    [
        VectorPoint("not-a-uuid", vec(1), {SOURCE_ID: "a", DOCUMENT_ID: "d", TRUST: 1.0}),
        VectorPoint(str(uuid.uuid4()), [1.0, 0.0], {SOURCE_ID: "a", DOCUMENT_ID: "d", TRUST: 1.0}),
        VectorPoint(str(uuid.uuid4()), [math.nan] * DIM, {SOURCE_ID: "a", DOCUMENT_ID: "d", TRUST: 1.0}),
        VectorPoint(str(uuid.uuid4()), vec(1), {SOURCE_ID: "a", DOCUMENT_ID: "d"}),
        VectorPoint(str(uuid.uuid4()), vec(1), {SOURCE_ID: "a", DOCUMENT_ID: "d", TRUST: 1.0, QUARANTINED: 0}),
    ],
)
def test_invalid_points_are_refused_and_nothing_is_written(index: VectorIndex, bad: VectorPoint) -> None:
    with pytest.raises(ValueError):
        index.upsert([point("a", "d1", 1), bad])
    assert index.count() == 0


def test_closed_index_refuses_calls(make_index: Factory) -> None:
    index = make_index()
    index.close()
    index.close()  # idempotent
    with pytest.raises(VectorIndexUnavailable):
        index.count()


def test_concurrent_upserts_and_searches(index: VectorIndex) -> None:
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        try:
            for i in range(10):
                index.upsert([point("a", f"w{k}", 1000 * k + i)])
        except BaseException as exc:
            errors.append(exc)

    def reader() -> None:
        try:
            for i in range(20):
                index.search(vec(i), flt=SearchFilter(frozenset({"a"})), limit=8)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(3)]
    threads += [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and index.count() == 30


# ---- embedded engine only: persistence and the one-opener rule ----


def test_edge_reopen_persists(tmp_path: Path) -> None:
    pts = [point("a", "d1", i) for i in range(10)]
    with EdgeVectorIndex(tmp_path / "shard", dim=DIM) as index:
        index.upsert(pts)
        index.set_source_state("a", classification="confidential")
    with EdgeVectorIndex(tmp_path / "shard", dim=DIM) as index:
        assert index.count(source_id="a") == 10
        hits = index.search(pts[3].vector, flt=SearchFilter(frozenset({"a"})), limit=3)
        assert hits[0].id == pts[3].id and hits[0].payload[CLASSIFICATION] == "confidential"


def test_edge_second_open_in_this_process_fails_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "shard"
    with EdgeVectorIndex(folder, dim=DIM):
        with pytest.raises(ServiceUnavailable, match="already open") as err:
            EdgeVectorIndex(folder, dim=DIM)
        assert str(folder) in str(err.value) and err.value.status == 503
    with EdgeVectorIndex(folder, dim=DIM) as again:  # released by close
        assert again.count() == 0


def test_edge_second_open_from_another_process_fails_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "shard"
    script = f"""
        from common.vectors import EdgeVectorIndex, VectorIndexUnavailable
        try:
            EdgeVectorIndex({str(folder)!r}, dim={DIM})
        except VectorIndexUnavailable as exc:
            print("REFUSED", exc)
    """
    with EdgeVectorIndex(folder, dim=DIM):
        out = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True)
    assert out.stdout.startswith("REFUSED") and str(folder) in out.stdout, out.stderr


def test_edge_upserts_survive_a_crash_without_close(tmp_path: Path) -> None:
    folder = tmp_path / "shard"
    p = point("a", "d1", 7)
    script = f"""
        import os
        from common.vectors import EdgeVectorIndex, VectorPoint
        index = EdgeVectorIndex({str(folder)!r}, dim={DIM}, flush_interval=None)
        index.upsert([VectorPoint({p.id!r}, {list(p.vector)!r}, {p.payload!r})])
        os._exit(0)  # no close, no flush
    """
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with EdgeVectorIndex(folder, dim=DIM) as index:
        assert [h.id for h in index.search(p.vector, flt=SearchFilter(frozenset({"a"})), limit=1)] == [p.id]


def test_edge_storage_failure_is_an_index_error_and_close_still_releases(tmp_path: Path) -> None:
    folder = tmp_path / "shard"
    first, second = point("a", "d1", 1), point("a", "d1", 2)
    index = EdgeVectorIndex(folder, dim=DIM, flush_interval=0)
    index.upsert([first])
    shutil.rmtree(folder / "segments")  # storage pulled from under a live shard
    with pytest.raises(VectorIndexFailed, match=str(folder)):
        index.upsert([second])  # written to the WAL, but the flush fails
    with pytest.raises(VectorIndexFailed):
        index.close()
    with EdgeVectorIndex(folder, dim=DIM) as again:  # folder released; the WAL restores both
        assert again.count() == 2


def test_edge_dimension_mismatch_on_reopen(tmp_path: Path) -> None:
    EdgeVectorIndex(tmp_path / "shard", dim=DIM).close()
    with pytest.raises(VectorIndexUnavailable, match="shard"):
        EdgeVectorIndex(tmp_path / "shard", dim=DIM * 2)


def test_open_vector_index_embedded_uses_path_and_collection(tmp_path: Path) -> None:
    index = open_vector_index(url=None, api_key=None, path=tmp_path, collection="chunks", dim=DIM)
    try:
        assert isinstance(index, EdgeVectorIndex) and index.folder == (tmp_path / "chunks").resolve()
        with pytest.raises(VectorIndexUnavailable, match=str(tmp_path / "chunks")):
            open_vector_index(url=None, api_key=None, path=tmp_path, collection="chunks", dim=DIM)
    finally:
        index.close()


# ---- server adapter only ----


def test_server_reopen_persists_and_checks_dimension(tmp_path: Path) -> None:
    p = point("a", "d1", 3)
    client = QdrantClient(path=str(tmp_path / "local"))
    with QdrantServerIndex(client, collection="chunks", dim=DIM) as index:
        index.upsert([p])
    client.close()
    client = QdrantClient(path=str(tmp_path / "local"))
    try:
        with QdrantServerIndex(client, collection="chunks", dim=DIM) as index:
            assert index.count() == 1
        with pytest.raises(VectorIndexFailed, match="8-d"):
            QdrantServerIndex(client, collection="chunks", dim=DIM + 1)
    finally:
        client.close()


def test_server_unreachable_is_a_service_error() -> None:
    with pytest.raises(VectorIndexUnavailable, match="cannot reach Qdrant"):
        QdrantServerIndex.connect(
            url="http://127.0.0.1:9", api_key=None, collection="chunks", dim=DIM, check_compatibility=False
        )


@pytest.mark.parametrize(("interval", "flushes"), [(0, True), (3600, False), (None, False)])
def test_edge_flushes_segments_only_once_the_interval_has_passed(
    tmp_path: Path, interval: float | None, flushes: bool
) -> None:
    folder = tmp_path / "shard"
    index = EdgeVectorIndex(folder, dim=DIM, flush_interval=interval)
    index.upsert([point("a", "d1", 1)])
    shutil.rmtree(folder / "segments")  # a flush now fails: whether the next write flushes is observable
    if flushes:
        with pytest.raises(VectorIndexFailed):
            index.upsert([point("a", "d1", 2)])
    else:
        index.upsert([point("a", "d1", 2)])  # in the WAL and the live segment, not yet flushed
        assert index.count() == 2
    with pytest.raises(VectorIndexFailed):
        index.close()  # close always flushes
    with EdgeVectorIndex(folder, dim=DIM) as again:
        assert again.count() == 2
