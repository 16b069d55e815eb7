"""Normalisation: the detection view (with an offset map back to the input) and evidence clean-up.

`detection_view(text)` builds the string detectors read: HTML entities decoded, NFKC applied,
Latin diacritics dropped, invisible characters removed, Unicode tag text and variation-selector
payloads decoded in place (between blank lines, so they read as their own paragraph), and
homoglyphs folded to Latin inside mixed-script words. Every view character remembers the input
range it came from, so a view span maps back to an exact input span.

`clean_evidence(text)` is the gentler form used for the text we keep: NFKC only where it does not
change meaning (superscripts, subscripts and fractions stay), invisible characters dropped with
the context exceptions in `charclass.py`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from trust.charclass import (
    CONFUSABLES,
    decode_tags,
    decode_variation_bytes,
    has_confusable,
    invisible_runs,
)
from trust.findings import Span

_SPECIAL = re.compile(r"[^\x00-\x7f]+|&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
_MIXED_WORD = re.compile(r"[^\W\d_]{2,}")
_KEEP_COMPAT = ("<super>", "<sub>", "<fraction>")
_CONFUSABLE_CHAR = re.compile("[" + "".join(sorted(chr(cp) for cp in CONFUSABLES)) + "]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class View:
    """A normalised string plus, per character, the input range it came from (None = identity)."""

    text: str
    source_len: int
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_source(self, start: int, end: int) -> Span:
        """Map a view span [start, end) to the smallest input span covering it."""
        if self.starts is None or self.ends is None:
            return Span(start, end)
        n = len(self.text)
        if n == 0:
            return Span(0, 0)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        if start == end:
            pos = self.starts[start] if start < n else self.source_len
            return Span(pos, pos)
        return Span(self.starts[start], max(self.ends[end - 1], self.starts[start]))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """NFKC, then drop combining marks from Latin letters (ignöre -> ignore) for matching only."""
    k = unicodedata.normalize("NFKC", ch)
    d = unicodedata.normalize("NFKD", k)
    if d and d[0].isascii() and d[0].isalpha() and all(unicodedata.combining(c) for c in d[1:]):
        return d[0] + "".join(c for c in k if c.isascii() and not c.isalpha())
    return k


def fold_for_matching(text: str) -> str:
    """`text` as the detection view spells it (NFKC, marks dropped from Latin letters), so a pattern or
    word list typed with accents ("Erkläre", "¿Cuál") matches the view ("Erklare", "¿Cual")."""
    return "".join(_fold_char(ch) for ch in text)


def _decode_entity(ent: str) -> str:
    out = html.unescape(ent)
    return ent if out == ent else out


def detection_view(text: str) -> View:
    """The string detectors see, with an offset map back to `text` (see module docstring)."""
    if text.isascii() and "&" not in text:
        return View(text, len(text))
    hidden = {s: (e, k) for s, e, k in invisible_runs(text)}
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(piece: str, s: int, e: int) -> None:
        parts.append(piece)
        starts.extend([s] * len(piece))
        ends.extend([e] * len(piece))

    pos = 0
    for m in _SPECIAL.finditer(text):
        if m.start() > pos:
            parts.append(text[pos : m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        tok = m.group()
        if tok[0] == "&":
            emit(_decode_entity(tok), m.start(), m.end())
            pos = m.end()
            continue
        i, base = 0, m.start()
        while i < len(tok):
            run = hidden.get(base + i)
            if run is not None:
                end, kind = run
                raw = text[base + i : end]
                payload = decode_tags(raw) if kind == "tag_chars" else ""
                if kind == "variation_selector" and len(raw) > 1:
                    payload = decode_variation_bytes(raw)
                if payload.strip():
                    emit("\n\n" + payload + "\n\n", base + i, end)
                i = end - base
                continue
            ch = tok[i]
            emit(_fold_char(ch), base + i, base + i + 1)
            i += 1
        pos = m.end()
    if pos < len(text):
        parts.append(text[pos:])
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    view = "".join(parts)
    if _CONFUSABLE_CHAR.search(view) is not None and _ASCII_LETTER.search(view) is not None:
        view = _MIXED_WORD.sub(_fold_mixed_word, view)  # else no word can mix an ASCII letter with a look-alike
    return View(view, len(text), tuple(starts), tuple(ends))


def _fold_mixed_word(m: re.Match[str]) -> str:
    word = m.group()
    # Only words that mix ASCII letters with look-alikes: "іgnоrе" spelled with Cyrillic і, о, е.
    if has_confusable(word) and any(c.isascii() for c in word):
        return word.translate(CONFUSABLES)
    return word


@lru_cache(maxsize=4096)
def _safe_nfkc_char(ch: str) -> str:
    decomposition = unicodedata.decomposition(ch)
    if decomposition.startswith(_KEEP_COMPAT):
        return ch
    return unicodedata.normalize("NFKC", ch)


def clean_evidence(text: str) -> str:
    """NFKC where safe and no invisible characters (context exceptions kept); see module docstring."""
    if text.isascii():
        return text
    runs = invisible_runs(text)
    if runs:
        pieces, pos = [], 0
        for s, e, _ in runs:
            pieces.append(text[pos:s])
            pos = e
        pieces.append(text[pos:])
        text = "".join(pieces)
    if len(_NFKC_TABLE) > 20_000:
        _NFKC_TABLE.clear()  # bounded, whatever characters the input holds
    return unicodedata.normalize("NFC", text.translate(_NFKC_TABLE))


class _SafeNfkcTable(dict[int, str]):
    """`str.translate` table that fills itself: code point -> its safe NFKC form (ASCII maps to itself),
    so a chunk is mapped by one C-level pass instead of a Python call per character."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        out = _safe_nfkc_char(ch) if cp >= 0x80 else ch
        self[cp] = out
        return out


_NFKC_TABLE = _SafeNfkcTable()
