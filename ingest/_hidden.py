"""Parse-time removal of hidden content from HTML and Markdown (private to ingest).

Hidden content is text a human reviewer never sees; it is reported as a HIDDEN finding and
never reaches the parser, so it can never become evidence. This module owns:

- :func:`strip_html` — ``trust.strip_hidden_html`` (the shared, span-exact sanitiser), after
  checking that the HTML fits the limits of the lxml parser unstructured uses (see
  :func:`check_html_limits`): every HTML path (pages, Markdown's rendered HTML, email parts)
  goes through it.
- :func:`strip_markdown` — hidden HTML (comments, hidden elements), ``[//]: # (…)`` comments and
  link/image/definition titles in the raw Markdown, with exact spans, skipping code spans and
  fenced code (where such text is visible). Rendered Markdown is stripped again by the parser.

DOCX hidden runs live in :mod:`ingest._docx`, PDF hidden text in :mod:`ingest._pdf`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from lxml import etree

from common.errors import ParseFailed
from trust import strip_hidden_html
from trust.findings import Action, Category, Finding, Span
from trust.hidden_html import find_hidden

DETECTOR = "ingest.parse"


def hidden(rule: str, start: int = 0, end: int = 0) -> Finding:
    """A HIDDEN/REMOVE finding from the parser; 0-length span when no raw offset applies."""
    return Finding(DETECTOR, rule, Category.HIDDEN, Span(start, end), 1.0, Action.REMOVE)


def check_html_limits(html: str) -> None:
    """Refuse HTML that unstructured's lxml parser would silently cut short.

    ``partition_html`` parses with lxml's default limits: elements nested at most 255 deep, text
    runs and tags up to 10 MB. Past either, libxml2 stops with a fatal resource-limit error and
    unstructured keeps what it had parsed so far: the rest of the document would vanish without a
    word (or the job would end as ``parse.no_text``). We parse once the same way (fast, C, no
    recursion in Python) and raise ``parse.failed`` naming the limit instead.
    """
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        try:
            etree.fromstring(html, parser)
        except ValueError:  # a str with an encoding declaration: lxml wants bytes then
            etree.fromstring(html.encode("utf-8"), parser)
    except etree.XMLSyntaxError:
        pass  # not a limit; unstructured decides what to make of it
    for error in parser.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            if "depth" in error.message.lower():
                raise ParseFailed("the HTML nests elements deeper than the HTML parser's limit of 255 levels")
            raise ParseFailed("the HTML holds a text run or tag longer than the HTML parser's limit (10 MB)")


def strip_html(html: str, *, raw_spans: bool) -> tuple[str, list[Finding]]:
    """Remove hidden HTML content with ``trust.strip_hidden_html``. ``raw_spans=False`` zeroes the
    spans (the HTML given is not the document's raw text, e.g. an email part or rendered Markdown).
    Raises ``ParseFailed`` if the HTML is beyond the parser's limits (:func:`check_html_limits`)."""
    check_html_limits(html)
    clean, findings = strip_hidden_html(html)
    if not raw_spans:
        findings = [dataclasses.replace(f, span=Span(0, 0)) for f in findings]
    return clean, list(findings)


_FENCE = re.compile(
    r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}).*?$(?:.*?^(?P=indent)?(?P=fence)[`~]*\s*$|.*\Z)",
    re.MULTILINE | re.DOTALL,
)
_BACKTICKS = re.compile(r"`+")
_TITLE = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))"""
_DEST = r"(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
_INLINE_LINK_TITLE = re.compile(r"\]\(\s*" + _DEST + r"(?P<t>\s+" + _TITLE + r")\s*\)")
_REF_DEF_TITLE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*(?:<[^>\n]*>|\S+)(?P<t>\s+" + _TITLE + r")[ \t]*$", re.MULTILINE)


def _code_ranges(text: str) -> list[tuple[int, int]]:
    """Fenced blocks and backtick code spans (a run of N backticks closed by the next run of N).

    Linear-ish: backtick runs are indexed by length, so unmatched runs cost a bisect, not a rescan.
    """
    ranges = [m.span() for m in _FENCE.finditer(text)]
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    index = 0
    while index < len(runs):
        start, end = runs[index]
        same = by_length[end - start]
        nxt = bisect.bisect_right(same, index)
        if nxt == len(same):
            index += 1
            continue
        close = runs[same[nxt]]
        ranges.append((start, close[1]))
        index = same[nxt] + 1
    return ranges


def strip_markdown(text: str) -> tuple[str, list[Finding]]:
    """Blank out Markdown hidden content; findings carry exact spans into ``text``."""
    code = _code_ranges(text)
    spans = [(a, b, f"markdown.{rule.removeprefix('markdown_')}") for a, b, rule in find_hidden(text)]
    for pattern in (_INLINE_LINK_TITLE, _REF_DEF_TITLE):
        spans += [(*m.span("t"), "markdown.link_title") for m in pattern.finditer(text)]
    kept: list[tuple[int, int, str]] = []
    for start, end, rule in sorted(spans):
        if end <= start or any(a <= start < b for a, b in code):
            continue
        if kept and start < kept[-1][1]:
            if end > kept[-1][1]:
                kept[-1] = (kept[-1][0], end, kept[-1][2])
            continue
        kept.append((start, end, rule))
    pieces: list[str] = []
    cursor = 0
    for start, end, _rule in kept:
        pieces.append(text[cursor:start])
        pieces.append("\n" * text.count("\n", start, end))  # keep line structure
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), [hidden(rule, start, end) for start, end, rule in kept]
