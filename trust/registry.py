"""Detector registry: the `Detector` protocol, the `register` decorator and `get_detectors`.

Registration is one decorator on the class plus one import line in `trust/detectors/__init__.py`;
the import order there is the order `scan` runs detectors in. Names and versions are stable
public strings recorded in provenance, so a duplicate name fails at import time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import ClassVar, Protocol, TypeVar, runtime_checkable

from trust.findings import Finding


@runtime_checkable
class Detector(Protocol):
    """Text in, findings with exact spans out; pure, stateless after `__init__`, never raises on odd input.

    `raw = False` (the default): `detect` gets the normalised detection view and its spans are
    mapped back by `scan`. `raw = True`: `detect` gets the caller's string unchanged (for
    detectors that look at the very characters normalisation removes, e.g. invisible ones).
    """

    name: ClassVar[str]
    version: ClassVar[str]
    raw: ClassVar[bool]

    def detect(self, text: str) -> Iterable[Finding]: ...


D = TypeVar("D", bound=type)

_REGISTRY: dict[str, type] = {}
_INSTANCES: dict[str, Detector] = {}


def register(cls: D) -> D:
    """Class decorator: add a detector class under its `name`; a second class with that name fails."""
    name = getattr(cls, "name", None)
    version = getattr(cls, "version", None)
    if not isinstance(name, str) or not name or not isinstance(version, str) or not version:
        raise TypeError(f"{cls.__name__} needs string class attributes 'name' and 'version'")
    if not callable(getattr(cls, "detect", None)):
        raise TypeError(f"{cls.__name__} has no detect() method")
    if name in _REGISTRY and _REGISTRY[name] is not cls:
        raise ValueError(f"duplicate detector name {name!r} ({_REGISTRY[name].__name__}, {cls.__name__})")
    if not hasattr(cls, "raw"):
        cls.raw = False  # type: ignore[attr-defined]
    _REGISTRY[name] = cls
    return cls


def _load() -> None:
    # Importing the package runs every @register line in its fixed order.
    import trust.detectors  # noqa: F401


def registered_names() -> list[str]:
    """All registered detector names, in run order."""
    _load()
    return list(_REGISTRY)


def get_detectors(names: Collection[str] | None = None) -> list[Detector]:
    """Shared instances of the named detectors (all when None), in registration order."""
    _load()
    wanted = list(_REGISTRY) if names is None else list(names)
    unknown = [n for n in wanted if n not in _REGISTRY]
    if unknown:
        raise KeyError(f"unknown detector(s): {', '.join(unknown)}")
    out: list[Detector] = []
    for name in _REGISTRY:
        if name in wanted:
            if name not in _INSTANCES:
                _INSTANCES[name] = _REGISTRY[name]()
            out.append(_INSTANCES[name])
    return out


def detector_versions() -> dict[str, str]:
    """name -> version of every registered detector, for provenance records."""
    _load()
    return {name: cls.version for name, cls in _REGISTRY.items()}  # type: ignore[attr-defined]
