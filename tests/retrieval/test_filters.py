"""The effective filter: a request narrows the key's allowlist, never widens it."""

from __future__ import annotations

import pytest

from retrieval.filters import SourceAllowlist, build_filter

SERVABLE = {"a", "b", "c", "q"}


@pytest.mark.parametrize(
    ("stored", "requested", "expected"),
    [
        (["a", "b"], None, {"a", "b"}),  # by omission: only the allowlist
        (["a", "b"], ["b"], {"b"}),  # narrowing
        (["a", "b"], ["c"], set()),  # a foreign source by id: nothing
        (["a", "b"], ["a", "c"], {"a"}),  # foreign id mixed in: dropped
        (["a", "b"], [], set()),  # narrowed to the empty set
        ([], None, set()),  # key with no source
        ([], ["a"], set()),
        (["*"], None, SERVABLE),
        (["*"], ["c", "zzz"], {"c"}),  # unknown ids never appear
        (["a", "gone"], None, {"a"}),  # deleted / quarantined sources drop out
    ],
)
def test_build_filter(stored: list[str], requested: list[str] | None, expected: set[str]) -> None:
    flt = build_filter(
        allowlist=SourceAllowlist.from_stored(stored), requested=requested, servable=SERVABLE, min_trust=0.3
    )
    assert flt.source_ids == frozenset(expected)
    assert flt.min_trust == 0.3
