"""The `hardrag` command: serve, worker, keys create, ingest, sanitize."""

from __future__ import annotations

import json
import os
import sys
import threading
from datetime import timedelta
from pathlib import Path

import click

from api.cli_audit import audit
from common.settings import Settings, get_settings


@click.group()
def main() -> None:
    """hardrag: hardened RAG ingestion and retrieval."""


@main.command()
@click.option("--host", default=None, help="Bind address (default HARDRAG_HOST).")
@click.option("--port", default=None, type=int, help="Port (default HARDRAG_PORT).")
def serve(host: str | None, port: int | None) -> None:
    """Run the API (and, in inline mode, its Celery worker thread)."""
    import uvicorn

    from api.main import create_app
    from common.embedding import embedder_for
    from common.logs import configure_logging

    settings = get_settings()
    configure_logging(settings)
    # load (on a fresh machine: export once) the query model while uvicorn starts, not on the first query
    threading.Thread(target=lambda: embedder_for(settings, queries=True).embed_query("warm-up"), daemon=True).start()
    uvicorn.run(create_app(settings), host=host or settings.host, port=port or settings.port, log_config=None)


@main.command()
@click.option("--concurrency", default=None, type=int, help="Worker processes (default HARDRAG_WORKER_CONCURRENCY).")
def worker(concurrency: int | None) -> None:
    """Run Celery worker processes over HARDRAG_BROKER_URL."""
    from common.logs import configure_logging
    from ingest.worker import THREAD_POOL, create_celery_app

    settings = get_settings()
    configure_logging(settings)
    if settings.broker_url is None:
        raise click.UsageError(
            "set HARDRAG_BROKER_URL (e.g. redis://127.0.0.1:6379/0); "
            "without a broker `hardrag serve` runs its own worker"
        )
    n = concurrency or settings.worker_concurrency
    if n > 1 and settings.embedding_threads is None:
        # each prefork child loads its own model: split the cores instead of oversubscribing them
        settings = settings.model_copy(
            update={"embedding_threads": max(1, len(os.sched_getaffinity(0)) // n), "embedding_runners": 1}
        )
    threads = n == 1 and settings.worker_threads > 1
    app = create_celery_app(settings)
    if threads:  # Celery's --pool accepts only its own names; the conf takes a class path
        app.conf.worker_pool = THREAD_POOL
    pool = [f"--concurrency={settings.worker_threads}"] if threads else ["--pool=prefork", f"--concurrency={n}"]
    app.worker_main(["worker", *pool, "--loglevel=INFO", "--without-gossip", "--without-mingle"])


@main.group()
def keys() -> None:
    """Manage API keys."""


@keys.command("create")
@click.option("--role", required=True, type=click.Choice(["admin", "ingest", "app", "auditor"]))
@click.option("--sources", default="", help="Comma-separated source ids this key may use, or '*' for all.")
@click.option("--name", default=None, help="A label for the key.")
@click.option("--classifications", default="", help="Comma-separated classifications this key may read (default any).")
@click.option("--expires-in-days", default=None, type=float, help="The key stops working after this many days.")
def keys_create(role: str, sources: str, name: str | None, classifications: str, expires_in_days: float | None) -> None:
    """Create a key and print it once; only its hash is stored."""
    from api.auth import create_key
    from common import audit as provenance
    from common.db import create_schema, make_engine, make_session_factory, session_scope
    from common.errors import HardragError
    from common.models import utcnow

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    ids = [s.strip() for s in sources.split(",") if s.strip()]
    with session_scope(make_session_factory(engine)) as session:
        expires = utcnow() + timedelta(days=expires_in_days) if expires_in_days else None
        classes = [c.strip() for c in classifications.split(",") if c.strip()]
        try:
            row, token = create_key(
                session, role=role, name=name or f"{role}-key", sources=ids, classifications=classes, expires_at=expires
            )
        except HardragError as exc:
            raise click.UsageError(exc.message) from None
        key_id = row.id
        provenance.record(
            session,
            settings,
            "key.created",
            actor="cli",
            data={"key_id": key_id, "role": role, "name": row.name, "sources": ids},
        )
    engine.dispose()
    click.echo(json.dumps({"id": key_id, "role": role, "sources": ids, "key": token}))
    click.echo("Store this key now: it is shown once and only its hash is kept.", err=True)


def _key_session():  # type: ignore[no-untyped-def]
    from common.db import create_schema, make_engine, make_session_factory, session_scope

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    return settings, engine, session_scope(make_session_factory(engine))


@keys.command("list")
def keys_list() -> None:
    """List keys (never their secrets) as JSON lines."""
    from api.auth import list_keys

    _, engine, scope = _key_session()
    with scope as session:
        for k in list_keys(session):
            click.echo(
                json.dumps(
                    {
                        "id": k.id,
                        "name": k.name,
                        "role": k.role,
                        "prefix": k.prefix,
                        "sources": k.sources,
                        "classifications": k.classifications,
                        "expires_at": k.expires_at and k.expires_at.isoformat(),
                        "revoked_at": k.revoked_at and k.revoked_at.isoformat(),
                    }
                )
            )
    engine.dispose()


@keys.command("revoke")
@click.argument("key_id")
def keys_revoke(key_id: str) -> None:
    """Revoke a key at once."""
    from api.auth import revoke_key
    from common import audit as provenance
    from common.errors import HardragError

    settings, engine, scope = _key_session()
    try:
        with scope as session:
            revoke_key(session, key_id=key_id)
            provenance.record(session, settings, "key.revoked", actor="cli", data={"key_id": key_id})
    except HardragError as exc:
        raise click.ClickException(f"{exc.code}: {exc.message}") from None
    finally:
        engine.dispose()
    click.echo(json.dumps({"id": key_id, "revoked": True}))


@keys.command("rotate")
@click.argument("key_id")
@click.option("--grace-seconds", default=0, type=int, help="How long the old key keeps working.")
def keys_rotate(key_id: str, grace_seconds: int) -> None:
    """Issue a replacement key with the same role and allowlist; print it once."""
    from api.auth import rotate_key
    from common import audit as provenance
    from common.errors import HardragError

    settings, engine, scope = _key_session()
    try:
        with scope as session:
            new, token = rotate_key(session, key_id=key_id, grace_seconds=grace_seconds)
            new_id = new.id
            provenance.record(
                session,
                settings,
                "key.created",
                actor="cli",
                data={"key_id": new_id, "role": new.role, "rotated_from": key_id},
            )
            provenance.record(
                session,
                settings,
                "key.revoked",
                actor="cli",
                data={"key_id": key_id, "rotated_to": new_id, "grace_seconds": grace_seconds},
            )
    except HardragError as exc:
        raise click.ClickException(f"{exc.code}: {exc.message}") from None
    finally:
        engine.dispose()
    click.echo(json.dumps({"id": new_id, "rotated_from": key_id, "key": token}))
    click.echo("Store this key now: it is shown once and only its hash is kept.", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--source", "source_id", required=True, help="Source id to ingest into.")
def ingest(paths: tuple[Path, ...], source_id: str) -> None:
    """Ingest files or folders into a source, in this process (the server must not hold the data dir)."""
    from common.errors import HardragError
    from ingest.local import ingest_paths

    settings: Settings = get_settings()
    try:
        failed = ingest_paths(settings, paths, source_id=source_id)
    except HardragError as exc:  # e.g. an unknown source: one line with the stable code, no traceback
        raise click.ClickException(f"{exc.code}: {exc.message}") from None
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--tier", default="internal", help="Trust tier to score against.")
@click.option("--json", "as_json", is_flag=True, help="Print chunks and findings as JSON lines.")
def sanitize(path: Path, tier: str, as_json: bool) -> None:
    """Preview what ingestion keeps of one file: parse, chunk, sanitize; nothing stored."""
    from ingest.local import preview_file

    settings = get_settings()
    for chunk in preview_file(settings, path, tier=tier):
        if as_json:
            click.echo(json.dumps(chunk, ensure_ascii=False))
        else:
            findings = ", ".join(f"{k}={v}" for k, v in chunk["counts"].items()) or "none"
            click.echo(f"--- chunk {chunk['index']} trust={chunk['trust']:.2f} findings: {findings}")
            click.echo(chunk["text"])


main.add_command(audit)


if __name__ == "__main__":
    main()
