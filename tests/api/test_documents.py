"""Uploads and their errors through HTTP; failed jobs say why and index nothing."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from common.settings import Settings
from tests.conftest import Api, _api
from tests.fixtures import files


def _post(
    api: Api, source_id: str, name: str, data: bytes, ctype: str = "application/octet-stream", key: str | None = None
):
    return api.client.post(
        f"/v1/sources/{source_id}/documents", headers=api.h(key or api.admin), files={"file": (name, data, ctype)}
    )


def _code(r) -> str:  # type: ignore[no-untyped-def]
    return r.json()["error"]["code"]


def test_upload_answers_202_with_job_at_once(shared_api: Api, tmp_path: Path) -> None:
    src = shared_api.create_source()
    r = shared_api.upload(src["id"], files.make_txt(tmp_path))
    assert r.status_code == 202
    body = r.json()
    assert set(body) >= {"document_id", "job_id", "status"} and body["status"] == "queued"
    assert body["media_type"] == "text/plain" and body["duplicate"] is False
    assert shared_api.wait_job(body["job_id"])["status"] == "succeeded"


@pytest.mark.parametrize(
    ("name", "data", "ctype", "status", "code"),
    [
        ("empty.txt", b"", "text/plain", 400, "upload.empty"),
        ("pic.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png", 415, "upload.type_not_allowed"),
        ("prog.exe", b"MZ\x90\x00" + b"\x00" * 200, "application/octet-stream", 415, "upload.type_not_allowed"),
        ("notes.txt", b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF", "text/plain", 415, "upload.type_mismatch"),
        ("bin.txt", b"abc\x00\x01\x02def" * 20, "text/plain", 415, "upload.type_mismatch"),
    ],
)
def test_bad_files_rejected_with_codes(
    shared_api: Api, name: str, data: bytes, ctype: str, status: int, code: str
) -> None:
    src = shared_api.create_source()
    r = _post(shared_api, src["id"], name, data, ctype)
    assert r.status_code == status, r.text
    assert _code(r) == code
    listed = shared_api.client.get(f"/v1/sources/{src['id']}/documents", headers=shared_api.h(shared_api.admin))
    assert listed.json() == []


def test_zip_that_is_not_docx_rejected(shared_api: Api) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    src = shared_api.create_source()
    r = _post(shared_api, src["id"], "report.docx", buf.getvalue())
    assert r.status_code == 415 and _code(r) in ("upload.type_not_allowed", "upload.type_mismatch")


def test_missing_file_field_and_malformed_multipart(shared_api: Api) -> None:
    src = shared_api.create_source()
    h = shared_api.h(shared_api.admin)
    url = f"/v1/sources/{src['id']}/documents"
    r = shared_api.client.post(url, headers=h, data={"other": "x"})
    assert r.status_code == 400 and _code(r) == "upload.missing_file"
    r = shared_api.client.post(
        url,
        headers={**h, "Content-Type": "multipart/form-data; boundary=zzz"},
        content=b'--zzz\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n',
    )
    assert r.status_code == 400 and _code(r) in ("request.malformed_multipart", "upload.missing_file")
    r = shared_api.client.post(url, headers={**h, "Content-Type": "application/json"}, content=b"{}")
    assert r.status_code == 400 and _code(r) == "upload.missing_file"


def test_unknown_source_wrong_role_and_foreign_source(shared_api: Api, tmp_path: Path) -> None:
    api = shared_api
    path = files.make_txt(tmp_path)
    r = api.upload("00000000-0000-0000-0000-000000000000", path)
    assert r.status_code == 404 and _code(r) == "source.not_found"
    src, other = api.create_source(), api.create_source()
    for role in ("app", "auditor"):
        r = api.upload(src["id"], path, key=api.key(role, [src["id"]]))
        assert r.status_code == 403 and _code(r) == "auth.forbidden", role
    ingest_key = api.key("ingest", [src["id"]])
    r = api.upload(other["id"], path, key=ingest_key)
    assert r.status_code == 404 and _code(r) == "source.not_found"
    r = api.upload(src["id"], path, key=ingest_key)
    assert r.status_code == 202
    job_id = r.json()["job_id"]
    # The ingest key sees its own job; another source's ingest key does not.
    assert api.client.get(f"/v1/jobs/{job_id}", headers=api.h(ingest_key)).status_code == 200
    r = api.client.get(f"/v1/jobs/{job_id}", headers=api.h(api.key("ingest", [other["id"]])))
    assert r.status_code == 404 and _code(r) == "job.not_found"
    r = api.upload(src["id"], path, key="hrk_not_a_key")
    assert r.status_code == 401 and _code(r) == "auth.invalid_key"
    api.wait_job(job_id)


def test_unknown_job_and_document(shared_api: Api) -> None:
    h = shared_api.h(shared_api.admin)
    r = shared_api.client.get("/v1/jobs/nope", headers=h)
    assert r.status_code == 404 and _code(r) == "job.not_found"
    for method in ("get", "delete"):
        r = getattr(shared_api.client, method)("/v1/documents/nope", headers=h)
        assert r.status_code == 404 and _code(r) == "document.not_found"


@pytest.mark.parametrize(
    ("maker", "code"),
    [(files.make_encrypted_pdf, "parse.encrypted"), (files.make_malformed_pdf, "parse.failed")],
)
def test_failed_job_says_why_and_indexes_nothing(shared_api: Api, tmp_path: Path, maker, code: str) -> None:  # type: ignore[no-untyped-def]
    api = shared_api
    src = api.create_source()
    r = api.upload(src["id"], maker(tmp_path))
    assert r.status_code == 202, r.text
    job = api.wait_job(r.json()["job_id"])
    assert job["status"] == "failed"
    assert job["error"]["code"] == code and job["error"]["message"]
    index = api.client.app.state.runtime.index
    assert index.count(document_id=job["document_id"]) == 0
    # A failed document can be retried by uploading the same bytes again: a new job, not a duplicate.
    again = api.upload(src["id"], maker(tmp_path))
    assert again.status_code == 202 and again.json()["job_id"] != job["id"]
    api.wait_job(again.json()["job_id"])


def test_oversized_upload_is_413_before_reading_it_all(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d", max_upload_bytes=1000, _env_file=None)  # type: ignore[call-arg]
    for api in _api(settings):
        src = api.create_source()
        r = _post(api, src["id"], "big.txt", b"a" * 200_000, "text/plain")
        assert r.status_code == 413 and _code(r) == "upload.too_large"
        r = _post(api, src["id"], "mid.txt", b"word " * 300, "text/plain")
        assert r.status_code == 413 and _code(r) == "upload.too_large"
        r = _post(api, src["id"], "ok.txt", b"small file with words", "text/plain")
        assert r.status_code == 202
        api.wait_job(r.json()["job_id"])
