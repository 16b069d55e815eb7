"""The effective retrieval filter: (allowlist ∩ requested) ∩ servable sources, trust ≥ minimum.

Pure: a request can narrow what its key may read, never widen it, and a key that may read
nothing gets an empty set, which the index answers with nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from common.vectors import SearchFilter


@dataclass(frozen=True)
class SourceAllowlist:
    """The sources a key may read: every source (`everything`) or an explicit set of ids,
    optionally only those of some classifications (empty = any classification)."""

    everything: bool
    source_ids: frozenset[str] = frozenset()
    classifications: frozenset[str] = frozenset()

    @classmethod
    def from_stored(cls, stored: Collection[str], classifications: Collection[str] = ()) -> SourceAllowlist:
        return cls(
            everything="*" in stored,
            source_ids=frozenset(s for s in stored if s != "*"),
            classifications=frozenset(classifications),
        )

    def permits(self, source_id: str, classification: str | None = None) -> bool:
        """Whether the key may use this source; without a classification only the id is judged,
        so callers holding the source row must pass its classification."""
        if self.classifications and classification is not None and classification not in self.classifications:
            return False
        return self.everything or source_id in self.source_ids


def build_filter(
    *, allowlist: SourceAllowlist, requested: Collection[str] | None, servable: Collection[str], min_trust: float
) -> SearchFilter:
    """`servable` is every existing, non-quarantined source id."""
    effective = frozenset(servable)
    if not allowlist.everything:
        effective &= allowlist.source_ids
    if requested is not None:
        effective &= frozenset(requested)
    return SearchFilter(source_ids=effective, min_trust=min_trust)
