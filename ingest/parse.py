"""Document parsing: bytes of a sniffed type → ordered text elements + hidden-content findings.

Owns :func:`parse_document` and its result types. Every type goes through unstructured's own
partitioners (text, md, html, docx, csv, email; JSON is flattened to ``path: value`` lines and
given to ``partition_text``, since ``partition_json`` only reads unstructured's element JSON; PDF
through unstructured's pdfminer pipeline, see :mod:`ingest._pdf` for why not ``partition_pdf``).

Offline by construction (see :mod:`ingest._offline`): importing this module forces unstructured's
telemetry off and replaces the spaCy model it would download from GitHub with a model-free spaCy
pipeline (rule-based tokenizer, sentencizer and verb tagger). Nothing is downloaded or written to
disk: every partitioner gets in-memory text or a BytesIO.

Hidden content never becomes an element: HTML (and HTML email parts and Markdown's rendered HTML)
goes through ``trust.strip_hidden_html``; Markdown comments and link titles, DOCX hidden runs and
invisible PDF text are removed by :mod:`ingest._hidden`, :mod:`ingest._docx`, :mod:`ingest._pdf`.
Each removal is a HIDDEN finding in ``ParsedDocument.hidden`` (exact spans into the decoded text
for HTML and Markdown; 0-length spans with a rule id otherwise).

Errors are ``ParseFailed`` with codes ``parse.failed`` (malformed, or beyond a structural limit:
zip/decompression bomb, nesting the HTML parser cannot hold; the message names the format and the
reason only, never document content), ``parse.encrypted``, ``parse.too_many_pages``,
``parse.memory`` and ``parse.no_text``. Size limits come from :class:`ingest.limits.ParseLimits`;
time and memory limits are enforced around this function by :func:`ingest.limits.parse_limited`.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from common.errors import ParseFailed
from ingest import sniff
from ingest._offline import ensure_offline_unstructured
from ingest.limits import ParseLimits
from trust.findings import Finding

ensure_offline_unstructured()

import markdown  # noqa: E402  (after the offline switches, like every unstructured import)
import pdfminer  # noqa: E402
from unstructured.__version__ import __version__ as _UNSTRUCTURED_VERSION  # noqa: E402

from ingest._docx import strip_docx_hidden  # noqa: E402
from ingest._hidden import strip_html, strip_markdown  # noqa: E402
from ingest._pdf import partition_pdf_fast  # noqa: E402

PARSER = f"unstructured/{_UNSTRUCTURED_VERSION}"
_JSON_MAX_DEPTH = 64
_EMAIL_HEADERS = ("Subject", "From", "To", "Cc", "Date")


@dataclass(frozen=True)
class ParsedElement:
    text: str
    category: str
    page: int | None


@dataclass(frozen=True)
class ParsedDocument:
    elements: tuple[ParsedElement, ...]
    parser: str
    hidden: tuple[Finding, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(e.text for e in self.elements)


_Result = tuple[list[Any], list[Finding]]
_Parser = Callable[[bytes, str, ParseLimits], _Result]


# unstructured's per-document language detection (langdetect) took ~20 % of parse time on the
# benchmark corpus and nothing here reads `metadata.languages`; `[""]` is its documented "skip".
NO_LANGUAGE_DETECTION = [""]


def _decode(data: bytes) -> str:
    text = sniff.decode_text(data)
    if text is None:
        raise ParseFailed("the document is not valid UTF-8 or UTF-16 text")
    return text


def _parse_text(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.partition.text import partition_text

    return partition_text(text=_decode(data), metadata_filename=filename, languages=NO_LANGUAGE_DETECTION), []


def _parse_html(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.partition.html import partition_html

    clean, findings = strip_html(_decode(data), raw_spans=True)
    return partition_html(text=clean, metadata_filename=filename, languages=NO_LANGUAGE_DETECTION), findings


class _StripRenderedHtml(markdown.postprocessors.Postprocessor):
    """Runs last on Markdown's HTML output (raw HTML blocks already restored)."""

    def __init__(self, md: markdown.Markdown, sink: list[Finding]) -> None:
        super().__init__(md)
        self.sink = sink

    def run(self, text: str) -> str:
        clean, findings = strip_html(text, raw_spans=False) if text.strip() else (text, [])
        self.sink.extend(findings)
        return clean


class _StripHiddenExtension(markdown.extensions.Extension):
    def __init__(self, sink: list[Finding]) -> None:
        super().__init__()
        self.sink = sink

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.postprocessors.register(_StripRenderedHtml(md, self.sink), "hardrag_strip_hidden", 0)


def _parse_markdown(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.partition.md import partition_md

    clean, findings = strip_markdown(_decode(data))
    extensions: list[Any] = ["tables", "fenced_code", _StripHiddenExtension(findings)]
    return partition_md(
        text=clean, metadata_filename=filename, languages=NO_LANGUAGE_DETECTION, extensions=extensions
    ), findings


def _parse_docx(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.partition.docx import partition_docx

    clean, findings = strip_docx_hidden(data, limits)
    return partition_docx(file=io.BytesIO(clean), metadata_filename=filename, languages=NO_LANGUAGE_DETECTION), findings


def _parse_csv(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.partition.csv import partition_csv

    text = _decode(data)
    return partition_csv(
        file=io.BytesIO(text.encode("utf-8")),
        encoding="utf-8",
        metadata_filename=filename,
        languages=NO_LANGUAGE_DETECTION,
        include_header=True,
    ), []


def _flatten_json(value: Any, path: str = "$", depth: int = 0) -> Iterator[str]:
    if depth > _JSON_MAX_DEPTH:
        raise ParseFailed(f"the JSON document nests deeper than {_JSON_MAX_DEPTH} levels")
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten_json(item, f"{path}.{key}", depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _flatten_json(item, f"{path}[{index}]", depth + 1)
    elif value is not None and str(value).strip():
        yield f"{path}: {value}"


def _parse_json(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.partition.text import partition_text

    try:
        value = json.loads(_decode(data))
    except ValueError:
        raise ParseFailed("the JSON document is malformed") from None
    except RecursionError:
        raise ParseFailed(f"the JSON document nests deeper than {_JSON_MAX_DEPTH} levels") from None
    text = "\n\n".join(_flatten_json(value))
    return (partition_text(text=text, metadata_filename=filename, languages=NO_LANGUAGE_DETECTION) if text else []), []


def _part_text(part: EmailMessage) -> str:
    """A text part's content; an unknown or lying charset degrades to UTF-8 with replacement."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""


def _parse_email(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    from unstructured.documents.elements import Text
    from unstructured.partition.email import partition_email

    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    findings: list[Finding] = []
    for part in msg.walk():
        if part.get_content_type() == "text/html" and not part.is_attachment():
            clean, part_findings = strip_html(_part_text(part), raw_spans=False)
            findings.extend(part_findings)
            part.set_content(clean, subtype="html", cte="quoted-printable")
    headers = [Text(text=f"{name}: {msg[name]}") for name in _EMAIL_HEADERS if msg.get(name)]
    for element in headers:
        element.metadata.filename = filename
    body = partition_email(
        file=io.BytesIO(msg.as_bytes()),
        metadata_filename=filename,
        languages=NO_LANGUAGE_DETECTION,
        process_attachments=False,
    )
    return [*headers, *body], findings


def _parse_pdf(data: bytes, filename: str, limits: ParseLimits) -> _Result:
    return partition_pdf_fast(data, filename, limits)


_PARSERS: dict[str, tuple[str, _Parser]] = {
    sniff.TEXT: ("text", _parse_text),
    sniff.MARKDOWN: ("Markdown", _parse_markdown),
    sniff.HTML: ("HTML", _parse_html),
    sniff.PDF: ("PDF", _parse_pdf),
    sniff.DOCX: ("DOCX", _parse_docx),
    sniff.CSV: ("CSV", _parse_csv),
    sniff.JSON: ("JSON", _parse_json),
    sniff.EMAIL: ("email", _parse_email),
}


def _table_text(raw: Any) -> str | None:
    """A table as one ``a | b | c`` line per row (unstructured's ``.text`` runs all cells together)."""
    import lxml.html

    markup = getattr(getattr(raw, "metadata", None), "text_as_html", None)
    if not markup:
        return None
    rows = lxml.html.fragment_fromstring(markup, create_parent="div").iter("tr")
    lines = [" | ".join(" ".join(c.text_content().split()) for c in row.iter("td", "th")) for row in rows]
    return "\n".join(line for line in lines if line.strip(" |")) or None


def _element(raw: Any) -> ParsedElement | None:
    text = str(getattr(raw, "text", "") or "").strip()
    category = str(getattr(raw, "category", "Text"))
    if category == "Table":
        text = _table_text(raw) or text
    if not text:
        return None
    page = getattr(getattr(raw, "metadata", None), "page_number", None)
    return ParsedElement(text=text, category=category, page=page)


def parse_document(data: bytes, media_type: str, *, filename: str, limits: ParseLimits | None = None) -> ParsedDocument:
    """Parse ``data`` of canonical ``media_type`` (as returned by ``sniff_type``), in this process.

    Raises ``ParseFailed``: ``parse.failed`` for malformed input, an unsupported type or a
    structural limit, ``parse.encrypted`` for password-protected PDFs, ``parse.too_many_pages``
    past ``limits.max_pages``, ``parse.memory`` if an allocation fails (under the ``RLIMIT_AS``
    that :func:`ingest.limits.parse_limited` sets), ``parse.no_text`` if no visible text is left.
    """
    limits = limits or ParseLimits()
    entry = _PARSERS.get(media_type)
    if entry is None:
        raise ParseFailed(f"no parser for media type {media_type!r}")
    label, parser = entry
    try:
        raw_elements, findings = parser(data, filename, limits)
    except ParseFailed:
        raise
    except MemoryError:
        # Before the catch-all below: running out of memory is not the same as a malformed file.
        message = f"parsing needed more than {limits.memory_mb} MB of memory"
        raise ParseFailed(message, code="parse.memory") from None
    except RecursionError:
        raise ParseFailed(f"could not parse the {label} document (nesting too deep)") from None
    except Exception as exc:
        raise ParseFailed(f"could not parse the {label} document ({type(exc).__name__})") from None
    elements = tuple(e for e in map(_element, raw_elements) if e is not None)
    if not elements:
        note = f"; {len(findings)} hidden part(s) were removed" if findings else ""
        raise ParseFailed(f"the {label} document contains no text{note}", code="parse.no_text")
    parser_id = f"{PARSER}+pdfminer.six/{pdfminer.__version__}" if media_type == sniff.PDF else PARSER
    return ParsedDocument(elements=elements, parser=parser_id, hidden=tuple(findings))
