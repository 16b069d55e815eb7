"""The generated hostile-input suite: every case is bytes + filename + declared type, and the one
stable outcome it must get through the real API: refused at upload with a status and code, or
accepted and then a job that fails with a code (indexing nothing), or a job that succeeds
without the payload doing what it was built to do. After each case the service still answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.conftest import Api
from tests.fixtures import hostile as H
from tests.hardening.conftest import error_code, post_file

_TEXT = (H.TEXT + "\n").encode()
_PAGE = b"<!DOCTYPE html><html><body><p>" + H.TEXT.encode() + b"</p></body></html>"
OCTET = "application/octet-stream"


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[], bytes]
    filename: str
    status: int  # the upload's answer
    code: str | None = None  # its error code (status >= 400), or the job's failure code (202)
    ctype: str = OCTET


def refused(id: str, make: Callable[[], bytes], filename: str, status: int, code: str, ctype: str = OCTET) -> Case:
    return Case(id, make, filename, status, code, ctype)


def job_fails(id: str, make: Callable[[], bytes], filename: str, code: str) -> Case:
    return Case(id, make, filename, 202, code)


def job_succeeds(id: str, make: Callable[[], bytes], filename: str) -> Case:
    return Case(id, make, filename, 202, None)


def _const(data: bytes) -> Callable[[], bytes]:
    return lambda: data


E, NA, MM, TL = "upload.empty", "upload.type_not_allowed", "upload.type_mismatch", "upload.too_large"
CASES: list[Case] = [
    # -- empty, and types we refuse, honestly labelled or not ---------------------------------
    refused("empty", _const(b""), "empty.txt", 400, E, "text/plain"),
    refused("whitespace-only", _const(b" \r\n\t \n" * 50), "blank.txt", 400, E),
    refused("png", _const(H.PNG), "pic.png", 415, NA, "image/png"),
    refused("gif-unlabelled", _const(H.GIF), "upload.bin", 415, NA),
    refused("exe", _const(H.EXE), "setup.exe", 415, NA),
    refused("elf", _const(H.ELF), "tool", 415, NA),
    refused("gzip", _const(H.GZIP), "notes.txt.gz", 415, NA, "application/gzip"),
    refused("zip", lambda: H.zip_of({"a.txt": H.TEXT}), "archive.zip", 415, NA, "application/zip"),
    refused("xlsx", lambda: H.office_archive("xlsx"), "book.xlsx", 415, NA),
    refused("pptx", lambda: H.office_archive("pptx"), "deck.pptx", 415, NA),
    refused("docm-macros", lambda: H.office_archive("docm"), "macro.docm", 415, NA),
    refused("ole2-legacy-doc", _const(H.OLE2), "old.doc", 415, NA, "application/msword"),
    # -- labels that lie about the bytes -------------------------------------------------------
    refused("jpeg-as-txt", _const(H.JPEG), "photo.txt", 415, MM, "text/plain"),
    refused("exe-as-pdf", _const(H.EXE), "invoice.pdf", 415, MM, "application/pdf"),
    refused("zip-as-docx", lambda: H.zip_of({"a.txt": H.TEXT}), "report.docx", 415, MM),
    refused("xlsx-as-docx", lambda: H.office_archive("xlsx"), "report.docx", 415, MM),
    refused("docm-as-docx", lambda: H.office_archive("docm"), "report.docx", 415, MM),
    refused("ole2-as-docx", _const(H.OLE2), "report.docx", 415, MM),
    refused("truncated-docx", lambda: H.docx()[:300], "report.docx", 415, MM),
    refused("pdf-as-txt", lambda: H.pdf_pages(1), "notes.txt", 415, MM),
    refused("pdf-declared-text", lambda: H.pdf_pages(1), "upload.bin", 415, MM, "text/plain"),
    refused("docx-as-pdf", lambda: H.docx(), "paper.pdf", 415, MM),
    refused("html-as-pdf", _const(_PAGE), "paper.pdf", 415, MM),
    refused("text-as-png", _const(_TEXT), "pic.png", 415, MM),
    refused("text-declared-png", _const(_TEXT), "upload.bin", 415, MM, "image/png"),
    refused("text-declared-zip", _const(_TEXT), "upload", 415, MM, "application/zip"),
    # -- bytes that are not clean text -----------------------------------------------------------
    refused("nul-bytes", _const(_TEXT + b"\x00" * 8 + _TEXT), "upload.bin", 415, NA),
    refused("nul-bytes-as-txt", _const(_TEXT + b"\x00" + _TEXT), "notes.txt", 415, MM, "text/plain"),
    refused("latin-1", _const("caf\xe9 cr\xe8me ".encode("latin-1") * 20), "upload.bin", 415, NA),
    refused("latin-1-as-md", _const("na\xefve r\xe9sum\xe9 ".encode("latin-1") * 20), "cv.md", 415, MM),
    refused("overlong-utf8", _const(_TEXT + b"\xc0\xaf\xc0\xaf" + _TEXT), "upload.bin", 415, NA),
    refused("utf8-surrogate", _const(_TEXT + b"\xed\xa0\x80" + _TEXT), "upload.bin", 415, NA),
    refused("truncated-utf8", _const(_TEXT + b"\xe2\x82"), "upload.bin", 415, NA),
    refused("control-chars", _const(b"\x01\x02\x03\x04\x05\x06\x07\x08" * 40 + _TEXT), "upload.bin", 415, NA),
    refused("utf16-without-bom", _const(H.TEXT.encode("utf-16-le")), "upload.bin", 415, NA),
    refused("utf32", _const(H.TEXT.encode("utf-32")), "upload.bin", 415, NA),
    # -- archive and XML bombs inside a real DOCX ------------------------------------------------
    job_fails("docx-zip-bomb-300mb", H.docx_zip_bomb, "bomb.docx", "parse.failed"),
    job_fails("docx-ratio-bomb", lambda: H.docx_zip_bomb(30 * 1024 * 1024), "ratio.docx", "parse.failed"),
    job_fails("docx-6000-entries", H.docx_many_entries, "many.docx", "parse.failed"),
    job_fails("docx-billion-laughs", H.docx_billion_laughs, "laughs.docx", "parse.failed"),
    job_fails("docx-laughs-in-styles", lambda: H.docx_billion_laughs("word/styles.xml"), "styles.docx", "parse.failed"),
    job_fails("docx-xml-depth-300", lambda: H.docx_deep_xml(300), "deep.docx", "parse.failed"),
    job_fails("docx-xml-depth-100k", H.docx_deep_xml, "deeper.docx", "parse.failed"),
    job_fails("docx-malformed-xml", lambda: H.docx(H.document_xml("<w:p><w:r><w:t>x")), "broken.docx", "parse.failed"),
    job_succeeds("docx-xxe", H.docx_xxe, "xxe.docx"),
    # -- PDFs ------------------------------------------------------------------------------------
    job_fails("pdf-30000-pages", lambda: H.pdf_pages(30_000), "long.pdf", "parse.too_many_pages"),
    job_fails(
        "pdf-12000-pages-count-lies", lambda: H.pdf_pages(12_000, declared=1), "liar.pdf", "parse.too_many_pages"
    ),
    job_fails("pdf-decompression-bomb", H.pdf_decompression_bomb, "bomb.pdf", "parse.failed"),
    job_fails("pdf-encrypted", H.pdf_encrypted, "locked.pdf", "parse.encrypted"),
    job_fails("pdf-truncated", H.pdf_truncated, "cut.pdf", "parse.failed"),
    job_fails("pdf-page-tree-cycle", H.pdf_page_tree_cycle, "cycle.pdf", "parse.no_text"),
    job_fails("pdf-blank", lambda: H.pdf_pages(1, text=""), "blank.pdf", "parse.no_text"),
    # -- nesting and size that break parsers -------------------------------------------------------
    job_fails("html-100k-nested-divs", lambda: H.nested_html(100_000), "deep.html", "parse.failed"),
    job_fails("html-300-nested-spans", lambda: H.nested_html(300, "span"), "deep.html", "parse.failed"),
    job_fails(
        "html-10mb-text-run",
        lambda: b"<html><body><p>" + H.single_line() + b"</p></body></html>",
        "run.html",
        "parse.failed",
    ),
    job_fails("markdown-100k-nested-quotes", lambda: H.nested_markdown(100_000), "deep.md", "parse.failed"),
    job_fails("json-100k-nested", lambda: H.nested_json(100_000), "deep.json", "parse.failed"),
    job_fails("email-2000-nested-messages", lambda: H.nested_email(2000), "deep.eml", "parse.failed"),
    job_fails(
        "html-only-hidden-text",
        lambda: b"<html><body><div hidden>" + _TEXT + b"</div></body></html>",
        "hidden.html",
        "parse.no_text",
    ),
    # -- entity tricks that must parse without doing their trick ----------------------------------
    job_succeeds("html-billion-laughs", H.html_billion_laughs, "laughs.html"),
    job_succeeds("xhtml-xxe", H.xhtml_xxe, "xxe.xhtml"),
    job_succeeds("html-200-nested-divs", lambda: H.nested_html(200), "nested.html"),
]


def test_the_suite_is_big_enough() -> None:
    assert len(CASES) >= 50 and len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_upload(shared_api: Api, case: Case) -> None:
    api = shared_api
    src = api.create_source()
    r = post_file(api, src["id"], case.filename, case.make(), case.ctype)
    if case.status != 202:
        assert (r.status_code, error_code(r)) == (case.status, case.code), r.text
        listed = api.client.get(f"/v1/sources/{src['id']}/documents", headers=api.h(api.admin))
        assert listed.json() == []  # nothing stored for a refused upload
    else:
        assert r.status_code == 202, r.text
        job = api.wait_job(r.json()["job_id"], timeout=90)
        if case.code is None:
            assert job["status"] == "succeeded", job
        else:
            assert job["status"] == "failed", job
            assert job["error"]["code"] == case.code, job["error"]
            assert job["error"]["message"] and "Traceback" not in job["error"]["message"]
            assert api.client.app.state.runtime.index.count(document_id=r.json()["document_id"]) == 0
    assert api.client.get("/healthz").status_code == 200
