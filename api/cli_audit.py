"""`hardrag audit …`: verify the provenance log (live or an export), export it, sign a checkpoint, make keys.

`verify` prints one line and exits 0 when the log is intact, 1 naming the first bad record otherwise.
An export is verified offline with the public key(s) you trust (`--public-key`, repeatable); the
keys inside the export's header are informational and never trusted on their own.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from common.settings import get_settings
from trust import provenance as P


@click.group()
def audit() -> None:
    """Verify and export the provenance log."""


def _report(v: P.Verdict) -> None:
    if v.ok:
        tail = f", {v.unsigned_tail} after the last checkpoint" if v.unsigned_tail else ""
        click.echo(f"OK: {v.size} records, {v.checkpoints} signed checkpoints verified{tail}; head {v.head}")
        sys.exit(0)
    bad = v.first_bad
    assert bad is not None
    where = f"seq={bad.seq}" + (f" id={bad.id}" if bad.id else "")
    click.echo(f"FAIL: first bad record {where}: {bad.reason} ({v.checked} records verified before it)")
    sys.exit(1)


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        yield from fh


@audit.command("verify")
@click.option(
    "--export",
    "export_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Verify this JSONL export offline instead of the live database.",
)
@click.option(
    "--public-key",
    "public_keys",
    multiple=True,
    help="Trusted Ed25519 public key (base64 or PEM); repeat for retired keys. Required with --export.",
)
def verify(export_file: Path | None, public_keys: tuple[str, ...]) -> None:
    """Check the hash chain, the signed checkpoints and the indexes; name the first bad record."""
    try:
        keys = [P.load_public_key(k) for k in public_keys]
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--public-key") from None
    if export_file is not None:
        if not keys:
            raise click.UsageError(
                "an export is verified against a public key you trust: pass --public-key "
                "(GET /v1/provenance/public-key publishes it)"
            )
        _report(P.verify_export(_lines(export_file), keys))
    from common import audit as log
    from common.db import create_schema, make_engine, make_session_factory

    settings = get_settings()
    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    try:
        with make_session_factory(engine)() as session:
            verdict = log.verify(session, settings, public_keys=public_keys)
    finally:
        engine.dispose()
    _report(verdict)


@audit.command("export")
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
def export(out: Path) -> None:
    """Write the whole log (events and signed checkpoints) as JSONL to OUT ('-' for stdout)."""
    from common import audit as log
    from common.db import make_engine, make_session_factory

    settings = get_settings()
    engine = make_engine(settings.resolved_database_url)
    try:
        lines = log.export_lines(make_session_factory(engine), settings)
        if str(out) == "-":
            for line in lines:
                sys.stdout.write(line)
        else:
            with out.open("w", encoding="utf-8") as fh:
                fh.writelines(lines)
    finally:
        engine.dispose()


@audit.command("checkpoint")
def checkpoint() -> None:
    """Sign the current head now (e.g. from cron) so the unsigned tail stays short."""
    from common import audit as log
    from common.db import create_schema, make_engine, make_session_factory, session_scope

    settings = get_settings()
    engine = make_engine(settings.resolved_database_url)
    create_schema(engine)
    try:
        with session_scope(make_session_factory(engine)) as session:
            cp = log.checkpoint_now(session, settings)
            click.echo(f"signed checkpoint at size {cp.size}: {cp.head}" if cp else "nothing new to sign")
    finally:
        engine.dispose()


@audit.command("keygen")
def keygen() -> None:
    """Print a new Ed25519 signing key (for HARDRAG_SIGNING_KEY) and its public key."""
    private = P.generate_signing_key()
    public = P.public_key_b64(P.load_private_key(private).public_key())
    click.echo(f"HARDRAG_SIGNING_KEY={private}")
    click.echo(f"public key: {public}", err=True)
    click.echo("Keep the signing key secret; publish the public key.", err=True)
