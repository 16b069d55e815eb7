"""Hidden markup inside a chunk: HTML comments, styled-away or aria-hidden elements, script/style,
Markdown comments and link titles. The scanning itself is `trust/hidden_html.py`, shared with the
parse-time `strip_hidden_html`. Reads the raw input: entity-decoded text is not markup.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from trust.findings import Finding
from trust.hidden_html import DETECTOR, VERSION, hidden_findings
from trust.registry import register


@register
class HiddenMarkup:
    name: ClassVar[str] = DETECTOR
    version: ClassVar[str] = VERSION
    raw: ClassVar[bool] = True

    def detect(self, text: str) -> Iterator[Finding]:
        if "<" not in text and "](" not in text and "]:" not in text:
            return
        yield from hidden_findings(text)
