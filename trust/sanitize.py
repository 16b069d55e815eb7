"""Applying findings to text: drop removed spans behind a short visible marker, write typed
redactions for secrets, and strip markup to plain text with bleach.

Markers: a removed span becomes "[removed: <category>]"; a redacted secret becomes
"[REDACTED:<secret_type>]". Invisible characters and page furniture (script, style, template,
link titles) go without a marker: there was nothing visible to account for. Overlapping spans
are cut once; the marker names the most serious category among them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import bleach

from trust.findings import Action, Category, Finding

_PRIORITY = (
    Category.INJECTION,
    Category.ROLE_SPOOF,
    Category.EXFIL,
    Category.ENCODED,
    Category.HIDDEN,
    Category.SECRET,
    Category.MARKUP,
    Category.INVISIBLE,
)
_SILENT_RULES = frozenset({"script", "style", "template", "noscript", "markdown_link_title"})
_HTML_HINT = re.compile(
    r"<(?:!--|/?(?:a|abbr|b|blockquote|body|br|center|cite|code|dd|del|details|div|dl|dt|em|figure|font|form|"
    r"h[1-6]|head|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|noscript|ol|option|p|pre|"
    r"q|s|script|section|select|small|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|"
    r"tfoot|th|thead|title|tr|tt|u|ul|article|aside|header|footer|button|caption)\b[^<>]*>)",
    re.IGNORECASE,
)
# bleach already breaks lines at block elements when stripping; <br>/<hr> it drops silently.
_BREAK_TAG = re.compile(r"(?=<(?:br|hr)\b)", re.IGNORECASE)
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


@dataclass(frozen=True, slots=True)
class Sanitized:
    text: str
    applied: tuple[Finding, ...]  # the findings that changed the text (remove / redact)


def _marker(group: Sequence[Finding]) -> str:
    removes = [f for f in group if f.action == Action.REMOVE]
    if not removes:
        secret = next((f.secret_type for f in group if f.secret_type), None) or "secret"
        return f"[REDACTED:{secret}]"
    loud = [f for f in removes if f.category != Category.INVISIBLE and f.rule not in _SILENT_RULES]
    if not loud:
        return ""
    category = min((f.category for f in loud), key=_PRIORITY.index)
    return f"[removed: {category}]"


def sanitize(text: str, findings: Sequence[Finding]) -> Sanitized:
    """Apply remove/redact findings to `text` (their spans index it); flag-only findings are left alone."""
    active = sorted(
        (f for f in findings if f.action in (Action.REMOVE, Action.REDACT) and len(f.span)),
        key=lambda f: (f.span.start, -f.span.end),
    )
    if not active:
        return Sanitized(text, ())
    pieces: list[str] = []
    pos = 0
    group: list[Finding] = []
    g_start = g_end = 0
    last_marker = ""
    for f in [*active, None]:
        if f is not None and group and f.span.start < g_end:
            group.append(f)
            g_end = max(g_end, f.span.end)
            continue
        if group:
            marker = _marker(group)
            between = text[pos:g_start]
            if marker and marker == last_marker and not between.strip():
                marker = ""  # adjacent removals of one kind read as one marker
            else:
                pieces.append(between)
            pieces.append(marker)
            last_marker = marker or last_marker
            pos = g_end
        if f is not None:
            group, g_start, g_end = [f], f.span.start, f.span.end
    pieces.append(text[pos:])
    return Sanitized("".join(pieces), tuple(active))


def looks_like_html(text: str) -> bool:
    return "<" in text and _HTML_HINT.search(text) is not None


def strip_markup(text: str) -> str:
    """Plain text: HTML tags stripped with bleach (only when the text holds HTML), entities unescaped.

    Text without HTML tags skips bleach so that code like `List<String>` and placeholders like
    `<password>` survive; a block-level tag becomes a line break so words do not run together.
    """
    if looks_like_html(text):
        text = _BREAK_TAG.sub("\n", text)
        text = bleach.clean(text, tags=set(), attributes={}, protocols=set(), strip=True, strip_comments=True)
        text = _BLANK_RUNS.sub("\n\n", text)
    if "&" in text:
        text = html.unescape(text)
    return text
