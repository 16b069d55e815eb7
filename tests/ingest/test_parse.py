"""parse_document on real files: planted text survives, hidden text is removed and reported, typed errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import pytest

from common.errors import ParseFailed
from ingest.parse import ParsedDocument, parse_document
from ingest.sniff import sniff_type
from tests.fixtures.files import (
    make_all,
    make_docx,
    make_eml,
    make_encrypted_pdf,
    make_html,
    make_json,
    make_malformed_pdf,
    make_md,
    make_pdf,
)
from tests.ingest.conftest import HIDDEN_MARKER, PARAGRAPHS, VISIBLE_MARKER
from trust.findings import Action, Category

ROOT = Path(__file__).resolve().parents[2]
HIDING_TYPES = ["md", "html", "pdf", "docx", "eml"]


def parse_file(path: Path, declared: str | None = None) -> ParsedDocument:
    data = path.read_bytes()
    return parse_document(data, sniff_type(data, filename=path.name, declared_type=declared), filename=path.name)


def failure(path_or_data: Path | bytes, media_type: str, filename: str = "upload") -> ParseFailed:
    data = path_or_data.read_bytes() if isinstance(path_or_data, Path) else path_or_data
    with pytest.raises(ParseFailed) as info:
        parse_document(data, media_type, filename=filename)
    return info.value


@pytest.mark.parametrize("kind", ["txt", "md", "html", "pdf", "docx", "csv", "json", "eml"])
def test_planted_text_survives(planted: dict[str, Path], kind: str, no_network: list[str]) -> None:
    doc = parse_file(planted[kind])
    assert doc.parser.startswith("unstructured/0.27.")
    assert doc.elements and all(e.text.strip() and e.category for e in doc.elements)
    assert VISIBLE_MARKER in " ".join(doc.text.split())
    assert HIDDEN_MARKER not in doc.text and "zz-hidden-9931" not in doc.text
    assert doc.text == "\n\n".join(e.text for e in doc.elements)
    assert no_network == []


@pytest.mark.parametrize("kind", HIDING_TYPES)
def test_hidden_content_is_reported_as_findings(planted: dict[str, Path], kind: str) -> None:
    doc = parse_file(planted[kind])
    assert doc.hidden, f"no hidden finding for {kind}"
    for finding in doc.hidden:
        assert finding.category is Category.HIDDEN and finding.action is Action.REMOVE
        assert HIDDEN_MARKER not in json.dumps(finding.to_record())


@pytest.mark.parametrize("kind", ["html", "md"])
def test_hidden_spans_point_into_the_raw_text(planted: dict[str, Path], kind: str) -> None:
    raw = planted[kind].read_text(encoding="utf-8")
    doc = parse_file(planted[kind])
    hits = [raw[f.span.start : f.span.end] for f in doc.hidden if len(f.span)]
    assert sum("zz-hidden-9931" in hit for hit in hits) >= 2  # comment + display:none / link title


def test_markdown_rules_and_code_stay_visible(tmp_path: Path) -> None:
    md = textwrap.dedent("""\
        # Notes

        Visible intro with a [link](https://example.com "title secret-a1") and a comment <!-- secret-b2 -->.

        [ref]: https://example.com/ref "secret-c3"
        [//]: # (secret-d4)

        <div style="display:none">secret-e5</div>

        Inline `<!-- shown-f6 -->` code and a fence:

        ```html
        <!-- shown-g7 -->
        ```
        """)
    path = tmp_path / "notes.md"
    path.write_text(md, encoding="utf-8")
    doc = parse_file(path)
    for secret in ("secret-a1", "secret-b2", "secret-c3", "secret-d4", "secret-e5"):
        assert secret not in doc.text
        assert any(secret in md[f.span.start : f.span.end] for f in doc.hidden), secret
    assert "shown-f6" in doc.text and "shown-g7" in doc.text
    assert "Visible intro with a link and a comment" in doc.text


def test_html_alt_text_is_hidden_content_not_body_text(tmp_path: Path) -> None:
    doc = parse_file(make_html(tmp_path, PARAGRAPHS, hidden=HIDDEN_MARKER))
    assert "The diagram shows the flow." in doc.text
    assert HIDDEN_MARKER not in doc.text
    assert "alt_text" in {f.rule for f in doc.hidden}


def test_docx_hidden_runs_by_property_style_size_and_colour(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    style = document.styles.add_style("Sneaky", WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    p = document.add_paragraph("Visible start of the paragraph.")
    p.add_run(" vanish-1").font.hidden = True
    p.add_run(" styled-2", style="Sneaky")
    p.add_run(" tiny-3").font.size = Pt(1)
    p.add_run(" white-4").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p.add_run(" Visible end.")
    path = tmp_path / "hidden.docx"
    document.save(str(path))
    doc = parse_file(path)
    assert "Visible start of the paragraph." in doc.text and "Visible end." in doc.text
    for word in ("vanish-1", "styled-2", "tiny-3", "white-4"):
        assert word not in doc.text
    rules = sorted(f.rule for f in doc.hidden)
    assert rules == ["docx.tiny_text", "docx.vanish", "docx.vanish_style", "docx.white_text"]


def test_pdf_pages_and_invisible_text(tmp_path: Path) -> None:
    doc = parse_file(make_pdf(tmp_path, PARAGRAPHS, hidden=HIDDEN_MARKER, pages=3))
    pages = {e.page for e in doc.elements}
    assert pages == {1, 2, 3}
    marker_pages = {e.page for e in doc.elements if "QX-7731" in e.text}
    assert marker_pages == {1}
    assert {f.rule for f in doc.hidden} == {"pdf.invisible_text"}
    assert "zz-hidden-9931" not in doc.text


def test_pdf_white_and_tiny_text_are_hidden_but_white_on_dark_is_not(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, "Ordinary visible paragraph about the settlement batch.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(0, 5, "white-on-white secret-w1", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(20, 20, 80)
    pdf.cell(0, 8, "Header on a dark band", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 0.5)
    pdf.multi_cell(0, 2, "tiny secret-t2", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "colours.pdf"
    path.write_bytes(bytes(pdf.output()))
    doc = parse_file(path)
    assert "Ordinary visible paragraph" in doc.text and "Header on a dark band" in doc.text
    assert "secret-w1" not in doc.text and "secret-t2" not in doc.text
    assert {f.rule for f in doc.hidden} == {"pdf.white_text", "pdf.tiny_text"}


def test_email_headers_body_and_html_part(planted: dict[str, Path], tmp_path: Path) -> None:
    doc = parse_file(planted["eml"])
    assert doc.elements[0].text == "Subject: Updated payments incident runbook"
    assert any(e.text.startswith("From: Dana Whitfield") for e in doc.elements)
    plain = parse_file(make_eml(tmp_path, PARAGRAPHS, html_part=False, name="plain.eml"))
    assert VISIBLE_MARKER in plain.text and plain.hidden == ()


def test_csv_keeps_every_cell(planted: dict[str, Path]) -> None:
    doc = parse_file(planted["csv"])
    for cell in ("service", "payments-api", "Priya Natarajan", "Freeze writes and page the database team"):
        assert cell in doc.text


def test_json_is_flattened_to_paths(tmp_path: Path) -> None:
    doc = parse_file(make_json(tmp_path, PARAGRAPHS))
    assert "$.title: Payments Service Incident Runbook" in doc.text
    assert f"$.sections[1].text: {VISIBLE_MARKER}" in doc.text
    assert "$.tags[2]: runbook" in doc.text


def test_utf16_text(tmp_path: Path) -> None:
    data = f"Title line\n\n{VISIBLE_MARKER}\n".encode("utf-16")
    doc = parse_document(data, sniff_type(data, filename="u.txt", declared_type=None), filename="u.txt")
    assert VISIBLE_MARKER in doc.text


def test_encrypted_pdf(tmp_path: Path) -> None:
    err = failure(make_encrypted_pdf(tmp_path, PARAGRAPHS), "application/pdf")
    assert (err.code, err.status) == ("parse.encrypted", 422)


def test_pdf_with_owner_password_only_is_readable(tmp_path: Path) -> None:
    from tests.fixtures.files import _pdf

    pdf = _pdf(PARAGRAPHS, None, 1)
    pdf.set_encryption(owner_password="owner-only")
    path = tmp_path / "owner.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert VISIBLE_MARKER in " ".join(parse_file(path).text.split())


def _secret_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document>secret-zz41 <unclosed")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("media_type", "data"),
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _secret_zip()),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04secret-zz41"),
        ("application/json", b'{"key": "secret-zz41", '),
        ("application/json", b"[" * 5000 + b"]" * 5000),
        ("text/plain", b"\xff\xfesecret-zz41\x00\xd8"),
        ("application/pdf", b"%PDF-1.7\n1 0 obj << /Secret (secret-zz41) >> endobj trailer <<>>\n%%EOF"),
    ],
)
def test_malformed_input_fails_without_echoing_content(media_type: str, data: bytes) -> None:
    err = failure(data, media_type)
    assert err.code == "parse.failed" and err.status == 422
    assert "secret-zz41" not in err.message and "<" not in err.message


def test_malformed_pdf_fixture(tmp_path: Path) -> None:
    path = make_malformed_pdf(tmp_path)
    assert sniff_type(path.read_bytes(), filename=path.name, declared_type=None) == "application/pdf"
    assert failure(path, "application/pdf").code == "parse.failed"


@pytest.mark.parametrize(
    ("media_type", "data"),
    [
        ("text/html", b"<html><body><div hidden>only-hidden</div><!-- c --></body></html>"),
        ("text/markdown", b"<!-- just a comment -->\n"),
        ("application/json", b'{"a": null, "b": [], "c": {}}'),
        ("text/plain", b" \n \n"),
    ],
)
def test_no_text(media_type: str, data: bytes) -> None:
    err = failure(data, media_type)
    assert (err.code, err.status) == ("parse.no_text", 422)


def test_blank_pdf_has_no_text(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    assert failure(bytes(pdf.output()), "application/pdf").code == "parse.no_text"


def test_unknown_media_type() -> None:
    assert failure(b"hello", "image/png").code == "parse.failed"


def test_html_fixture_without_hidden_has_no_findings(tmp_path: Path) -> None:
    doc = parse_file(make_html(tmp_path, PARAGRAPHS))
    assert {f.rule for f in doc.hidden} <= {"style"}  # the <style> in <head> is page furniture
    assert parse_file(make_docx(tmp_path, PARAGRAPHS)).hidden == ()
    assert parse_file(make_md(tmp_path, PARAGRAPHS)).hidden == ()


GUARD = r"""
import os, socket, sys, tempfile
from pathlib import Path
attempts = []
def refuse(*a, **k):
    attempts.append(a[1:])
    raise OSError("network disabled by test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.getaddrinfo = refuse
import subprocess
real_popen = subprocess.Popen.__init__
def no_spawn(self, *a, **k):
    raise AssertionError(f"subprocess spawned: {a[:1]}")
subprocess.Popen.__init__ = no_spawn
from ingest.parse import parse_document
from ingest.sniff import sniff_type
for path in sorted(Path(sys.argv[1]).iterdir()):
    data = path.read_bytes()
    doc = parse_document(data, sniff_type(data, filename=path.name, declared_type=None), filename=path.name)
    assert doc.elements, path
import unstructured.nlp.tokenize as tok
tok.pos_tag("The engineer restarts the service quickly.")
assert "en_core_web_sm" not in sys.modules, "spaCy model was loaded"
assert not attempts, attempts
print("OK", os.environ.get("DO_NOT_TRACK"))
"""


def test_fresh_process_parses_everything_offline_without_temp_files(tmp_path: Path) -> None:
    files = tmp_path / "files"
    make_all(files, PARAGRAPHS, hidden=HIDDEN_MARKER)
    scratch, home, cwd = tmp_path / "tmp", tmp_path / "home", tmp_path / "cwd"
    for d in (scratch, home, cwd):
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DO_NOT_TRACK", "SCARF_NO_ANALYTICS", "HF_HUB_OFFLINE")}
    env.update(TMPDIR=str(scratch), HOME=str(home), PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(home / ".cache"))
    result = subprocess.run(
        [sys.executable, "-c", GUARD, str(files)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("OK 1")  # telemetry opt-out forced, not inherited
    leftovers = [p for d in (scratch, home, cwd) for p in d.rglob("*")]
    assert leftovers == []


def _raw_pdf(content: bytes, *, flate: bool) -> bytes:
    """A minimal one-page PDF around ``content`` with a correct xref table."""
    stream = zlib.compress(content, 9) if flate else content
    filters = b"/Filter /FlateDecode " if flate else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< " + filters + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_raw_pdf_helper_is_a_valid_pdf() -> None:
    doc = parse_document(
        _raw_pdf(b"BT /F1 12 Tf 72 700 Td (Hand made PDF text) Tj ET", flate=True),
        "application/pdf",
        filename="raw.pdf",
    )
    assert doc.text == "Hand made PDF text"


def test_pdf_decompression_bomb_is_refused() -> None:
    bomb = _raw_pdf(b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n" + b" " * 90_000_000, flate=True)
    assert len(bomb) < 200_000
    err = failure(bomb, "application/pdf")
    assert err.code == "parse.failed" and "decompression bomb" in err.message


def test_docx_zip_bomb_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b" " * 300_000_000)
    err = failure(buf.getvalue(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert err.code == "parse.failed" and "zip bomb" in err.message


def test_tables_keep_their_rows(planted: dict[str, Path]) -> None:
    table = parse_file(planted["csv"]).elements[0]
    assert table.category == "Table"
    assert "payments-api | Dana Whitfield | 1 | Fail over to the standby replica" in table.text.splitlines()
    docx_table = [e for e in parse_file(planted["docx"]).elements if e.category == "Table"]
    assert docx_table and "Owner | Dana Whitfield" in docx_table[0].text.splitlines()


def test_email_with_a_bogus_charset_still_parses() -> None:
    raw = (
        b"From: a@example.com\r\nTo: b@example.com\r\nSubject: odd charset\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/html; charset="x-no-such-charset"\r\n\r\n'
        b"<html><body><p>Readable body text here.</p><p hidden>secret-h8</p></body></html>\r\n"
    )
    doc = parse_document(raw, "message/rfc822", filename="odd.eml")
    assert "Readable body text here." in doc.text and "secret-h8" not in doc.text
    assert any(f.rule == "hidden_attribute" for f in doc.hidden)


def test_model_free_nlp_keeps_unstructured_heuristics_and_never_downloads() -> None:
    import unstructured.nlp.tokenize as tokenize

    with pytest.raises(RuntimeError, match="downloads are disabled"):
        tokenize._install_spacy_model()
    assert tokenize.sent_tokenize("Dr. Smith restarted the node. Then it recovered.") == [
        "Dr. Smith restarted the node.",
        "Then it recovered.",
    ]
    assert ("restarted", "VB") in tokenize.pos_tag("Dana restarted the node")
    doc = parse_document(
        b"Quarterly Service Review\n\nthe replica was promoted after the primary failed\n\n2024 Q3 Numbers",
        "text/plain",
        filename="r.txt",
    )
    assert [e.category for e in doc.elements] == ["Title", "NarrativeText", "Title"]
