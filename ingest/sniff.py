"""The upload door's type check: which of our media types the BYTES are, never the label.

Owns :func:`sniff_type` (bytes + optional filename/declared type → one canonical media type, or
:class:`~common.errors.UploadRejected`), :func:`decode_text` (the one text decoding rule the
parser shares) and :func:`is_supported_extension`. Pure functions over in-memory bytes: no I/O.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import PurePath

import filetype

from common.errors import UploadRejected

TEXT, MARKDOWN, HTML = "text/plain", "text/markdown", "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CSV, JSON, EMAIL = "text/csv", "application/json", "message/rfc822"
SUPPORTED_TYPES: frozenset[str] = frozenset({TEXT, MARKDOWN, HTML, PDF, DOCX, CSV, JSON, EMAIL})
_BINARY = frozenset({PDF, DOCX})

_EXTENSIONS: dict[str, str] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".log": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".pdf": PDF,
    ".docx": DOCX,
    ".csv": CSV,
    ".tsv": CSV,
    ".json": JSON,
    ".eml": EMAIL,
}
_DECLARED_ALIASES: dict[str, str] = {
    "text/x-markdown": MARKDOWN,
    "application/xhtml+xml": HTML,
    "application/x-pdf": PDF,
    "application/csv": CSV,
    "text/tab-separated-values": CSV,
    "text/json": JSON,
    "application/x-json": JSON,
    "application/email": EMAIL,
}
# Labels that claim a binary kind we refuse; a text body under such a label is a mismatch.
_BINARY_EXTENSIONS = frozenset(
    str.split(
        ".exe .dll .so .msi .elf .zip .gz .tgz .7z .rar .tar .jar .png .jpg .jpeg .gif .bmp .webp"
        " .tif .tiff .ico .mp3 .mp4 .wav .avi .mov .doc .xls .xlsx .ppt .pptx .odt"
    )
)
_BINARY_DECLARED_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_DECLARED = frozenset(
    {
        "application/zip",
        "application/x-msdownload",
        "application/x-executable",
        "application/msword",
        "application/x-dosexec",
        "application/vnd.ms-excel",
        "application/gzip",
        "application/x-tar",
    }
)

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"<(?:p|div|span|a|h[1-6]|table|ul|ol|li|br|img|script|style|meta|title|form)\b[^>]*>", re.IGNORECASE
)
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9-]{0,75}):[ \t]?.*$")
_EMAIL_KEY_HEADERS = frozenset({"subject", "to", "date", "message-id", "mime-version", "cc", "received"})


def decode_text(data: bytes) -> str | None:
    """Decode as UTF-8 (BOM optional) or BOM-marked UTF-16; ``None`` if it is not clean text.

    Not clean means: undecodable, or any NUL, or more than 1% other C0 control characters.
    """
    try:
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v\x1b")
    if controls > max(1, len(text) // 100):
        return None
    return text.lstrip("\ufeff")


def is_supported_extension(filename: str | None) -> bool:
    """True if the filename's extension names a type we ingest (case-insensitive)."""
    return bool(filename) and PurePath(str(filename)).suffix.lower() in _EXTENSIONS


def _claims(filename: str | None, declared_type: str | None) -> list[str]:
    """Canonical types claimed by the label(s); ``"binary"`` for a refused binary kind."""
    claims: list[str] = []
    if filename:
        ext = PurePath(filename).suffix.lower()
        if ext in _EXTENSIONS:
            claims.append(_EXTENSIONS[ext])
        elif ext in _BINARY_EXTENSIONS:
            claims.append("binary")
    if declared_type:
        mt = declared_type.split(";", 1)[0].strip().lower()
        mt = _DECLARED_ALIASES.get(mt, mt)
        if mt in SUPPORTED_TYPES:
            claims.append(mt)
        elif mt in _BINARY_DECLARED or mt.startswith(_BINARY_DECLARED_PREFIXES):
            claims.append("binary")
    return claims


_REFUSED_ZIPS = {
    "docm": "a macro-enabled Word document (save it as .docx without macros)",
    "xlsx": "an Excel workbook (XLSX), which is not a supported type",
    "pptx": "a PowerPoint presentation (PPTX), which is not a supported type",
    "zip": "a ZIP archive that is not a DOCX document",
}


def _zip_kind(data: bytes) -> str:
    """``"docx"``, ``"docm"`` (macro-enabled Word), ``"xlsx"``, ``"pptx"`` or ``"zip"`` (anything
    else, or unreadable). Reads the central directory only: nothing is inflated here."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "zip"
    if "[Content_Types].xml" not in names:
        return "zip"
    if "word/document.xml" not in names:
        return "xlsx" if "xl/workbook.xml" in names else "pptx" if "ppt/presentation.xml" in names else "zip"
    return "docm" if "word/vbaProject.bin" in names else "docx"


def _looks_like_email(text: str) -> bool:
    keys: set[str] = set()
    for line in text.lstrip("\r\n").splitlines()[:60]:
        if not line.strip():
            break
        if line[:1] in " \t":
            continue  # folded header continuation
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        keys.add(match.group(1).lower())
    return "from" in keys and bool(keys & _EMAIL_KEY_HEADERS)


def _looks_like_csv(text: str, *, min_rows: int) -> bool:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if len(lines) < min_rows:
        return False
    sample = "\n".join(lines)
    for delimiter in (",", "\t", ";", "|"):
        if delimiter not in lines[0]:
            continue
        try:
            widths = {len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)}
        except csv.Error:
            continue
        if len(widths) == 1 and widths.pop() >= 2:
            return True
    return False


def _text_type(text: str, claims: list[str]) -> str:
    stripped = text.strip()
    if stripped[:1] in "{[":
        try:
            json.loads(stripped)
            return JSON
        except RecursionError:
            return JSON  # brackets nested past the decoder's stack: the JSON parser refuses it clearly
        except ValueError:
            pass
    head = stripped[:4096].encode("utf-8", "ignore")
    if _HTML_START.match(head):
        return HTML  # a whole HTML page is HTML whatever it is called: its hidden parts must go
    if _looks_like_email(text):
        return EMAIL
    if MARKDOWN in claims:
        return MARKDOWN
    if HTML in claims and _HTML_TAG.search(stripped[:65536]):
        return HTML
    if (not claims or CSV in claims) and _looks_like_csv(text, min_rows=2 if CSV in claims else 3):
        return CSV
    if not claims and len(_HTML_TAG.findall(stripped[:65536])) >= 3:
        return HTML
    return TEXT


def _reject(message: str, code: str) -> UploadRejected:
    return UploadRejected(message, code=code, status=400 if code == "upload.empty" else 415)


def sniff_type(data: bytes, *, filename: str | None, declared_type: str | None) -> str:
    """Return the canonical media type of ``data``, judged from the bytes.

    Binary kinds come from magic numbers (``%PDF-``; a ZIP holding ``word/document.xml``;
    ``filetype`` names anything else, which we refuse). Text must be UTF-8 (or UTF-16 with BOM),
    without NULs; then, in order: JSON that parses, an HTML page (by its opening markup), an
    RFC 822 message (From: plus another key header at the top), Markdown when the label says
    Markdown, HTML fragments when the label says HTML, CSV by a consistent delimiter structure
    (2+ rows if labelled CSV, 3+ rows if unlabelled; a ``.txt`` label keeps CSV-looking text as
    plain text), loose HTML (3+ tags) when unlabelled, else plain text.

    Policy on labels (extension and declared type, each checked): among text subtypes the label
    is only a hint and never an error, since every text parser keeps all visible text: a ``.md``
    file is Markdown even if it is plain prose (Markdown is a superset), a ``.txt`` holding
    Markdown syntax stays ``text/plain`` (nothing is lost), and a ``.txt`` or ``.md`` holding a
    whole HTML page is parsed as HTML so that its hidden parts are stripped. A label is a
    *mismatch* (``upload.type_mismatch``, 415) when it crosses the text/binary line or names a
    different binary kind: ``.txt`` that is a PDF or an executable, ``.pdf`` that is HTML,
    ``.png`` that is text, ``.docx`` that is a PDF. Unlabelled or unsupported-but-honest binaries
    (images, archives, executables, legacy Office, non-docx ZIPs, non-UTF text) are
    ``upload.type_not_allowed`` (415); empty or whitespace-only bytes are ``upload.empty`` (400).
    ``application/octet-stream`` and unknown extensions carry no claim.
    """
    if not data or not data.strip():
        raise _reject("the uploaded file is empty", "upload.empty")
    claims = _claims(filename, declared_type)
    supported_claims = [c for c in claims if c in SUPPORTED_TYPES]

    actual: str | None = None
    refused: str | None = None
    if data.lstrip()[:5] == b"%PDF-":
        actual = PDF
    elif data.startswith(b"PK\x03\x04"):
        zip_kind = _zip_kind(data)
        if zip_kind == "docx":
            actual = DOCX
        else:
            refused = _REFUSED_ZIPS[zip_kind]
    elif data.startswith(_OLE2):
        refused = "a legacy or encrypted Microsoft Office file (save it as .docx without a password)"
    else:
        text = decode_text(data)
        if text is not None:
            actual = _text_type(text, claims)
        else:
            guess = filetype.guess(data)
            refused = f"{guess.mime} content" if guess is not None else "binary or non-UTF-8 content"

    if refused is not None:
        if supported_claims:
            message = f"the file is labelled {supported_claims[0]} but is {refused}"
            raise _reject(message, "upload.type_mismatch")
        raise _reject(f"file type not allowed: {refused}", "upload.type_not_allowed")
    assert actual is not None
    for claim in claims:
        crosses = (claim in _BINARY or actual in _BINARY or claim == "binary") and claim != actual
        if crosses:
            label = "a binary type" if claim == "binary" else claim
            raise _reject(f"the file is labelled {label} but its content is {actual}", "upload.type_mismatch")
    return actual
