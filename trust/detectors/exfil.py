"""Exfiltration: Markdown images/links and HTML images whose URL would carry data to an outside
host when a client renders them (template slots like `{secret}`, `$DATA`, `[conversation]`, or
query parameters named for data), and bare URLs with such slots. The construct is removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from trust.context import in_fenced_code, is_discussion
from trust.findings import Action, Category, Finding, Span
from trust.registry import register

_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\(\s*<?(?P<u>https?://[^\s)>]{3,2000})>?(?:\s+\"[^\"\n]*\")?\s*\)")
_MD_LINK = re.compile(r"(?<!!)\[[^\]\n]{0,200}\]\(\s*<?(?P<u>https?://[^\s)>]{3,2000})>?(?:\s+\"[^\"\n]*\")?\s*\)")
_HTML_IMG = re.compile(r"<img\b[^>]{0,500}?\bsrc\s*=\s*[\"']?(?P<u>https?://[^\"'\s>]{3,2000})", re.IGNORECASE)
_BARE_URL = re.compile(r"(?<![(\"'=<])\bhttps?://[^\s\"'<>()]{3,2000}")
# Slots a model is asked to fill: {secret}, {{history}}, $DATA, [CONVERSATION], <user data>, %7Bx%7D, INSERT_…
_SLOT = re.compile(
    r"\{\{?[^{}/]{1,60}\}?\}|\$\{?[A-Za-z_]{2,40}\}?|\[[A-Za-z_ ]{2,40}\]|<[^<>/]{2,40}>|%7B|%24%7B|"
    r"\b(?:INSERT|REPLACE|FILL|PUT)[_-]?\w*|\bYOUR[_-]\w+|\.\.\.(?=$|&)",
)
_DATA_PARAM = re.compile(
    r"[?&](?:data|d|q|query|secret|secrets|token|key|password|pwd|pass|creds?|credentials|exfil|payload|conv|"
    r"conversation|history|chat|leak|info|msg|message|content|text|summary|memo|notes?|user|email|ssn|dob|"
    r"session|cookie|prompt|context|input|output|p|c|s|x|v)=",
    re.IGNORECASE,
)
# One-letter parameters are as often a size, version or page ("avatars…/u/1?v=4&s=100", "style.css?v=3"):
# they count only with a value that could hold data, not a short number or word.
_ONE_LETTER_DATA = re.compile(r"[?&](?:d|q|p|c|s|x|v)=(?P<v>[^&#?]*)", re.IGNORECASE)
_NAMED_DATA = re.compile(
    r"[?&](?:data|query|secret|secrets|token|key|password|pwd|pass|creds?|credentials|exfil|payload|conv|"
    r"conversation|history|chat|leak|info|msg|message|content|text|summary|memo|notes?|user|email|ssn|dob|"
    r"session|cookie|prompt|context|input|output)=",
    re.IGNORECASE,
)


def _image_carries_data(url: str) -> bool:
    if _NAMED_DATA.search(url):
        return True
    return any(len(m.group("v")) >= 6 and not m.group("v").isdigit() for m in _ONE_LETTER_DATA.finditer(url))


_BENIGN_IMAGE = re.compile(
    r"(?:shields\.io|badge|badgen\.net|travis-ci|circleci|codecov|github\.com/.+/workflows)", re.IGNORECASE
)


@register
class Exfil:
    name: ClassVar[str] = "exfil"
    version: ClassVar[str] = "2"  # 2: one-letter query parameters need a data-sized value
    raw: ClassVar[bool] = False

    def detect(self, text: str) -> Iterator[Finding]:
        if "http" not in text:
            return
        seen: list[tuple[int, int]] = []
        for rule, pattern, base in (
            ("markdown_image", _MD_IMAGE, 0.7),
            ("html_image", _HTML_IMG, 0.7),
            ("markdown_link", _MD_LINK, 0.5),
        ):
            for m in pattern.finditer(text):
                score = _url_score(m.group("u"), base, image=rule != "markdown_link")
                if score > 0:
                    seen.append(m.span())
                    yield self._finding(rule, m.start(), m.end(), score, text)
        for m in _BARE_URL.finditer(text):
            if any(s <= m.start() < e for s, e in seen):
                continue
            if _SLOT.search(m.group()) and _DATA_PARAM.search(m.group()):
                yield self._finding("url_with_data_slot", m.start(), m.end(), 0.7, text)

    def _finding(self, rule: str, start: int, end: int, score: float, text: str = "") -> Finding:
        # An example inside a fenced code block of an article about attacks is shown, not rendered.
        if text and in_fenced_code(text, start) and is_discussion(text, start, end, start):
            return Finding(self.name, rule, Category.EXFIL, Span(start, end), 0.3, Action.FLAG, self.version)
        return Finding(self.name, rule, Category.EXFIL, Span(start, end), score, Action.REMOVE, self.version)


def _url_score(url: str, base: float, *, image: bool) -> float:
    """0 when the URL looks like an ordinary image/link; else how sure we are that it carries data out."""
    query = url.split("?", 1)[1] if "?" in url else ""
    slot = _SLOT.search(url) is not None
    param = _DATA_PARAM.search(url) is not None
    if slot and (param or image):
        return 0.9
    if image and param and _image_carries_data(url) and not _BENIGN_IMAGE.search(url) and len(query) >= 3:
        return base
    return 0.0
