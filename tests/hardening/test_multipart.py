"""Malformed multipart bodies get a 400 with a stable code; hostile filenames are stored safe.

Bodies are built by hand so that each defect is on the wire exactly as written.
"""

from __future__ import annotations

import pytest

from tests.conftest import Api
from tests.hardening.conftest import error_code, multipart, post_raw

B = "hardrag-b0undary"
MP = f"multipart/form-data; boundary={B}"
GOOD, _ = multipart("a.txt", b"The harbour office opens at nine.")
MALFORMED, MISSING = "request.malformed_multipart", "upload.missing_file"


def _field(name: str, value: str = "v") -> bytes:
    return f'--{B}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()


_TWO_FILES = GOOD[: -len(f"--{B}--\r\n")] + multipart("b.txt", b"Second file.")[0]
_NO_DISPOSITION = f"--{B}\r\nContent-Type: text/plain\r\n\r\nhi\r\n--{B}--\r\n".encode()
_HUGE_HEADER = (
    f'--{B}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nX: '.encode()
    + b"a" * 100_000
    + f"\r\n\r\nhi\r\n--{B}--\r\n".encode()
)
_MANY_FIELDS = b"".join(_field(f"f{i}") for i in range(10)) + f"--{B}--\r\n".encode()
MULTIPART_CASES: list[tuple[str, bytes, str | None, str]] = [
    ("no-boundary-parameter", GOOD, "multipart/form-data", MALFORMED),
    ("boundary-mismatch", GOOD, "multipart/form-data; boundary=other", MALFORMED),
    ("part-without-disposition", _NO_DISPOSITION, MP, MALFORMED),
    ("100-kb-part-header", _HUGE_HEADER, MP, MALFORMED),
    ("two-files", _TWO_FILES, MP, MALFORMED),
    ("too-many-fields", _MANY_FIELDS, MP, MALFORMED),
    ("5000-character-filename", multipart("x" * 5000 + ".txt", b"hello")[0], MP, MALFORMED),
    (
        "boundary-of-5000-chars",
        multipart("a.txt", b"hello", boundary="b" * 5000)[0],
        "multipart/form-data; boundary=" + "b" * 5000,
        MALFORMED,
    ),
    ("truncated-body", GOOD[:60], MP, MISSING),
    ("empty-body", b"", MP, MISSING),
    ("file-sent-as-plain-field", _field("file", "not a file") + f"--{B}--\r\n".encode(), MP, MISSING),
    ("urlencoded", b"file=hello", "application/x-www-form-urlencoded", MISSING),
    ("json-body", b'{"file": "hello"}', "application/json", MISSING),
    ("no-content-type", b"hello", None, MISSING),
]


@pytest.mark.parametrize(
    ("body", "ctype", "code"), [c[1:] for c in MULTIPART_CASES], ids=[c[0] for c in MULTIPART_CASES]
)
def test_malformed_multipart_is_a_400_with_a_code(shared_api: Api, body: bytes, ctype: str | None, code: str) -> None:
    src = shared_api.create_source()
    r = post_raw(shared_api, src["id"], body, ctype)
    assert (r.status_code, error_code(r)) == (400, code), r.text


FILENAME_CASES: list[tuple[str, str, str]] = [
    ("unix-traversal", "../../etc/cron.d/evil.txt", "evil.txt"),
    ("windows-traversal", "..\\..\\Windows\\System32\\evil.txt", "evil.txt"),
    ("absolute-path", "/var/lib/hardrag/uploads/evil.txt", "evil.txt"),
    ("nul-byte", "evil\x00.txt", "evil.txt"),
    ("terminal-escape", "evil\x1b[2J\x1b[31m.txt", "evil_2J_31m.txt"),
    ("bidi-override", "evil\u202egnp.txt", "evilgnp.txt"),
    ("zero-width", "ev\u200bil\u2060.txt", "evil.txt"),
    ("dot-file", ".htaccess.txt", "htaccess.txt"),
    ("only-dots", "....", "upload"),
    ("empty-name", "", "upload"),
    ("ligature-normalised", "\ufb01le.txt", "file.txt"),
    ("shell-metacharacters", "a;rm -rf $(x)|y`z`.txt", "a_rm -rf _(x)_y_z_.txt"),
]


@pytest.mark.parametrize(("raw", "stored"), [c[1:] for c in FILENAME_CASES], ids=[c[0] for c in FILENAME_CASES])
def test_hostile_filenames_are_stored_safe(shared_api: Api, raw: str, stored: str) -> None:
    api = shared_api
    src = api.create_source()
    body, ctype = multipart(raw, f"A note filed as {raw!r}.".encode("utf-8", "surrogateescape"))
    r = post_raw(api, src["id"], body, ctype)
    assert r.status_code == 202, r.text
    doc = api.client.get(f"/v1/documents/{r.json()['document_id']}", headers=api.h(api.admin)).json()
    assert doc["filename"] == stored


def test_a_long_filename_is_cut_to_200_characters(shared_api: Api) -> None:
    api = shared_api
    src = api.create_source()
    body, ctype = multipart("x" * 900 + ".txt", b"A note with a very long name.")
    r = post_raw(api, src["id"], body, ctype)
    assert r.status_code == 202, r.text
    doc = api.client.get(f"/v1/documents/{r.json()['document_id']}", headers=api.h(api.admin)).json()
    assert doc["filename"] == "x" * 200
