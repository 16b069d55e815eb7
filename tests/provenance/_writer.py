"""A provenance writer for spawned test processes; imports only what it needs, so it starts fast."""

from __future__ import annotations

from pathlib import Path

from common import audit
from common.db import make_engine, make_session_factory
from common.settings import Settings


def append_many(url: str | None, data_dir: str, worker: int, n: int, checkpoint_every: int) -> None:
    """Its own settings, engine and connections; `n` appends of one event each."""
    settings = Settings(data_dir=Path(data_dir), database_url=url, checkpoint_every=checkpoint_every, _env_file=None)  # type: ignore[call-arg]
    engine = make_engine(settings.resolved_database_url)
    sessions = make_session_factory(engine)
    for i in range(n):
        with sessions.begin() as s:
            audit.record(
                s, settings, "retrieval.served", actor=f"worker-{worker}", chunk_ids=[f"c-{worker}-{i}"], data={"i": i}
            )
    engine.dispose()
