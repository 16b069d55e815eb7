"""`create_app(settings)`: routers, middleware, error handlers, and the process's runtime."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.access_cache import AccessCache
from api.errors import install_error_handlers
from api.limits import BodySizeLimit
from api.ratelimit import RateLimiter
from api.request_id import RequestId
from api.routes import audit, documents, health, jobs, keys, retrieve, sources
from common.audit import signing_key
from common.runtime import Runtime
from common.settings import Settings, get_settings
from ingest.worker import InlineWorker, create_celery_app

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    signing_key(settings)  # refuse to start with an unusable HARDRAG_SIGNING_KEY

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime = Runtime(settings)
        celery = create_celery_app(settings, runtime=runtime)
        app.state.runtime, app.state.celery = runtime, celery
        app.state.limiter = RateLimiter(settings)
        app.state.access_cache = AccessCache(settings.auth_cache_seconds)
        worker = InlineWorker(celery) if settings.worker_mode == "inline" else None
        if worker is not None:
            worker.start()
        try:
            yield
        finally:
            if worker is not None:
                worker.stop()
            runtime.close()

    app = FastAPI(title="hardrag", version="0.1.0", lifespan=lifespan)

    # Multipart framing adds a little on top of the file itself.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_upload_bytes + 64 * 1024)
    app.add_middleware(RequestId)  # outermost: every answer, errors from the size limit included, has an id
    install_error_handlers(app)
    for module in (health, sources, documents, jobs, retrieve, audit, keys):
        app.include_router(module.router)
    return app
