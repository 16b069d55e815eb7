"""Engine-neutral types of the vector-index seam: points, filters, hits, the protocol, errors.

Nothing here imports an engine. Both adapters (`edge.py`, `remote.py`) share the validation
helpers below so that a point accepted by one is accepted by the other, and a hit that
comes back from either has been checked against the filter it was asked for.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from common.errors import ServiceUnavailable

# ---- payload keys: public, stable strings (stored in every point; never rename) ----
SOURCE_ID = "source_id"
DOCUMENT_ID = "document_id"
CHUNK_INDEX = "chunk_index"
CLASSIFICATION = "classification"
TRUST = "trust"
QUARANTINED = "quarantined"
SOURCE_QUARANTINED = "source_quarantined"
TEXT = "text"
PROVENANCE_ID = "provenance_id"
FINDINGS = "findings"

#: Fields that carry a payload index in both engines, with their index type.
INDEXED_FIELDS: dict[str, str] = {
    SOURCE_ID: "keyword",
    DOCUMENT_ID: "keyword",
    CLASSIFICATION: "keyword",
    TRUST: "float",
    QUARANTINED: "bool",
    SOURCE_QUARANTINED: "bool",
}

#: Keys a point must carry: without them the retrieval filter could not be applied.
REQUIRED_KEYS: tuple[str, ...] = (SOURCE_ID, DOCUMENT_ID, TRUST)


class VectorIndexUnavailable(ServiceUnavailable):
    """The vector engine cannot be opened or reached (folder locked by another opener, server down)."""

    code, status = "service.unavailable", 503


class VectorIndexFailed(ServiceUnavailable):
    """The vector engine refused or failed an operation (`index.failed`)."""

    code, status = "index.failed", 503


@dataclass(frozen=True)
class VectorPoint:
    """One chunk to index: a UUID string id, its embedding and its payload (see the key constants)."""

    id: str
    vector: Sequence[float]
    payload: dict[str, Any]


@dataclass(frozen=True)
class SearchFilter:
    """What a caller may see: sources in `source_ids`, trust >= `min_trust`, never quarantined points.

    The filter is applied inside the engine's query; an empty `source_ids` means "nothing".
    """

    source_ids: frozenset[str]
    min_trust: float = 0.0

    def __post_init__(self) -> None:
        if not isinstance(self.source_ids, frozenset):
            object.__setattr__(self, "source_ids", frozenset(self.source_ids))
        if not math.isfinite(float(self.min_trust)):
            raise ValueError("min_trust must be a finite number")


@dataclass(frozen=True)
class VectorHit:
    """One search result: the point id, its cosine similarity and its payload."""

    id: str
    score: float
    payload: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class VectorIndex(Protocol):
    """The seam every vector engine implements. All methods are synchronous and thread-safe."""

    def upsert(self, points: Sequence[VectorPoint]) -> None:
        """Insert or overwrite points by id; visible to `search` when this returns."""
        ...

    def search(self, vector: Sequence[float], *, flt: SearchFilter, limit: int) -> list[VectorHit]:
        """Top `limit` points by cosine similarity among those `flt` allows, best first."""
        ...

    def delete_document(self, document_id: str) -> None:
        """Remove every point of a document."""
        ...

    def delete_source(self, source_id: str) -> None:
        """Remove every point of a source."""
        ...

    def set_source_state(
        self, source_id: str, *, quarantined: bool | None = None, classification: str | None = None
    ) -> None:
        """Set `source_quarantined` and/or `classification` on every point of a source."""
        ...

    def count(self, *, source_id: str | None = None, document_id: str | None = None) -> int:
        """Exact number of points, optionally of one source and/or one document."""
        ...

    def close(self) -> None:
        """Flush and release the engine; further calls raise `VectorIndexUnavailable`."""
        ...


def canonical_id(raw: str) -> str:
    """Return the canonical (lower-case, hyphenated) form of a UUID string, or raise ValueError."""
    try:
        return str(uuid.UUID(str(raw)))
    except (ValueError, AttributeError, TypeError) as exc:
        raise ValueError(f"point id must be a UUID string, got {raw!r}") from exc


def check_vector(vector: Sequence[float], dim: int) -> list[float]:
    """Return the vector as a list of floats after checking its length and finiteness."""
    values = [float(x) for x in vector]
    if len(values) != dim:
        raise ValueError(f"vector has {len(values)} dimensions, the index expects {dim}")
    if not all(math.isfinite(x) for x in values):
        raise ValueError("vector contains NaN or infinity")
    return values


def normalize_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """Check the keys the filter depends on and fill the two quarantine flags (default False)."""
    missing = [k for k in REQUIRED_KEYS if k not in payload]
    if missing:
        raise ValueError(f"payload lacks required key(s): {', '.join(missing)}")
    out = dict(payload)
    if not isinstance(out[SOURCE_ID], str) or not out[SOURCE_ID]:
        raise ValueError("payload source_id must be a non-empty string")
    if not isinstance(out[DOCUMENT_ID], str) or not out[DOCUMENT_ID]:
        raise ValueError("payload document_id must be a non-empty string")
    trust = out[TRUST]
    if isinstance(trust, bool) or not isinstance(trust, int | float) or not math.isfinite(trust):
        raise ValueError("payload trust must be a finite number")
    out[TRUST] = float(trust)
    for flag in (QUARANTINED, SOURCE_QUARANTINED):
        value = out.setdefault(flag, False)
        if not isinstance(value, bool):
            raise ValueError(f"payload {flag} must be a bool")
    return out


def prepare_points(points: Sequence[VectorPoint], dim: int) -> list[tuple[str, list[float], dict[str, Any]]]:
    """Validate a batch and collapse repeated ids (last one wins, as an upsert would)."""
    by_id: dict[str, tuple[str, list[float], dict[str, Any]]] = {}
    for p in points:
        pid = canonical_id(p.id)
        by_id[pid] = (pid, check_vector(p.vector, dim), normalize_payload(p.payload))
    return list(by_id.values())


def allowed_by(payload: Mapping[str, Any], flt: SearchFilter) -> bool:
    """Re-check a hit against its filter in Python (defence in depth behind the engine filter)."""
    trust = payload.get(TRUST)
    return (
        payload.get(SOURCE_ID) in flt.source_ids
        and isinstance(trust, int | float)
        and trust >= flt.min_trust
        and payload.get(QUARANTINED) is False
        and payload.get(SOURCE_QUARANTINED) is False
    )
