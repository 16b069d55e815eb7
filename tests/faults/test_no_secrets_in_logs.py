"""Secrets planted in uploaded documents appear in no log line of a full ingestion and retrieval,
and the last-resort log scrubber redacts what the secrets detector finds."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from common.logs import KeyValueFormatter, RedactSecrets
from tests.conftest import Api
from tests.fixtures import files

SECRETS = {
    "github": "ghp_R7kQ2vX9mLp4sT8wZ1nB6cY3dF5gH0jK2aE4",
    "aws_secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9mT4vL2k",
    "password": "Tr0ub4dor&3-horse-Battery",
}
DOC = (
    "Deployment notes for the billing cluster. Rotate credentials every quarter.",
    f"export GITHUB_TOKEN={SECRETS['github']}",
    f"aws_secret_access_key = {SECRETS['aws_secret']}",
    f"DATABASE_URL=postgresql://billing:{SECRETS['password']}@db.internal:5432/billing",
)


def _everything_logged(records: list[logging.LogRecord]) -> str:
    fmt = KeyValueFormatter("%(levelname)s %(name)s %(message)s")
    return "\n".join(fmt.format(r) + repr(vars(r)) for r in records)


def test_full_ingestion_logs_no_secret(api: Api, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    src = api.create_source()
    job_ids = []
    for ext, maker in (("txt", files.make_txt), ("md", files.make_md), ("docx", files.make_docx)):
        r = api.upload(src["id"], maker(tmp_path / ext, DOC))
        assert r.status_code == 202
        job_ids.append(r.json()["job_id"])
    jobs = [api.wait_job(j) for j in job_ids]
    assert all(j["status"] == "succeeded" for j in jobs)
    assert all(j["counts"]["findings"].get("secret", 0) >= 3 for j in jobs), [j["counts"] for j in jobs]
    app = api.key("app", [src["id"]])
    res = api.retrieve(app, f"billing credentials {SECRETS['github']}", top_k=10).json()
    assert res["results"]
    text = "\n".join(r["text"] for r in res["results"]) + res["context"]
    assert "[REDACTED:" in text
    logged = _everything_logged(caplog.records)
    assert caplog.records, "expected some log records from a full ingestion"
    for name, value in SECRETS.items():
        assert value not in text, name
        assert value not in logged, name


def test_scrubber_redacts_a_secret_that_reaches_a_log_call() -> None:
    record = logging.makeLogRecord(
        {
            "msg": "connecting with %s",
            "args": (f"token={SECRETS['github']}",),
            "levelno": logging.INFO,
            "levelname": "INFO",
            "name": "x",
        }
    )
    assert RedactSecrets().filter(record)
    out = KeyValueFormatter("%(message)s").format(record)
    assert SECRETS["github"] not in out and "[REDACTED:" in out
