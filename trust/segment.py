"""Sentence and clause boundaries with offsets, so a detector can remove "the sentence that says it"
rather than a bare match or the whole chunk. Heuristic and language-light: sentence punctuation
(Latin and CJK), blank lines, list items, and a line break before a capitalised line.
"""

from __future__ import annotations

import bisect
import re

_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’»)\]]*(?=\s|$)"  # end of a Latin-script sentence
    r"|[。！？；]+[」』”’）]*"  # CJK sentence ends need no space
    r"|\n[ \t]*\n"  # blank line
    r"|\n(?=[ \t]*```)"  # a code fence opens or closes a block of its own
    # a line break before a list item or a capitalised line
    r"|\n(?=[ \t]*(?:[-*•>#|]|\d+[.)]\s|[A-ZА-ЯЁ0-9\"'“<\[(]|[^\x00-\x7f]))"
)
_CLAUSE = re.compile(r"[,;:—–]\s|\s-\s|\s\(|\)\s")
MAX_SENTENCE = 400


def sentence_bounds(text: str) -> list[int]:
    """Sorted boundary offsets, always including 0 and len(text)."""
    bounds = [0]
    bounds.extend(m.end() for m in _BOUNDARY.finditer(text))
    bounds.append(len(text))
    return sorted(set(bounds))


def enclosing_sentence(text: str, bounds: list[int], start: int, end: int) -> tuple[int, int]:
    """The sentence (or, for a very long sentence, the clause) around [start, end), whitespace trimmed."""
    i = bisect.bisect_right(bounds, start) - 1
    j = bisect.bisect_left(bounds, end)
    s, e = bounds[max(i, 0)], bounds[min(j, len(bounds) - 1)]
    if e - s > MAX_SENTENCE:
        s, e = _clause(text, s, e, start, end)
    return _trim(text, s, e)


def _clause(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    # Without a clause mark in the window, start at the window (snapped to a space), never at the
    # sentence start: a 100 kB run-on "sentence" would otherwise make every hit's span, and every
    # context check over it, grow with the text (quadratic time on adversarial input).
    lo = max(s, start - MAX_SENTENCE // 2)
    space = text.find(" ", lo, start)
    cs = lo if lo == s or space < 0 else space + 1
    for m in _CLAUSE.finditer(text, lo, start):
        cs = m.end()
    m = _CLAUSE.search(text, end, min(e, end + MAX_SENTENCE // 2))
    ce = m.start() + 1 if m else min(e, end + MAX_SENTENCE // 2)
    return max(cs, s), min(max(ce, end), e)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def next_sentence(text: str, bounds: list[int], end: int) -> tuple[int, int] | None:
    """The sentence right after offset `end` in the same paragraph, or None."""
    j = bisect.bisect_left(bounds, end)
    if j >= len(bounds) - 1:
        return None
    s, e = _trim(text, bounds[j], bounds[j + 1])
    if s >= e or "\n\n" in text[end:s]:
        return None
    return s, e
