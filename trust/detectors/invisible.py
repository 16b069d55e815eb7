"""Invisible characters: zero-width and format characters, bidi controls, Unicode tag characters,
variation selectors outside emoji. Context rules (ZWJ/ZWNJ in scripts and emoji) live in
`trust/charclass.py`. Reads the raw input, since the detection view has these removed; text
smuggled in tag characters or variation selectors is decoded by `normalize.py` so every other
detector scans it too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from trust.charclass import decode_tags, decode_variation_bytes, invisible_runs
from trust.findings import Action, Category, Finding, Span
from trust.registry import register


@register
class Invisible:
    name: ClassVar[str] = "invisible"
    version: ClassVar[str] = "1"
    raw: ClassVar[bool] = True

    def detect(self, text: str) -> Iterator[Finding]:
        if text.isascii():
            return
        for start, end, kind in invisible_runs(text):
            yield Finding(
                self.name,
                kind,
                Category.INVISIBLE,
                Span(start, end),
                _score(kind, text[start:end]),
                Action.REMOVE,
                self.version,
            )


def _score(kind: str, run: str) -> float:
    # Smuggled text is deliberate; a stray zero-width space from copy-paste is not.
    if kind == "tag_chars":
        return 0.9 if decode_tags(run).strip() else 0.5
    if kind == "variation_selector":
        return 0.8 if len(run) > 1 and decode_variation_bytes(run).strip() else 0.2
    if kind == "bidi_control":
        return 0.5
    return 0.2
