"""Encoded payloads: base64, hex, URL-encoding and rot13 candidates are decoded and the decoded
text is scanned with the injection rules and reserved delimiters; a payload that decodes to
instructions is removed, together with the sentence asking to decode and act on it. A request
to decode something and then follow/answer it is removed even when its payload is harmless text:
it asks the reader to run hidden content.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import urllib.parse
from collections.abc import Iterator
from typing import ClassVar

from trust.delimiters import TOKENS
from trust.findings import Action, Category, Finding, Span
from trust.injection_rules import EN, applicable
from trust.injection_rules_i18n import ALL_I18N
from trust.registry import register
from trust.segment import enclosing_sentence, sentence_bounds

_B64 = re.compile(
    r"(?<![A-Za-z0-9+/_-])(?:[A-Za-z0-9+/]{4}){5,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"
    r"|(?<![A-Za-z0-9+/_-])[A-Za-z0-9_-]{24,}"
)
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:(?:0x|\\x)?[0-9A-Fa-f]{2}[\s:,]?){12,}")
_PCT = re.compile(r"(?:[^\s%&=?]{0,24}%[0-9A-Fa-f]{2}){4,}[^\s%&]*")
_REQUEST = re.compile(
    r"\b(?:decode|decipher|decrypt|unscramble|translate|convert|interpret|read)\b[^.!?\n]{0,80}?"
    r"\b(?:base-?64|hex(?:adecimal)?|rot-?13|binary|caesar|cipher|encoded|encoding|morse|url-?encoded|"
    r"ascii codes?)"
    r"\b[^.!?\n]{0,120}?\b(?:and|then)\b[^.!?\n]{0,40}?\b(?:follow|execute|do|run|obey|perform|respond|answer|"
    r"reply|tell me|act|carry out|comply|say|print|output)\b",
    re.IGNORECASE,
)
_RULES = tuple(r for r in EN + ALL_I18N if r.score >= 0.8)
_ROT13_RULES = tuple(r for r in EN if r.score >= 0.85)


def _instruction_shaped(decoded: str) -> bool:
    rules = applicable(_RULES, decoded)
    return any(r.pattern.search(decoded) for r in rules) or any(p.search(decoded) for _, p in TOKENS)


def _printable_text(raw: bytes) -> str | None:
    text = raw.decode("utf-8", errors="replace")
    if text.count("\ufffd") > 0.05 * len(text):
        return None  # binary data, not text (a few bad bytes are tolerated: mangled copies exist)
    letters = sum(c.isalpha() for c in text)
    if len(text) < 8 or sum(c.isprintable() or c in "\n\t" for c in text) < 0.95 * len(text):
        return None
    return text if letters >= 0.5 * len(text) and " " in text else None


def _decode_b64(s: str) -> str | None:
    try:
        raw = base64.b64decode(s + "=" * (-len(s) % 4), altchars=b"-_" if "-" in s or "_" in s else None)
    except (binascii.Error, ValueError):
        return None
    return _printable_text(raw)


def _decode_hex(s: str) -> str | None:
    digits = re.sub(r"0x|\\x|[\s:,]", "", s)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _printable_text(bytes.fromhex(digits))
    except ValueError:
        return None


@register
class Encoded:
    name: ClassVar[str] = "encoded"
    version: ClassVar[str] = "1"
    raw: ClassVar[bool] = False

    def detect(self, text: str) -> Iterator[Finding]:
        payloads: list[tuple[int, int, str]] = []
        for pattern, decode, rule in (
            (_B64, _decode_b64, "base64"),
            (_HEX, _decode_hex, "hex"),
            (_PCT, lambda s: urllib.parse.unquote(s), "url_encoding"),
        ):
            for m in pattern.finditer(text):
                decoded = decode(m.group().strip())
                if decoded and decoded != m.group() and _instruction_shaped(decoded):
                    payloads.append((m.start(), m.end(), rule))
        rot = codecs.encode(text, "rot13")
        for rule in applicable(_ROT13_RULES, rot):
            for m in rule.pattern.finditer(rot):
                if not rule.pattern.search(text, m.start(), m.end()):
                    payloads.append((m.start(), m.end(), "rot13"))
        requests = [m.span() for m in _REQUEST.finditer(text)]
        if not payloads and not requests:
            return
        bounds = sentence_bounds(text)
        for start, end, rule in payloads:
            if rule == "rot13":
                start, end = enclosing_sentence(text, bounds, start, end)
            yield Finding(self.name, rule, Category.ENCODED, Span(start, end), 0.9, Action.REMOVE, self.version)
        for start, end in requests:
            s, e = enclosing_sentence(text, bounds, start, end)
            yield Finding(self.name, "decode_request", Category.ENCODED, Span(s, e), 0.8, Action.REMOVE, self.version)
