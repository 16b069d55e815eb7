"""The provenance log: the only code that writes or reads the provenance tables.

`record(session, settings, type, ...)` appends one event inside the caller's transaction, so the
event commits or rolls back with the change it describes. Appends are serialised on the single
`provenance_head` row: PostgreSQL locks it with SELECT … FOR UPDATE, SQLite takes its one write
lock with a no-op UPDATE of that row before reading it. Every `checkpoint_every` events the new
head is signed (Ed25519) in the same transaction. Bodies hold ids, counts, versions and
fingerprints, never document text, queries or secret values: callers pass only such data.
Hashing, signatures and the verifier live in `trust.provenance`; this module does the I/O.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from common.audit_models import ProvenanceCheckpoint, ProvenanceChunk, ProvenanceEvent, ProvenanceHead
from common.errors import NotFound
from common.settings import Settings
from trust import provenance as P

EVENT_TYPES = frozenset(
    {
        "source.created",
        "source.changed",
        "source.quarantined",
        "source.released",
        "source.deleted",
        "key.created",
        "key.revoked",
        "upload.received",
        "document.parsed",
        "document.chunked",
        "document.sanitized",
        "document.embedded",
        "document.indexed",
        "document.deleted",
        "job.failed",
        "retrieval.served",
    }
)
_BATCH = 1000
# Core statements on the head row: the ORM's bulk UPDATE path (session synchronisation) was about a
# third of an append's cost, and no caller keeps the head row as an ORM object while appending.
_HEAD = ProvenanceHead.__table__


@dataclass(frozen=True)
class Appended:
    seq: int
    id: str
    hash: str


def _iso(ts: datetime) -> str:
    ts = ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)
    return ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---- keys ----


@lru_cache(maxsize=8)
def _private_key(text: str, production: bool) -> Ed25519PrivateKey:
    try:
        key = P.load_private_key(text)
    except ValueError as exc:
        raise ValueError(f"HARDRAG_SIGNING_KEY: {exc}") from None
    dev = P.load_private_key(P.DEV_SIGNING_KEY).public_key()
    if production and P.key_id(key.public_key()) == P.key_id(dev):
        raise ValueError("HARDRAG_SIGNING_KEY is the public development key; production needs a real one")
    return key


def signing_key(settings: Settings) -> Ed25519PrivateKey:
    """The checkpoint key from settings; unset means the marked development key (development only)."""
    text = settings.signing_key.get_secret_value().strip() if settings.signing_key else ""
    if not text and settings.environment == "production":
        raise ValueError("HARDRAG_SIGNING_KEY must be set in production")
    return _private_key(text or P.DEV_SIGNING_KEY, settings.environment == "production")


def trusted_keys(settings: Settings, extra: Sequence[str] = ()) -> list[Ed25519PublicKey]:
    texts = [k for k in settings.signing_previous_public_keys.split(",") if k.strip()] + list(extra)
    return [signing_key(settings).public_key(), *(P.load_public_key(t) for t in texts)]


def public_key_info(settings: Settings) -> dict[str, Any]:
    current = signing_key(settings).public_key()
    dev = not (settings.signing_key and settings.signing_key.get_secret_value().strip())
    return {
        "algorithm": "Ed25519",
        "public_key": P.public_key_b64(current),
        "key_id": P.key_id(current),
        "development_key": dev,
        "checkpoint_every": settings.checkpoint_every,
        "previous": [{"public_key": P.public_key_b64(k), "key_id": P.key_id(k)} for k in trusted_keys(settings)[1:]],
    }


def query_fingerprint(settings: Settings, query: str) -> str:
    """Keyed HMAC of a query: equal queries match, the text is never stored."""
    key = settings.fingerprint_key.get_secret_value().encode()
    return P.keyed_fingerprint(key, query, purpose="hardrag.query.v1")


# ---- writing ----


def _lock_head(session: Session) -> tuple[int, str]:
    sqlite_db = session.get_bind().dialect.name == "sqlite"
    sel = select(ProvenanceHead.seq, ProvenanceHead.hash).where(ProvenanceHead.id == 1)
    if sqlite_db:
        session.execute(update(_HEAD).where(_HEAD.c.id == 1).values(seq=_HEAD.c.seq))
    else:
        sel = sel.with_for_update()
    row = session.execute(sel).first()
    if row is None:
        tail = session.execute(
            select(ProvenanceEvent.seq, ProvenanceEvent.hash).order_by(ProvenanceEvent.seq.desc()).limit(1)
        ).first()
        values = {"id": 1, "seq": tail.seq if tail else 0, "hash": tail.hash if tail else P.GENESIS_HASH}
        ins = (sqlite.insert if sqlite_db else postgresql.insert)(ProvenanceHead).values(**values)
        session.execute(ins.on_conflict_do_nothing())
        row = session.execute(sel).one()
    return int(row.seq), str(row.hash)


@dataclass(frozen=True)
class Event:
    """One event to append; `ts` None means the time of the append."""

    type: str
    actor: str | None = None
    source_id: str | None = None
    document_id: str | None = None
    job_id: str | None = None
    chunk_ids: tuple[str, ...] = ()
    data: Mapping[str, Any] | None = None
    event_id: str | None = None
    ts: datetime | None = None

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown provenance event type {self.type!r}")


def record(
    session: Session,
    settings: Settings,
    type_: str,
    *,
    actor: str | None = None,
    source_id: str | None = None,
    document_id: str | None = None,
    job_id: str | None = None,
    chunk_ids: Sequence[str] = (),
    data: Mapping[str, Any] | None = None,
    event_id: str | None = None,
) -> Appended:
    """Append one event in the caller's transaction (it holds the log lock until it commits)."""
    event = Event(type_, actor, source_id, document_id, job_id, tuple(chunk_ids), data, event_id)
    return record_many(session, settings, [event])[0]


def record_many(session: Session, settings: Settings, events: Sequence[Event]) -> list[Appended]:
    """Append events in order in the caller's transaction: the same records as one `record` call
    each, with one head lock and one insert per table (what the batching writer uses)."""
    if not events:
        return []
    prev_seq, prev_hash = _lock_head(session)
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    out: list[Appended] = []
    for ev in events:
        chunks = list(dict.fromkeys(ev.chunk_ids))
        seq, eid = prev_seq + 1, ev.event_id or str(uuid.uuid4())
        ts = ev.ts.astimezone(UTC) if ev.ts is not None else datetime.now(UTC)
        body = P.canonical_json(
            {
                "v": P.FORMAT_VERSION,
                "seq": seq,
                "id": eid,
                "ts": _iso(ts),
                "type": ev.type,
                "actor": ev.actor,
                "source_id": ev.source_id,
                "document_id": ev.document_id,
                "job_id": ev.job_id,
                "chunk_ids": chunks,
                "data": dict(ev.data or {}),
            }
        )
        digest = P.chain_hash(prev_hash, body)
        rows.append(
            {
                "seq": seq,
                "id": eid,
                "ts": ts,
                "type": ev.type,
                "actor": ev.actor,
                "source_id": ev.source_id,
                "document_id": ev.document_id,
                "job_id": ev.job_id,
                "body": body.decode(),
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        links += [{"chunk_id": c, "seq": seq} for c in chunks]
        if seq % settings.checkpoint_every == 0:
            _sign(session, settings, seq, digest, ts)
        out.append(Appended(seq, eid, digest))
        prev_seq, prev_hash = seq, digest
    # Core inserts of the tables: the ORM's bulk path costs more than the SQL for these plain rows.
    session.execute(insert(ProvenanceEvent.__table__), rows)
    if links:
        session.execute(insert(ProvenanceChunk.__table__), links)
    session.execute(update(_HEAD).where(_HEAD.c.id == 1).values(seq=prev_seq, hash=prev_hash))
    return out


def count_events(session: Session, event_ids: Sequence[str]) -> int:
    """How many of these event ids the log holds."""
    if not event_ids:
        return 0
    return int(session.scalar(select(func.count()).where(ProvenanceEvent.id.in_(list(event_ids)))) or 0)


def _sign(session: Session, settings: Settings, size: int, head: str, ts: datetime) -> P.Checkpoint:
    cp = P.sign_checkpoint(signing_key(settings), size=size, head=head, ts=_iso(ts))
    session.execute(
        insert(ProvenanceCheckpoint).values(
            size=size, head=head, ts=ts, key_id=cp.key_id, body=cp.body.decode(), signature=cp.signature
        )
    )
    return cp


def checkpoint_now(session: Session, settings: Settings) -> P.Checkpoint | None:
    """Sign the current head unless it is empty or already signed (for cron / `hardrag audit checkpoint`)."""
    size, head = _lock_head(session)
    if size == 0 or session.get(ProvenanceCheckpoint, size) is not None:
        return None
    return _sign(session, settings, size, head, datetime.now(UTC))


# ---- reading ----


@dataclass(frozen=True)
class EventQuery:
    source_id: str | None = None
    document_id: str | None = None
    chunk_id: str | None = None
    job_id: str | None = None
    types: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    after_seq: int = 0
    limit: int = 100


def _event(row: ProvenanceEvent) -> dict[str, Any]:
    return {**json.loads(row.body), "hash": row.hash, "prev_hash": row.prev_hash}


def _linked(chunk_id: str) -> Any:
    return select(ProvenanceChunk.seq).where(ProvenanceChunk.chunk_id == chunk_id)


def list_events(session: Session, q: EventQuery) -> tuple[list[dict[str, Any]], int | None]:
    """One page in seq order and the `after_seq` of the next page (None at the end)."""
    E = ProvenanceEvent
    stmt = select(E).where(E.seq > q.after_seq).order_by(E.seq).limit(q.limit + 1)
    for column, value in ((E.source_id, q.source_id), (E.document_id, q.document_id), (E.job_id, q.job_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if q.chunk_id is not None:
        stmt = stmt.where(E.seq.in_(_linked(q.chunk_id)))
    if q.types:
        stmt = stmt.where(E.type.in_(q.types))
    if q.since is not None:
        stmt = stmt.where(E.ts >= q.since)
    if q.until is not None:
        stmt = stmt.where(E.ts < q.until)
    rows = list(session.scalars(stmt))
    more = len(rows) > q.limit
    rows = rows[: q.limit]
    return [_event(r) for r in rows], (rows[-1].seq if more else None)


def get_event(session: Session, *, event_id: str) -> dict[str, Any]:
    row = session.scalar(select(ProvenanceEvent).where(ProvenanceEvent.id == event_id))
    if row is None:
        raise NotFound("no such provenance record", code="provenance.not_found")
    return _event(row)


def chunk_lineage(session: Session, *, chunk_id: str, retrievals: int = 0) -> dict[str, Any]:
    """Upload → parse → chunk → sanitize → embed → index (and deletion) for the jobs that produced a chunk."""
    E = ProvenanceEvent
    linked = list(
        session.scalars(select(E).where(E.seq.in_(_linked(chunk_id)), E.type != "retrieval.served").order_by(E.seq))
    )
    if not linked:
        raise NotFound("no provenance names this chunk", code="provenance.not_found")
    jobs = {r.job_id for r in linked if r.job_id}
    docs = {r.document_id for r in linked if r.document_id}
    rows = session.scalars(
        select(E)
        .where(
            or_(
                E.seq.in_([r.seq for r in linked]),
                E.job_id.in_(jobs),
                and_(E.document_id.in_(docs), E.type.in_(("upload.received", "document.deleted"))),
            )
        )
        .order_by(E.seq)
    )
    events = [_event(r) for r in rows]
    produced = [e for e in events if e["type"] == "document.sanitized" and chunk_id in e["chunk_ids"]]
    out: dict[str, Any] = {
        "chunk_id": chunk_id,
        "document_id": linked[-1].document_id,
        "source_id": linked[-1].source_id,
        "provenance_id": produced[-1]["id"] if produced else None,
        "events": events,
    }
    if retrievals:
        served = select(E).where(E.seq.in_(_linked(chunk_id)), E.type == "retrieval.served")
        served = served.order_by(E.seq.desc()).limit(retrievals)
        out["retrievals"] = [_event(r) for r in session.scalars(served)]
    return out


# ---- verifying and exporting ----


def _checkpoints(session: Session) -> list[P.Checkpoint]:
    rows = session.scalars(select(ProvenanceCheckpoint).order_by(ProvenanceCheckpoint.size))
    return [P.Checkpoint(r.size, r.head, _iso(r.ts), r.key_id, r.body.encode(), r.signature) for r in rows]


def _rows(session: Session, *, upto: int | None) -> Iterator[tuple[ProvenanceEvent, set[str]]]:
    """Events in seq order with the chunk ids the index table links to each, in batches."""
    after = 0
    while True:
        stmt = select(ProvenanceEvent).where(ProvenanceEvent.seq > after)
        if upto is not None:
            stmt = stmt.where(ProvenanceEvent.seq <= upto)
        rows = list(session.scalars(stmt.order_by(ProvenanceEvent.seq).limit(_BATCH)))
        if not rows:
            return
        links: dict[int, set[str]] = {}
        span = ProvenanceChunk.seq.between(rows[0].seq, rows[-1].seq)
        for seq, chunk in session.execute(select(ProvenanceChunk.seq, ProvenanceChunk.chunk_id).where(span)):
            links.setdefault(seq, set()).add(chunk)
        for row in rows:
            yield row, links.get(row.seq, set())
        after = rows[-1].seq
        session.expunge_all()


def _columns_problem(row: ProvenanceEvent, chunks: set[str]) -> str | None:
    body = json.loads(row.body)
    columns = {
        "type": row.type,
        "actor": row.actor,
        "source_id": row.source_id,
        "document_id": row.document_id,
        "job_id": row.job_id,
        "ts": _iso(row.ts),
    }
    wrong = sorted(k for k, v in columns.items() if body.get(k) != v)
    if set(body.get("chunk_ids") or ()) != chunks:
        wrong.append("chunk_ids")
    if not wrong:
        return None
    return f"record {row.seq}: indexed columns disagree with its hashed body ({', '.join(wrong)})"


def verify(session: Session, settings: Settings, *, public_keys: Sequence[str] = ()) -> P.Verdict:
    """Check the whole log: chain, body/column agreement, signed checkpoints, and the head row."""
    head = session.get(ProvenanceHead, 1)
    claimed = (int(head.seq), str(head.hash)) if head is not None else None
    checkpoints = _checkpoints(session)
    upto = None if claimed is None else max([claimed[0], *(c.size for c in checkpoints)])
    verifier = P.LogVerifier(checkpoints, trusted_keys(settings, public_keys))
    for row, chunks in _rows(session, upto=upto):
        if not verifier.feed(P.Record(row.seq, row.id, row.prev_hash, row.hash, row.body.encode())):
            break
        problem = _columns_problem(row, chunks)
        if problem is not None:
            verifier.fail(row.seq, row.id, problem)
            break
    size, digest = verifier.head
    if claimed is not None and size == claimed[0] and digest != claimed[1]:
        verifier.fail(size, None, f"the log head row names a different hash for record {size}")
    session.expire_all()
    beyond = session.scalar(select(func.max(ProvenanceEvent.seq)))
    now = session.get(ProvenanceHead, 1)
    if claimed is not None and now is not None and beyond is not None and beyond > now.seq:
        verifier.fail(now.seq + 1, None, f"records after {now.seq} were added outside the log writer")
    return verifier.finish(expected_size=claimed[0] if claimed else None)


def export_lines(sessions: sessionmaker[Session], settings: Settings) -> Iterator[str]:
    """JSONL: a header, every event (exact hashed body) and each signed checkpoint after its record."""
    with sessions() as session:
        head = session.get(ProvenanceHead, 1)
        upto = int(head.seq) if head is not None else None
        checkpoints = {c.size: c for c in _checkpoints(session)}
        header = {
            "kind": "header",
            "format": "hardrag-provenance",
            "version": P.FORMAT_VERSION,
            "exported_at": _iso(datetime.now(UTC)),
            "size": upto,
            "signing": public_key_info(settings),
        }
        yield json.dumps(header, sort_keys=True) + "\n"
        for row, _ in _rows(session, upto=upto):
            yield (
                json.dumps(
                    {
                        "kind": "event",
                        "seq": row.seq,
                        "id": row.id,
                        "prev_hash": row.prev_hash,
                        "hash": row.hash,
                        "body": row.body,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            cp = checkpoints.pop(row.seq, None)
            if cp is not None:
                yield json.dumps({"kind": "checkpoint", **cp.to_dict()}) + "\n"
        for cp in checkpoints.values():
            if upto is None or cp.size <= upto:
                yield json.dumps({"kind": "checkpoint", **cp.to_dict()}) + "\n"
