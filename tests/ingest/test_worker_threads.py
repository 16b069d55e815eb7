"""The in-process worker's threads pool: concurrent jobs, each run by its own service's runtime."""

from __future__ import annotations

from pathlib import Path

from common.settings import Settings
from tests.conftest import _api


def _doc(path: Path, topic: str, n: int) -> Path:
    path.write_text("\n\n".join(f"{topic} note {i}: the {topic} rota changes every week." for i in range(n)))
    return path


def test_two_services_in_one_process_run_only_their_own_jobs_concurrently(tmp_path: Path) -> None:
    # Celery's tracer resolves a task on the pool thread's current app; two services in one
    # process (tests, or an API restarted in place) must still run each job in its own runtime.
    apis = []
    gens = []
    for name in ("one", "two"):
        settings = Settings(data_dir=tmp_path / name, worker_threads=3, _env_file=None)  # type: ignore[call-arg]
        gen = _api(settings)
        apis.append(next(gen))
        gens.append(gen)
    try:
        submitted = []
        for i, api in enumerate(apis):
            src = api.create_source()
            for j in range(4):  # more jobs than threads: they queue, run three at a time
                r = api.upload(src["id"], _doc(tmp_path / f"d{i}{j}.txt", f"topic{i}{j}", 20 + 5 * j))
                assert r.status_code == 202, r.text
                submitted.append((api, src["id"], r.json()["job_id"]))
        chunks: dict[str, int] = {}
        for api, source_id, job_id in submitted:
            job = api.wait_job(job_id)
            assert job["status"] == "succeeded", job
            chunks[source_id] = chunks.get(source_id, 0) + job["counts"]["chunks"]
        for api in apis:  # every point landed in the index of the service that took the upload
            index = api.client.app.state.runtime.index
            own = {sid for a, sid, _ in submitted if a is api}
            assert index.count() == sum(chunks[sid] for sid in own)
            assert all(index.count(source_id=sid) == chunks[sid] for sid in own)
    finally:
        for gen in gens:
            gen.close()


def test_pool_threads_starting_at_once_share_one_runtime(tmp_path: Path) -> None:
    # `hardrag worker` builds its Runtime on the first job; with a threads pool two first jobs race.
    import threading

    from ingest.worker import create_celery_app, runtime_of

    app = create_celery_app(Settings(data_dir=tmp_path / "w", _env_file=None))  # type: ignore[call-arg]
    start = threading.Barrier(6)
    got: list[object] = []

    def first_job() -> None:
        start.wait()
        got.append(runtime_of(app))

    threads = [threading.Thread(target=first_job) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 6 and all(rt is got[0] for rt in got)
    rt = runtime_of(app)
    try:
        assert rt.index.count() == 0  # the one runtime holds the embedded index's folder
    finally:
        rt.close()
