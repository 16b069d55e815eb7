"""Parse-time hidden content in HTML and Markdown: what a reader of the rendered page never sees.

Owns `strip_hidden_html` (used by the parser before text extraction) and `find_hidden`, which
the `hidden_markup` detector runs on chunks. One linear pass with flat regexes and a counter,
no tree and no recursion, so malformed or 100k-deep nesting costs the same as clean HTML.

Policy (conservative on purpose): once inside a hidden element, only its own end tag, counted
against nested tags of the same name, ends the hidden region; stray end tags of other elements
cannot close it early. An unclosed hidden element hides everything to the end of the input.
"""

from __future__ import annotations

import re

from trust.findings import Action, Category, Finding, Span

DETECTOR = "hidden_markup"
VERSION = "3"  # 2: alt and title attribute values are hidden content; 3: "<! …>" bogus comments

_ATTR_STOP = re.compile(r"[>\"']")
_COMMENT_END = re.compile(r"--!?>")
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)")
_ATTR = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_RAW_TEXT = frozenset({"script", "style", "noscript", "template", "xmp", "iframe", "noembed", "noframes"})
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_AUTO_CLOSE = frozenset({"p", "li", "dt", "dd", "option", "tr", "td", "th"})
_BLOCK = frozenset(
    {
        "div",
        "p",
        "ul",
        "ol",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "blockquote",
        "form",
        "nav",
        "aside",
        "main",
        "figure",
        "hr",
        "dl",
        "address",
        "details",
    }
)
_STYLE_RULES = (
    ("display_none", re.compile(r"display:none")),
    ("visibility_hidden", re.compile(r"visibility:(?:hidden|collapse)")),
    ("zero_font_size", re.compile(r"font-size:0*\.?0+(?:[a-z%]+)?(?:;|!|$)")),
    ("zero_opacity", re.compile(r"opacity:0*\.?0+(?:;|!|$)")),
    ("transparent_text", re.compile(r"(?:^|;)color:(?:transparent|rgba\([^)]*,0*\.?0+\))")),
    ("offscreen", re.compile(r"(?:left|top|text-indent|margin-left):-\d{3,}")),
    ("clipped", re.compile(r"clip:rect\(0")),
    (
        "zero_size_box",
        re.compile(
            r"(?:^|;)(?:max-)?height:0(?:px)?(?:;|!|$).*overflow:hidden|overflow:hidden.*(?:^|;)(?:max-)?height:0(?:px)?(?:;|!|$)"
        ),
    ),
    ("scaled_to_zero", re.compile(r"transform:scale\(0\)")),
)
_WHITE = re.compile(r"(?:^|;)color:(?:white|#fff(?:fff)?|rgb\(255,255,255\))(?:;|!|$)")
_HIDDEN_SCORE = 0.7
_DESCRIBED = {"alt": "alt_text", "title": "title_attribute"}
# Markdown: reference-style comments "[//]: # (text)" and link/definition titles shown only on hover.
_MD_COMMENT = re.compile(
    r"(?m)^[ \t]*\[(?://|comment|_)\]:[ \t]*(?:#|<>)[ \t]*(?:\([^\n]*\)|\"[^\n]*\"|'[^\n]*')[ \t]*$"
)
_MD_TITLE = re.compile(r"""\]\((?:<[^>\n]*>|[^\s()]+)(\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))\)""")


def _hidden_reason(tag: str, attrs: str) -> str | None:
    """Rule id when the start tag's attributes hide its content, else None."""
    if not attrs:
        return None
    found: dict[str, str] = {}
    for m in _ATTR.finditer(attrs):
        value = m.group(2) or m.group(3) or m.group(4) or ""
        found.setdefault(m.group(1).lower(), value)
    if "hidden" in found:
        return "hidden_attribute"
    if found.get("aria-hidden", "").strip().lower() == "true":
        return "aria_hidden"
    if tag == "input" and found.get("type", "").lower() == "hidden":
        return "hidden_input"
    style = found.get("style")
    if style:
        css = re.sub(r"\s+", "", style.lower())
        for rule, pattern in _STYLE_RULES:
            if pattern.search(css):
                return rule
        if _WHITE.search(css) and "background" not in css:
            return "white_text"
    return None


def find_hidden(markup: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, rule) of hidden content in an HTML (or Markdown-with-HTML) string."""
    out: list[tuple[int, int, str]] = []
    if "<" in markup:
        _scan_html(markup, out)
    if "](" in markup:
        out.extend((m.start(1), m.end(1), "markdown_link_title") for m in _MD_TITLE.finditer(markup))
    if "]:" in markup:
        out.extend((m.start(), m.end(), "markdown_comment") for m in _MD_COMMENT.finditer(markup))
    out.sort()
    return out


def _tag_end(markup: str, i: int) -> int:
    """Index just past the '>' closing a tag whose attributes start at i; -1 if the input ends first.

    A quote opens a value that only its partner quote closes, as in a browser's tokenizer; str.find
    and a regex stop-set keep this linear even for thousands of unterminated '<a href="' in a row.
    """
    n = len(markup)
    while i < n:
        m = _ATTR_STOP.search(markup, i)
        if m is None:
            return -1
        if m.group() == ">":
            return m.end()
        close = markup.find(m.group(), m.end())
        if close < 0:
            return -1
        i = close + 1
    return -1


def _next_token(markup: str, pos: int) -> tuple[int, int, str | None, bool, str] | None:
    """Next (start, end, tag or None for comments/doctype, closing, attrs) at or after pos."""
    while True:
        i = markup.find("<", pos)
        if i < 0:
            return None
        if markup.startswith("<!--", i):
            m = _COMMENT_END.search(markup, i + 4)
            stop = m.end() if m else len(markup)
            if markup.startswith("<!-->", i):
                stop = i + 5
            return i, stop, None, False, ""
        if markup.startswith(("<!", "<?"), i):
            gt = markup.find(">", i)
            stop = gt + 1 if gt >= 0 else len(markup)
            # "<! -- … >" and other "<!" openers that are neither a doctype nor CDATA are what HTML
            # calls a bogus comment: nothing up to the first ">" renders, so it is a comment here too.
            head = markup[i + 2 : i + 9].lower()
            if markup[i + 1] == "!" and not head.startswith(("doctype", "[cdata[")):
                return i, stop, None, False, ""
            return i, stop, "!", False, ""
        m = _TAG_NAME.match(markup, i)
        if m is None:
            pos = i + 1
            continue
        end = _tag_end(markup, m.end())
        if end < 0:
            return None  # a tag cut off by the end of the chunk: nothing after it renders
        return i, end, m.group(2).lower(), m.group(1) == "/", markup[m.end() : end - 1]


def _scan_html(markup: str, out: list[tuple[int, int, str]]) -> None:
    pos = 0
    hidden: tuple[int, str, str] | None = None  # (start, tag, rule) of the open hidden element
    depth = 0
    while True:
        tok = _next_token(markup, pos)
        if tok is None:
            break
        tstart, pos, tag, closing, attrs = tok
        if tag is None or tag == "!":  # comment / doctype / processing instruction
            if hidden is None and tag is None:
                out.append((tstart, pos, "html_comment"))
            continue
        self_closing = attrs.rstrip().endswith("/")
        if not closing and tag in _RAW_TEXT:
            # Raw-text content is not markup: skip to its end tag (inside or outside a hidden region).
            end = re.compile(rf"</{tag}\s*>", re.I).search(markup, pos)
            stop = end.end() if end else len(markup)
            if hidden is None:
                out.append((tstart, stop, tag))
            pos = stop
            continue
        if hidden is not None:
            hstart, htag, hrule = hidden
            if tag == htag and closing:
                depth -= 1
            elif tag == htag and not self_closing and not (htag in _AUTO_CLOSE and depth == 1):
                depth += 1
            elif (
                not closing
                and depth == 1
                and ((tag == htag and htag in _AUTO_CLOSE) or (htag == "p" and tag in _BLOCK))
            ):
                # <p hidden>a<p>b or <p hidden>a<div>: the new start tag implicitly closes the p.
                out.append((hstart, tstart, hrule))
                hidden, depth = None, 0
            if hidden is not None:
                if depth <= 0:
                    out.append((hstart, pos, hrule))
                    hidden, depth = None, 0
                continue
        if closing:
            continue
        if attrs:
            _described_attributes(attrs, pos - 1 - len(attrs), out)
        reason = _hidden_reason(tag, attrs)
        if reason is None:
            continue
        if tag in _VOID or self_closing:
            out.append((tstart, pos, reason))
        else:
            hidden, depth = (tstart, tag, reason), 1
    if hidden is not None:
        out.append((hidden[0], len(markup), hidden[2]))


def _described_attributes(attrs: str, offset: int, out: list[tuple[int, int, str]]) -> None:
    """`alt` and `title` values: read by screen readers or on hover, never on the page, and an
    extractor would otherwise turn an image's alt text into body text. The span takes the attribute
    with its leading space, so the tag stays well formed."""
    for m in _ATTR.finditer(attrs):
        name = m.group(1).lower()
        if name not in _DESCRIBED or not (m.group(2) or m.group(3) or m.group(4) or "").strip():
            continue
        start = m.start()
        while start > 0 and attrs[start - 1].isspace():
            start -= 1
        out.append((offset + start, offset + m.end(), _DESCRIBED[name]))


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for s, e, r in sorted(spans):
        if merged and s < merged[-1][1]:
            ps, pe, pr = merged[-1]
            merged[-1] = (ps, max(pe, e), pr)
        else:
            merged.append((s, e, r))
    return merged


def hidden_findings(markup: str) -> list[Finding]:
    """HIDDEN findings (action remove) for every hidden span, indexing `markup`."""
    return [
        Finding(DETECTOR, rule, Category.HIDDEN, Span(s, e), _score(rule), Action.REMOVE, VERSION)
        for s, e, rule in _merge(find_hidden(markup))
        if e > s
    ]


def _score(rule: str) -> float:
    # Comments, scripts and styles are ordinary page furniture; styled-away text is deliberate.
    if rule in (
        "html_comment",
        "script",
        "style",
        "noscript",
        "template",
        "markdown_link_title",
        "alt_text",
        "title_attribute",
    ):
        return 0.2
    return _HIDDEN_SCORE


def strip_hidden_html(html: str) -> tuple[str, list[Finding]]:
    """Remove hidden content from an HTML string; return the rest and one finding per removed span."""
    findings = hidden_findings(html)
    pieces, pos = [], 0
    for f in findings:
        pieces.append(html[pos : f.span.start])
        pos = f.span.end
    pieces.append(html[pos:])
    return "".join(pieces), findings
