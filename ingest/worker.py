"""The Celery app: broker and delivery settings, and the in-process worker for embedded mode.

Delivery is at-least-once: tasks are acked late and requeued if a worker dies, one message is
prefetched at a time, and only JSON is accepted. The pipeline is idempotent, so a redelivered
job overwrites the same point ids instead of duplicating chunks.
`celery -A ingest.worker worker` (or `hardrag worker`) runs separate worker processes.
"""

from __future__ import annotations

import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from celery import Celery
from celery.concurrency.thread import TaskPool as CeleryThreadPool

from common.runtime import Runtime
from common.settings import Settings, get_settings

log = logging.getLogger(__name__)

TASK_RUN_JOB = "hardrag.ingest.run_job"


def create_celery_app(settings: Settings, *, runtime: Runtime | None = None) -> Celery:
    app = Celery("hardrag")
    broker = settings.resolved_broker_url
    # The memory transport's queues are process-global; a per-app queue keeps two apps in one
    # process (tests, or a restarted API) from eating each other's messages.
    queue = settings.queue if broker != "memory://" else f"{settings.queue}.{uuid.uuid4().hex[:8]}"
    app.conf.update(
        broker_url=broker,
        task_default_queue=queue,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        result_backend=None,
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=3,
        broker_transport_options={"polling_interval": 0.05, "visibility_timeout": settings.broker_visibility_timeout},
        worker_hijack_root_logger=False,
        worker_concurrency=settings.worker_concurrency,
    )
    app.hardrag_settings = settings  # type: ignore[attr-defined]
    app.hardrag_runtime = runtime  # type: ignore[attr-defined]
    from ingest.tasks import register_tasks

    register_tasks(app)
    return app


_RUNTIME_LOCK = threading.Lock()


def runtime_of(app: Celery) -> Runtime:
    """The app's one Runtime, built by the first job. Locked: two pool threads building one each
    would open the embedded vector index twice, and the loser's folder lock fails every job."""
    with _RUNTIME_LOCK:
        rt: Runtime | None = getattr(app, "hardrag_runtime", None)
        if rt is None:
            rt = Runtime(app.hardrag_settings)  # type: ignore[attr-defined]
            app.hardrag_runtime = rt  # type: ignore[attr-defined]
        return rt


def enqueue_job(app: Celery, job_id: str) -> None:
    app.send_task(TASK_RUN_JOB, args=[job_id], queue=app.conf.task_default_queue)


class AppThreadPool(CeleryThreadPool):
    """Celery's threads pool, with the worker's app current on every pool thread.

    Celery's tracer looks tasks up on the calling thread's current app. Our tasks are registered
    on their own app only (`shared=False`: two services in one process must not run each other's
    jobs), so a pool thread without it would run the job through another app's runtime.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.executor.shutdown(wait=False)
        app = self.app
        self.executor = ThreadPoolExecutor(
            max_workers=self.limit, thread_name_prefix="hardrag-job", initializer=app.set_current if app else None
        )


THREAD_POOL = f"{__name__}:AppThreadPool"


class InlineWorker:
    """A real Celery WorkController on a thread of this process: `worker_threads` jobs at once
    (Celery's threads pool), or the solo pool for one."""

    def __init__(self, app: Celery) -> None:
        self.app = app
        self._controller: Any = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    def start(self, timeout: float = 30.0) -> None:
        threads = self.app.hardrag_settings.worker_threads  # type: ignore[attr-defined]
        self._controller = self.app.WorkController(
            pool_cls=AppThreadPool if threads > 1 else "solo",
            concurrency=threads,
            loglevel="WARNING",
            without_heartbeat=True,
            without_mingle=True,
            without_gossip=True,
            ready_callback=lambda *_: self._ready.set(),
            queues=[self.app.conf.task_default_queue],
        )
        self._thread = threading.Thread(target=self._run, name="hardrag-worker", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("inline Celery worker did not start")

    def _run(self) -> None:
        # Celery's task tracer resolves tasks on the thread's current app, not the worker's.
        self.app.set_current()
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop(in_sighandler=False)
        if self._thread is not None:
            self._thread.join(timeout=30)
        self._controller = self._thread = None


def _module_app() -> Celery:
    return create_celery_app(get_settings())


# `celery -A ingest.worker worker` finds this; built from the environment of that process.
app = _module_app()
