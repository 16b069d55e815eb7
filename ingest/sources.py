"""Source rows: register, list, read, change, quarantine, delete (chunks purged first)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from common.errors import Conflict, NotFound
from common.models import Document, Source
from common.vectors import VectorIndex


def get_source(session: Session, *, source_id: str) -> Source:
    src = session.get(Source, source_id)
    if src is None:
        raise NotFound("no such source", code="source.not_found")
    return src


def list_sources(session: Session, *, ids: frozenset[str] | None = None) -> list[Source]:
    stmt = select(Source).order_by(Source.created_at, Source.id)
    if ids is not None:
        stmt = stmt.where(Source.id.in_(ids))
    return list(session.scalars(stmt))


def create_source(
    session: Session, *, name: str, classification: str, trust_tier: str, tags: list[str], description: str | None
) -> Source:
    src = Source(name=name, classification=classification, trust_tier=trust_tier, tags=tags, description=description)
    session.add(src)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise Conflict(f"a source named {name!r} already exists", code="source.conflict") from None
    return src


def update_source(session: Session, index: VectorIndex, *, source_id: str, changes: dict[str, Any]) -> Source:
    src = get_source(session, source_id=source_id)
    if "name" in changes and changes["name"] != src.name:
        clash = session.scalar(select(Source.id).where(Source.name == changes["name"]))
        if clash is not None:
            raise Conflict(f"a source named {changes['name']!r} already exists", code="source.conflict")
    for field, value in changes.items():
        setattr(src, field, value)
    # Served chunks carry these two in their payload; the index must agree before we commit.
    if "quarantined" in changes or "classification" in changes:
        index.set_source_state(
            source_id, quarantined=changes.get("quarantined"), classification=changes.get("classification")
        )
    session.flush()
    return src


def delete_source(session: Session, index: VectorIndex, *, source_id: str) -> list[str]:
    """Purge the source's chunks, then its rows; returns the sha256 of blobs that may now be orphaned."""
    src = get_source(session, source_id=source_id)
    index.delete_source(source_id)
    shas = [d.sha256 for d in session.scalars(select(Document).where(Document.source_id == source_id))]
    session.delete(src)
    session.flush()
    return shas
