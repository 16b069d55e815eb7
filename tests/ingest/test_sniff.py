"""sniff_type: the real type comes from the bytes; labels only break ties or raise mismatches."""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from common.errors import UploadRejected
from ingest.sniff import (
    CSV,
    DOCX,
    EMAIL,
    HTML,
    JSON,
    MARKDOWN,
    PDF,
    TEXT,
    is_supported_extension,
    sniff_type,
)
from tests.fixtures.files import make_eml, make_md, make_pdf, make_txt

EXPECTED = {
    "txt": TEXT,
    "md": MARKDOWN,
    "html": HTML,
    "pdf": PDF,
    "docx": DOCX,
    "csv": CSV,
    "json": JSON,
    "eml": EMAIL,
}


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _zip(names: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, body in names.items():
            zf.writestr(name, body)
    return buf.getvalue()


EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200 + b"This program cannot be run"
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 300


def _rejected(data: bytes, filename: str | None = None, declared: str | None = None) -> UploadRejected:
    with pytest.raises(UploadRejected) as info:
        sniff_type(data, filename=filename, declared_type=declared)
    return info.value


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_every_fixture_type_is_recognised_from_bytes(planted: dict[str, Path], kind: str) -> None:
    data = planted[kind].read_bytes()
    assert sniff_type(data, filename=planted[kind].name, declared_type=None) == EXPECTED[kind]


@pytest.mark.parametrize("kind", ["txt", "html", "pdf", "docx", "csv", "json", "eml"])
def test_recognised_without_any_label(planted: dict[str, Path], kind: str) -> None:
    assert sniff_type(planted[kind].read_bytes(), filename=None, declared_type=None) == EXPECTED[kind]


def test_markdown_needs_its_label_and_declared_type_counts(planted: dict[str, Path]) -> None:
    data = planted["md"].read_bytes()
    assert sniff_type(data, filename=None, declared_type=None) == TEXT
    assert sniff_type(data, filename="upload", declared_type="text/markdown; charset=utf-8") == MARKDOWN
    assert sniff_type(data, filename="notes.txt", declared_type=None) == TEXT  # compatible: no error


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n"])
def test_empty_upload(data: bytes) -> None:
    err = _rejected(data, "a.txt")
    assert (err.code, err.status) == ("upload.empty", 400)


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (_png(), "photo.png"),
        (_png(), None),
        (EXE, "setup.exe"),
        (ELF, None),
        (_zip({"a.txt": b"hello"}), "archive.zip"),
        (_zip({"xl/workbook.xml": b"<x/>", "[Content_Types].xml": b"<x/>"}), None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.doc"),
        (b"plain words\x00 with a NUL byte", None),
        ("caf\xe9 cr\xe8me, na\xefve".encode("latin-1") * 20, None),
        (bytes(range(256)) * 4, None),
    ],
)
def test_binary_types_we_do_not_ingest(data: bytes, filename: str | None) -> None:
    err = _rejected(data, filename)
    assert (err.code, err.status) == ("upload.type_not_allowed", 415)


def test_rejection_message_names_the_kind_not_the_content() -> None:
    err = _rejected(_png(), "photo.png")
    assert "image/png" in err.message


@pytest.mark.parametrize(
    ("maker", "filename", "declared"),
    [
        ("pdf", "report.txt", None),
        ("pdf", "upload", "text/plain"),
        ("pdf", "report.docx", None),
        ("pdf", "report.html", None),
        ("exe", "readme.txt", None),
        ("exe", "report.pdf", None),
        ("nul", "readme.md", None),
        ("html", "report.pdf", None),
        ("html", "upload", "application/pdf"),
        ("txt", "report.docx", None),
        ("txt", "photo.png", None),
        ("txt", "upload", "image/jpeg"),
        ("zip", "report.docx", None),
    ],
)
def test_dangerous_label_mismatch(tmp_path: Path, maker: str, filename: str, declared: str | None) -> None:
    data = {
        "pdf": lambda: make_pdf(tmp_path).read_bytes(),
        "exe": lambda: EXE,
        "nul": lambda: b"text\x00" * 10,
        "html": lambda: b"<!DOCTYPE html><html><body><p>Hello there</p></body></html>",
        "txt": lambda: make_txt(tmp_path).read_bytes(),
        "zip": lambda: _zip({"a.txt": b"hello"}),
    }[maker]()
    err = _rejected(data, filename, declared)
    assert (err.code, err.status) == ("upload.type_mismatch", 415)


@pytest.mark.parametrize(
    ("data", "filename", "declared", "expected"),
    [
        (b"Just some prose.\n\nAnother paragraph.", "notes.md", None, MARKDOWN),
        (b"# Heading\n\n* item one\n* item two\n", "notes.txt", None, TEXT),
        (b"<!doctype html><html><body><p>Hi</p></body></html>", "page.txt", None, HTML),
        (b"<!doctype html><html><body><p>Hi</p></body></html>", "page.md", None, HTML),
        (b"<p>A fragment</p> with <b>bold</b>", "frag.html", None, HTML),
        (b"<p>a</p><div>b</div><span>c</span>", None, None, HTML),
        (b'{"a": [1, 2, {"b": "c"}]}', "data.txt", None, JSON),
        (b"{not json at all", "data.json", None, TEXT),
        (b"a,b,c\n1,2,3\n4,5,6\n", None, None, CSV),
        (b"a,b\n1,2\n", "small.csv", None, CSV),
        (b"a,b,c\n1,2,3\n4,5,6\n", "table.txt", None, TEXT),
        (b"Hello, world. Nice day, right?\nYes.\n", "hello.csv", None, TEXT),
        (b"def main():\n    return 1\n", "tool.py", None, TEXT),
        (b"plain text", "blob.bin.unknownext", "application/octet-stream", TEXT),
        (b"plain text", "x.txt", "text/plain; charset=utf-8", TEXT),
    ],
)
def test_compatible_text_labels_follow_policy(
    data: bytes, filename: str | None, declared: str | None, expected: str
) -> None:
    assert sniff_type(data, filename=filename, declared_type=declared) == expected


def test_email_by_headers(tmp_path: Path) -> None:
    data = make_eml(tmp_path, html_part=False).read_bytes()
    assert sniff_type(data, filename="message.txt", declared_type=None) == EMAIL
    assert sniff_type(b"From: a@example.com\nSubject: hi\n\nbody\n", filename=None, declared_type=None) == EMAIL
    assert sniff_type(b"From: me\nNot a header line\n", filename=None, declared_type=None) == TEXT


def test_utf16_with_bom_is_text() -> None:
    data = "Hello in UTF-16 with a BOM.\n".encode("utf-16")
    assert sniff_type(data, filename="u16.txt", declared_type=None) == TEXT
    assert sniff_type(b"\xef\xbb\xbfwith a UTF-8 BOM", filename=None, declared_type=None) == TEXT


def test_pdf_markdown_label_is_a_mismatch_but_pdf_with_octet_stream_is_fine(tmp_path: Path) -> None:
    data = make_pdf(tmp_path).read_bytes()
    assert sniff_type(data, filename="r.pdf", declared_type="application/octet-stream") == PDF
    assert _rejected(data, "r.md").code == "upload.type_mismatch"
    assert _rejected(make_md(tmp_path).read_bytes(), "r.pdf").code == "upload.type_mismatch"


def test_is_supported_extension() -> None:
    assert is_supported_extension("Report.PDF")
    assert is_supported_extension("a.b.docx")
    assert not is_supported_extension("photo.png")
    assert not is_supported_extension("noext")
    assert not is_supported_extension(None)


def test_sniff_is_fast_on_large_input() -> None:
    big = ("A line of ordinary prose that goes on for a while.\n" * 100_000).encode()
    start = time.perf_counter()
    assert sniff_type(big, filename=None, declared_type=None) == TEXT
    assert time.perf_counter() - start < 2.0


def test_macro_enabled_word_is_refused() -> None:
    docm = _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>", "word/vbaProject.bin": b"\x00"})
    assert _rejected(docm).code == "upload.type_not_allowed"
    assert _rejected(docm, "report.docx").code == "upload.type_mismatch"
