"""Provenance tables. Only `common.audit` reads or writes them.

`provenance_events.body` holds the exact canonical bytes that were hashed; the other columns of
that table and `provenance_chunks` are copies of body fields kept for filtering, and
`hardrag audit verify` checks that they still agree with the body. `provenance_head` is a single
row (id 1): the lock every append takes, and the chain's current size and head hash.
No foreign keys: the log outlives the sources, documents and jobs it describes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from common.models import Base


class ProvenanceEvent(Base):
    __tablename__ = "provenance_events"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    actor: Mapped[str | None] = mapped_column(String(64), default=None)
    source_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    document_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    job_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    body: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ProvenanceChunk(Base):
    """Which events name which chunk (point) ids: the index behind `chunk_id` filters."""

    __tablename__ = "provenance_chunks"

    chunk_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)


class ProvenanceHead(Base):
    __tablename__ = "provenance_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class ProvenanceCheckpoint(Base):
    __tablename__ = "provenance_checkpoints"

    size: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    head: Mapped[str] = mapped_column(String(64))
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    key_id: Mapped[str] = mapped_column(String(32))
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
