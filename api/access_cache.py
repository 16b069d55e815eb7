"""`AccessCache`: what /v1/retrieve reads of keys and sources before every search, kept briefly.

Why: the key lookup and the source rows were two database reads (about 1 ms with their session)
on every retrieval, for data that changes rarely. Entries live `ttl` seconds
(`HARDRAG_AUTH_CACHE_SECONDS`). This process's own changes (a key revoked, rotated or created, a
source created, changed or deleted) clear the whole cache once they are committed, so they bite
at once here; changes made by another process are seen within `ttl`.

What a stale entry could do, and why it is bounded that way:
* a key revoked elsewhere keeps working here for at most `ttl` (expiry is checked on every hit);
* a source quarantined elsewhere is still refused at once: the engine filters on the
  `source_quarantined` flag the change writes into the index before it commits;
* a source reclassified elsewhere: every hit's indexed classification is checked against the
  key's classification allowlist, so that too bites at once;
* new or released sources appear within `ttl` (fail closed); a renamed source shows its old name.

A fill that raced a change is discarded (a generation counter), so an entry read before a change
committed never outlives the change's invalidation. Unknown keys are never cached.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from api.auth import KeyState

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True)
class SourceState:
    id: str
    name: str
    classification: str
    quarantined: bool


class _Ttl(Generic[K, V]):
    """A bounded LRU map whose entries expire; callers hold the cache's lock."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self.items: OrderedDict[K, tuple[float, V]] = OrderedDict()

    def get(self, key: K, now: float) -> V | None:
        found = self.items.get(key)
        if found is None:
            return None
        if found[0] <= now:
            del self.items[key]
            return None
        self.items.move_to_end(key)
        return found[1]

    def put(self, key: K, value: V, expires: float) -> None:
        self.items[key] = (expires, value)
        self.items.move_to_end(key)
        while len(self.items) > self.max_entries:
            self.items.popitem(last=False)


class AccessCache:
    def __init__(self, ttl: float, *, max_entries: int = 4096, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._generation = 0
        self._keys: _Ttl[str, KeyState] = _Ttl(max_entries)
        self._sources: _Ttl[frozenset[str] | None, tuple[SourceState, ...]] = _Ttl(max_entries)

    @property
    def enabled(self) -> bool:
        return self.ttl > 0

    @property
    def generation(self) -> int:
        """Read before loading from the database; pass to `put_*` so a fill that raced a change is dropped."""
        with self._lock:
            return self._generation

    def key(self, key_hash: str) -> KeyState | None:
        with self._lock:
            return self._keys.get(key_hash, self._clock())

    def put_key(self, key_hash: str, state: KeyState, generation: int) -> None:
        with self._lock:
            if self.enabled and generation == self._generation:
                self._keys.put(key_hash, state, self._clock() + self.ttl)

    def sources(self, visible: frozenset[str] | None) -> tuple[SourceState, ...] | None:
        """The source rows of `visible` ids (None: every source), if cached."""
        with self._lock:
            return self._sources.get(visible, self._clock())

    def put_sources(self, visible: frozenset[str] | None, rows: tuple[SourceState, ...], generation: int) -> None:
        with self._lock:
            if self.enabled and generation == self._generation:
                self._sources.put(visible, rows, self._clock() + self.ttl)

    def invalidate(self) -> None:
        """Forget everything (call after a change to keys or sources has committed)."""
        with self._lock:
            self._generation += 1
            self._keys.items.clear()
            self._sources.items.clear()
