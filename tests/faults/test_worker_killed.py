"""A worker killed in the middle of a job: the job is delivered again and completes exactly once
(no duplicate or missing chunks). Real `hardrag worker` processes over the real Redis broker."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest

from common.settings import Settings
from tests.conftest import REDIS_URL, Api, _api, require_service

pytestmark = pytest.mark.slow
WORDS = (
    "harbour",
    "ledger",
    "turbine",
    "orchard",
    "quarry",
    "beacon",
    "granary",
    "viaduct",
    "foundry",
    "meadow",
    "lantern",
    "cistern",
    "pylon",
    "kiln",
    "wharf",
    "silo",
    "mill",
    "forge",
    "dock",
    "weir",
)


def _big_text(path: Path, paragraphs: int = 150) -> Path:
    rng = random.Random(7)
    paras = []
    for i in range(paragraphs):
        sent = [
            f"Section {i}: the {rng.choice(WORDS)} near the {rng.choice(WORDS)} is inspected "
            f"by team {rng.randint(1, 99)} every {rng.choice(('Monday', 'Friday', 'month'))}."
            for _ in range(8)
        ]
        paras.append(" ".join(sent))
    path.write_text("\n\n".join(paras))
    return path


def _worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "api.cli", "worker", "--concurrency", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait_stage(api: Api, job_id: str, stages: set[str], timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = api.client.get(f"/v1/jobs/{job_id}", headers=api.h(api.admin)).json()
        if job["stage"] in stages or job["status"] in ("succeeded", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job never reached {stages}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def _kill_pool_child(proc: subprocess.Popen[bytes]) -> None:
    children = psutil.Process(proc.pid).children(recursive=True)
    assert children, "the prefork worker has no pool child"
    for c in children:
        c.kill()


def _kill_whole_worker(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)


@pytest.mark.parametrize("kill", [_kill_pool_child, _kill_whole_worker], ids=["pool-child", "whole-worker"])
def test_job_survives_a_killed_worker_exactly_once(
    tmp_path: Path, kill: Callable[[subprocess.Popen[bytes]], None]
) -> None:
    require_service("Redis", "127.0.0.1", 6379)
    settings = Settings(
        data_dir=tmp_path / "data",
        broker_url=REDIS_URL,
        worker_mode="external",  # type: ignore[call-arg]
        queue=f"hardrag.kill.{uuid.uuid4().hex[:8]}",
        broker_visibility_timeout=5,
        _env_file=None,
    )
    env = {
        **os.environ,
        "HARDRAG_DATA_DIR": str(settings.data_dir),
        "HARDRAG_BROKER_URL": REDIS_URL,
        "HARDRAG_QUEUE": settings.queue,
        "HARDRAG_WORKER_MODE": "external",
        "HARDRAG_BROKER_VISIBILITY_TIMEOUT": "5",
        # a pool child exists only under prefork; the whole-worker case runs the default threads pool
        "HARDRAG_WORKER_THREADS": "1" if kill is _kill_pool_child else "2",
    }
    doc = _big_text(tmp_path / "big.txt")
    for api in _api(settings):
        src = api.create_source()
        worker = _worker(env)
        try:
            r = api.upload(src["id"], doc)
            assert r.status_code == 202
            job_id = r.json()["job_id"]
            job = _wait_stage(api, job_id, {"embedding", "indexing"})
            assert job["status"] == "running", job
            kill(worker)
            if worker.poll() is not None:  # the whole worker died: a new one takes the job back
                worker = _worker(env)
            job = api.wait_job(job_id, timeout=300)
        finally:
            _stop(worker)
        assert job["status"] == "succeeded", job
        assert job["attempts"] >= 2
        # Exactly once: the index holds each chunk of the document once, no more, no less.
        index = api.client.app.state.runtime.index
        assert index.count(document_id=job["document_id"]) == job["counts"]["chunks"] > 50
        res = api.retrieve(api.key("app", [src["id"]]), "who inspects the harbour?", top_k=50).json()["results"]
        ids = [x["chunk_id"] for x in res]
        assert len(ids) == len(set(ids)) == 50
