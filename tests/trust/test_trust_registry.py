"""Registry: one file + one import line per detector; names unique; fixed order."""

from __future__ import annotations

import pkgutil
from collections.abc import Iterator
from typing import ClassVar

import pytest

import trust.detectors
from trust import Finding, get_detectors, register
from trust.registry import registered_names


def test_every_detector_module_is_imported() -> None:
    modules = {m.name for m in pkgutil.iter_modules(trust.detectors.__path__)}
    assert modules <= set(trust.detectors.__all__), modules - set(trust.detectors.__all__)
    assert set(registered_names()) >= modules - {"_shared"}


def test_names_are_unique_and_match_files() -> None:
    names = registered_names()
    assert len(names) == len(set(names))
    for det in get_detectors():
        assert type(det).__module__ == f"trust.detectors.{det.name}"


def test_duplicate_name_fails() -> None:
    class Again:
        name: ClassVar[str] = "invisible"
        version: ClassVar[str] = "1"

        def detect(self, text: str) -> Iterator[Finding]:
            return iter(())

    with pytest.raises(ValueError, match="duplicate"):
        register(Again)


def test_missing_version_fails() -> None:
    class NoVersion:
        name: ClassVar[str] = "no_version"

        def detect(self, text: str) -> Iterator[Finding]:
            return iter(())

    with pytest.raises(TypeError):
        register(NoVersion)


def test_get_detectors_subset_keeps_registration_order() -> None:
    names = registered_names()
    picked = get_detectors(list(reversed(names[:2])))
    assert [d.name for d in picked] == names[:2]
    with pytest.raises(KeyError):
        get_detectors(["no_such_detector"])
