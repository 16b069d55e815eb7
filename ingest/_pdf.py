"""PDF text extraction with unstructured's pdfminer helpers (private to ingest).

Why not ``unstructured.partition.pdf.partition_pdf(strategy="fast")``: in 0.27 the module imports
``unstructured_inference`` at import time (``pdf_image/pdfminer_processing.py``), even for the
fast strategy, and ``unstructured-inference`` requires ``timm`` → ``torchvision``, which breaks
this torch. So we run the same pipeline as the fast path's ``_process_pdfminer_pages`` from the
parts that do not need it: ``pdfminer_utils.init_pdfminer`` (unstructured's resource manager and
page interpreter, which records each glyph's text render mode), ``get_text_with_deduplication``
(fake-bold clean-up), ``clean_extra_whitespace`` and ``partition.text.element_from_text`` (the
same element classifier). Page numbers, reading order (pdfminer's layout boxes) and element
categories therefore match the fast strategy.

Also owns PDF-specific security (see :func:`preflight`): encrypted files (a blank user password
is readable and allowed) → ``parse.encrypted``; more than ``ParseLimits.max_pages`` pages →
``parse.too_many_pages``; content streams decoding past ``max_expanded_mb`` → ``parse.failed``. Invisible
glyphs (render modes 3 and 7), glyphs under 1 pt, white glyphs on no filled shape and glyphs off
the page are dropped and reported as HIDDEN findings (0-length spans: a PDF has no raw text).
"""

from __future__ import annotations

import io
from typing import Any

from common.errors import ParseFailed
from ingest._hidden import hidden
from ingest.limits import ParseLimits
from trust.findings import Finding

_WHITE_VALUES = ((1.0,), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0))


def _too_many_pages(limits: ParseLimits) -> ParseFailed:
    return ParseFailed(f"the PDF has more than {limits.max_pages} pages", code="parse.too_many_pages")


def _declared_pages(reader: Any) -> int:
    """The page tree's own ``/Count``: free to read, while counting the real pages walks the tree."""
    try:
        count = reader.trailer["/Root"]["/Pages"]["/Count"]
        return int(count) if isinstance(count, int) else 0
    except (KeyError, TypeError, ValueError, AttributeError):
        return 0


def preflight(data: bytes, limits: ParseLimits) -> None:
    """Checks before pdfminer runs, with pypdf's bounded decoders.

    ``parse.encrypted`` if a password is needed (a blank user password is fine);
    ``parse.too_many_pages`` past ``limits.max_pages`` (as the page tree says: a lying ``/Count``
    is caught again while pdfminer walks the pages); ``parse.failed`` if the page content streams
    (and the form XObjects they draw) decode to more than ``limits.max_expanded_bytes``, or one
    stream hits pypdf's own per-stream limit: pdfminer inflates streams without any limit.
    Structural errors are left to the extraction pass, which reports malformed files.
    """
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    max_decoded = limits.max_expanded_bytes
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseFailed("the PDF is encrypted; upload it without a password", code="parse.encrypted")
        if _declared_pages(reader) > limits.max_pages or len(reader.pages) > limits.max_pages:
            raise _too_many_pages(limits)
        decoded = 0
        for page in reader.pages:
            contents = page.get_contents()
            decoded += len(contents.get_data()) if contents is not None else 0
            xobjects = (page.get("/Resources") or {}).get_object().get("/XObject") or {}
            for ref in xobjects.get_object().values():
                xobject = ref.get_object()
                if xobject.get("/Subtype") == "/Form":
                    decoded += len(xobject.get_data())
            if decoded > max_decoded:
                break
    except LimitReachedError:
        decoded = max_decoded + 1
    except ParseFailed:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, NotImplementedError):
        return
    except RecursionError:
        return
    if decoded > max_decoded:
        raise ParseFailed("the PDF expands beyond the allowed size (possible decompression bomb)")


def _colour(value: Any) -> tuple[float, ...] | None:
    if isinstance(value, int | float):
        return (float(value),)
    if isinstance(value, list | tuple) and all(isinstance(v, int | float) for v in value):
        return tuple(float(v) for v in value)
    return None


def _is_white(char: Any) -> bool:
    colour = _colour(getattr(getattr(char, "graphicstate", None), "ncolor", None))
    return colour in _WHITE_VALUES


def _hidden_rule(char: Any, page_bbox: tuple[float, float, float, float], fills: list[Any]) -> str | None:
    if getattr(char, "rendermode", 0) in (3, 7):
        return "pdf.invisible_text"
    if getattr(char, "size", 12.0) < 1.0:
        return "pdf.tiny_text"
    x0, y0, x1, y1 = char.bbox
    px0, py0, px1, py1 = page_bbox
    if x1 <= px0 or x0 >= px1 or y1 <= py0 or y0 >= py1:
        return "pdf.offpage_text"
    if _is_white(char) and not any(f.x0 <= x0 and x1 <= f.x1 and f.y0 <= y0 and y1 <= f.y1 for f in fills):
        return "pdf.white_text"
    return None


def _filled_shapes(layout: Any) -> list[Any]:
    from pdfminer.layout import LTCurve

    shapes = []
    for obj in layout:
        if isinstance(obj, LTCurve) and getattr(obj, "fill", False):
            colour = _colour(getattr(obj, "non_stroking_color", None))
            if colour not in _WHITE_VALUES:
                shapes.append(obj)
    return shapes


def _box_text(box: Any, page_bbox: Any, fills: list[Any], findings: list[Finding]) -> str:
    from pdfminer.layout import LTAnno, LTChar, LTTextLine
    from unstructured.partition.pdf_image.pdfminer_utils import get_text_with_deduplication
    from unstructured.partition.utils.config import env_config

    parts: list[str] = []
    for line in box if not isinstance(box, LTTextLine) else [box]:
        if not isinstance(line, LTTextLine):
            parts.append(line.get_text() if hasattr(line, "get_text") else "")
            continue
        rules = [_hidden_rule(c, page_bbox, fills) if isinstance(c, LTChar) else None for c in line]
        if not any(rules):
            parts.append(get_text_with_deduplication(line, env_config.PDF_CHAR_DUPLICATE_THRESHOLD))
            continue
        kept: list[str] = []
        previous: str | None = None
        for item, rule in zip(line, rules, strict=True):
            if rule is not None:
                if rule != previous:
                    findings.append(hidden(rule))
            elif isinstance(item, LTChar | LTAnno):
                kept.append(item.get_text())
            previous = rule
        parts.append("".join(kept))
    return "".join(parts)


def partition_pdf_fast(data: bytes, filename: str, limits: ParseLimits) -> tuple[list[Any], list[Finding]]:
    """Elements (unstructured ``Element`` objects with page numbers) and hidden-text findings."""
    from pdfminer.layout import LTTextBox, LTTextLine
    from pdfminer.pdfpage import PDFPage
    from unstructured.cleaners.core import clean_extra_whitespace
    from unstructured.documents.coordinates import PixelSpace
    from unstructured.documents.elements import CoordinatesMetadata, ElementMetadata
    from unstructured.partition.pdf_image.pdfminer_utils import init_pdfminer, rect_to_bbox
    from unstructured.partition.text import element_from_text

    preflight(data, limits)
    device, interpreter = init_pdfminer()
    elements: list[Any] = []
    findings: list[Finding] = []
    for page_number, page in enumerate(PDFPage.get_pages(io.BytesIO(data), password=""), start=1):
        if page_number > limits.max_pages:  # pypdf may count fewer pages than pdfminer finds
            raise _too_many_pages(limits)
        interpreter.process_page(page)
        layout = device.get_result()
        system = PixelSpace(width=layout.width, height=layout.height)
        fills = _filled_shapes(layout)
        for obj in layout:
            if not isinstance(obj, LTTextBox | LTTextLine):
                continue
            text = clean_extra_whitespace(_box_text(obj, layout.bbox, fills, findings))
            if not text.strip():
                continue
            x1, y1, x2, y2 = rect_to_bbox(obj.bbox, layout.height)
            points = ((x1, y1), (x1, y2), (x2, y2), (x2, y1))
            element = element_from_text(text, coordinates=points, coordinate_system=system)
            element.metadata = ElementMetadata(
                filename=filename,
                page_number=page_number,
                coordinates=CoordinatesMetadata(points=points, system=system),
            )
            element.metadata.detection_origin = "pdfminer"
            elements.append(element)
    return elements, findings
