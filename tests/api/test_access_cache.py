"""AccessCache: entries expire, the size is bounded, and a fill that raced a change is discarded."""

from __future__ import annotations

from api.access_cache import AccessCache, SourceState
from api.auth import KeyState, Principal
from retrieval.filters import SourceAllowlist


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _state(key_id: str = "k1") -> KeyState:
    return KeyState(Principal(key_id, "n", "app", SourceAllowlist.from_stored(["s1"])), None, None)


def test_entries_expire_after_the_ttl() -> None:
    clock = Clock()
    cache = AccessCache(2.0, clock=clock)
    cache.put_key("h", _state(), cache.generation)
    rows = (SourceState("s1", "kb", "internal", False),)
    cache.put_sources(frozenset({"s1"}), rows, cache.generation)
    clock.now += 1.9
    assert cache.key("h") == _state() and cache.sources(frozenset({"s1"})) == rows
    clock.now += 0.2
    assert cache.key("h") is None and cache.sources(frozenset({"s1"})) is None


def test_a_fill_that_raced_an_invalidation_is_dropped() -> None:
    cache = AccessCache(60.0)
    before = cache.generation  # a request read this, then the database...
    cache.invalidate()  # ...then a revocation committed and cleared the cache
    cache.put_key("h", _state(), before)
    cache.put_sources(None, (), before)
    assert cache.key("h") is None and cache.sources(None) is None
    cache.put_key("h", _state(), cache.generation)
    assert cache.key("h") is not None
    cache.invalidate()
    assert cache.key("h") is None


def test_size_is_bounded_and_a_zero_ttl_caches_nothing() -> None:
    cache = AccessCache(60.0, max_entries=3)
    for i in range(5):
        cache.put_key(f"h{i}", _state(f"k{i}"), cache.generation)
    assert [cache.key(f"h{i}") is not None for i in range(5)] == [False, False, True, True, True]
    off = AccessCache(0.0)
    off.put_key("h", _state(), off.generation)
    assert off.key("h") is None
