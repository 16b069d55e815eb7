"""Parse-time removal of hidden content from HTML and Markdown (private to ingest).

Hidden content is text a human reviewer never sees; it is reported as a HIDDEN finding and
never reaches the parser, so it can never become evidence. This module owns:

- :func:`strip_html` — calls ``trust.strip_hidden_html`` (the shared, span-exact sanitiser) and,
  only while that is not available, a conservative lxml fallback with 0-length spans.
- :func:`strip_markdown` — HTML comments and link/image titles, found in the raw Markdown with
  exact spans (skipping code spans and fenced code, where they are visible text).

DOCX hidden runs live in :mod:`ingest._docx`, PDF hidden text in :mod:`ingest._pdf`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trust.findings import Action, Category, Finding, Span

DETECTOR = "ingest.parse"
StripHtml = Callable[[str], tuple[str, list[Finding]]]


def hidden(rule: str, start: int = 0, end: int = 0) -> Finding:
    """A HIDDEN/REMOVE finding from the parser; 0-length span when no raw offset applies."""
    return Finding(DETECTOR, rule, Category.HIDDEN, Span(start, end), 1.0, Action.REMOVE)


def _trust_strip() -> StripHtml | None:
    try:
        import trust
    except ImportError:  # pragma: no cover - trust is part of this repo
        return None
    fn = getattr(trust, "strip_hidden_html", None)
    return fn if callable(fn) else None


_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$)"
    r"|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)",
    re.IGNORECASE,
)


def _fallback_strip(html: str) -> tuple[str, list[Finding]]:
    """Minimal stand-in for ``trust.strip_hidden_html``: drops comments, script-like elements and
    elements hidden by attribute or inline style. Spans are 0-length (rule id says what)."""
    import lxml.html
    from lxml import etree

    if not html.strip():
        return html, []
    root = lxml.html.document_fromstring(html)
    findings: list[Finding] = []
    for comment in root.xpath("//comment()"):
        comment.getparent().remove(comment)
        findings.append(hidden("html.comment"))
    for el in root.xpath("//script|//style|//template|//noscript|//object|//embed"):
        el.drop_tree()
        findings.append(hidden(f"html.{el.tag}"))
    for el in root.xpath("//*[@hidden or @aria-hidden='true' or @style]"):
        if el.getparent() is None:
            continue
        if el.get("hidden") is not None or el.get("aria-hidden") == "true":
            el.drop_tree()
            findings.append(hidden("html.hidden_attribute"))
        elif _HIDDEN_STYLE.search(el.get("style") or ""):
            el.drop_tree()
            findings.append(hidden("html.hidden_style"))
    return etree.tostring(root, encoding="unicode", method="html"), findings


def strip_html(html: str, *, raw_spans: bool) -> tuple[str, list[Finding]]:
    """Remove hidden HTML content. ``raw_spans=False`` zeroes the spans (the HTML given is not
    the document's raw text, e.g. an email part or rendered Markdown)."""
    fn = _trust_strip() or _fallback_strip
    clean, findings = fn(html)
    if not raw_spans:
        findings = [hidden(f.rule) if f.category is Category.HIDDEN else f for f in findings]
    return clean, list(findings)


_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}).*?$(?:.*?^(?P=indent)?(?P=fence)[`~]*\s*$|.*\Z)",
                    re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TITLE = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))"""
_INLINE_LINK_TITLE = re.compile(r"\]\(\s*(?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?P<t>\s+" + _TITLE + r")\s*\)")
_REF_DEF_TITLE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*(?:<[^>\n]*>|\S+)(?P<t>\s+" + _TITLE + r")[ \t]*$",
                            re.MULTILINE)


def _code_ranges(text: str) -> list[tuple[int, int]]:
    ranges = [m.span() for m in _FENCE.finditer(text)]
    inside = lambda pos: any(a <= pos < b for a, b in ranges)  # noqa: E731
    ranges += [m.span() for m in _CODE_SPAN.finditer(text) if not inside(m.start())]
    return ranges


def strip_markdown(text: str) -> tuple[str, list[Finding]]:
    """Blank out Markdown hidden content; findings carry exact spans into ``text``."""
    code = _code_ranges(text)
    spans: list[tuple[int, int, str]] = []
    for rule, pattern, group in (
        ("markdown.html_comment", _COMMENT, 0),
        ("markdown.link_title", _INLINE_LINK_TITLE, "t"),
        ("markdown.link_title", _REF_DEF_TITLE, "t"),
    ):
        for match in pattern.finditer(text):
            start, end = match.span(group)
            if not any(a <= start < b for a, b in code):
                spans.append((start, end, rule))
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for start, end, rule in spans:
        if kept and start < kept[-1][1]:
            continue  # a title inside a comment: the comment already covers it
        kept.append((start, end, rule))
    pieces: list[str] = []
    cursor = 0
    for start, end, _rule in kept:
        pieces.append(text[cursor:start])
        pieces.append("\n" * text.count("\n", start, end))  # keep line structure
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), [hidden(rule, start, end) for start, end, rule in kept]
