"""Celery tasks: ids in, a few lines each, the work lives in `ingest.pipeline`.

A job that hits bad input fails at once with its code; transient errors (database, broker,
vector engine) retry with backoff, and when retries run out the job is failed with a reason.
"""

from __future__ import annotations

import logging

from celery import Celery, Task

from common.errors import NotFound
from ingest import jobs, pipeline
from ingest.provenance import record_job_failure

log = logging.getLogger(__name__)


def register_tasks(app: Celery) -> None:
    from ingest.worker import TASK_RUN_JOB, runtime_of

    @app.task(name=TASK_RUN_JOB, bind=True, shared=False, acks_late=True, reject_on_worker_lost=True)
    def run_job(self: Task, job_id: str) -> str:
        rt = runtime_of(self.app)
        try:
            return pipeline.run_job(rt, job_id)
        except NotFound:
            # The job (or its source) was deleted while queued: nothing to do.
            log.info("job vanished before it ran", extra={"job_id": job_id})
            return "missing"
        except Exception as exc:
            retries = self.request.retries or 0
            if retries < rt.settings.job_max_retries:
                log.warning("job hit a transient error, retrying", extra={"job_id": job_id, "retry": retries + 1})
                raise self.retry(exc=exc, countdown=min(2**retries, 30)) from None
            with rt.sessions.begin() as s:
                jobs.mark_failed(
                    s,
                    job_id=job_id,
                    code="job.failed",
                    message=f"gave up after {retries + 1} attempts ({type(exc).__name__})",
                )
                record_job_failure(
                    s, rt.settings, job_id=job_id, code="job.failed", transient=False, attempts=retries + 1
                )
            log.error("job failed after retries", extra={"job_id": job_id, "error": type(exc).__name__})
            return "failed"
