"""Upload → worker → retrieve → the whole chain of a returned chunk, on the real service (inline worker).

Also: a secret planted in an upload appears nowhere in the provenance tables or the export, and
source, document, job-failure and key events are recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from api.cli import main as cli
from common.db import make_engine
from common.settings import Settings, get_settings
from tests.conftest import Api, _api
from tests.fixtures.files import DEFAULT_PARAGRAPHS, make_encrypted_pdf, make_txt

SECRET = "ghp_" + "Zq8mX2vLr5Tn9Wb3Kc7Yd1Hf4Js6Pg0Ae2Nu"  # a GitHub token shape the secrets detector redacts
STAGES = [
    "upload.received",
    "document.parsed",
    "document.chunked",
    "document.sanitized",
    "document.embedded",
    "document.indexed",
]


@pytest.fixture(params=["sqlite", "postgres"])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Api]:
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else None
    settings = Settings(data_dir=tmp_path / "data", database_url=url, checkpoint_every=5, _env_file=None)  # type: ignore[call-arg]
    yield from _api(settings)


def _dump_provenance(settings: Settings) -> str:
    engine = make_engine(settings.resolved_database_url)
    with engine.connect() as conn:
        rows = [
            repr(tuple(r))
            for table in ("provenance_events", "provenance_chunks", "provenance_head", "provenance_checkpoints")
            for r in conn.execute(text(f"SELECT * FROM {table}"))
        ]
    engine.dispose()
    return "\n".join(rows)


@pytest.mark.slow
def test_chain_from_upload_to_retrieved_chunk(service: Api, tmp_path: Path) -> None:
    api = service
    src = api.create_source("runbooks")
    paragraphs = [
        *DEFAULT_PARAGRAPHS[:2],
        f"The deploy bot authenticates with the token {SECRET} today.",
        *DEFAULT_PARAGRAPHS[2:],
    ]
    doc = make_txt(tmp_path / "in", paragraphs)
    r = api.upload(src["id"], doc)
    assert r.status_code == 202, r.text
    job = api.wait_job(r.json()["job_id"])
    assert job["status"] == "succeeded", job

    app_key = api.key("app", [src["id"]])
    query = "how does the deploy bot authenticate with its token"
    found = api.retrieve(app_key, query, top_k=10)
    assert found.status_code == 200, found.text
    results = found.json()["results"]
    assert results and all(res["provenance_id"] for res in results)
    assert SECRET not in found.text

    auditor = api.h(api.key("auditor"))
    hit = results[0]
    lineage = api.client.get(
        f"/v1/provenance/chunks/{hit['chunk_id']}", headers=auditor, params={"retrievals": 5}
    ).json()
    types = [e["type"] for e in lineage["events"]]
    assert types == STAGES, types
    events = {e["type"]: e for e in lineage["events"]}
    assert lineage["provenance_id"] == hit["provenance_id"] == events["document.sanitized"]["id"]
    assert lineage["document_id"] == hit["document_id"] and lineage["source_id"] == src["id"]
    one = api.client.get(f"/v1/provenance/events/{hit['provenance_id']}", headers=auditor).json()
    assert one["type"] == "document.sanitized" and hit["chunk_id"] in one["chunk_ids"]
    assert all(e["job_id"] == r.json()["job_id"] for e in lineage["events"])
    upload = events["upload.received"]["data"]
    assert upload["sha256"] == r.json()["sha256"] and upload["size"] == doc.stat().st_size
    assert upload["media_type"] == "text/plain" and upload["filename"] == doc.name
    assert events["upload.received"]["actor"] is not None
    assert hit["chunk_id"] in events["document.indexed"]["chunk_ids"]
    assert events["document.indexed"]["data"]["collection"] == api.settings.collection
    assert events["document.embedded"]["data"]["model"]
    parsed = events["document.parsed"]["data"]
    assert parsed["parser"] and parsed["elements"] >= 1
    assert events["document.chunked"]["data"]["chunks"] >= 1

    findings = [f for c in events["document.sanitized"]["data"]["chunks"] for f in c["findings"]]
    secrets = [f for f in findings if f.get("secret_type")]
    assert secrets and all(f["fingerprint"] and f["action"] == "redact" for f in secrets)
    assert {"detector", "version", "rule", "start", "end", "score", "action"} <= set(secrets[0])

    served = lineage["retrievals"][0]
    assert served["type"] == "retrieval.served" and hit["chunk_id"] in served["chunk_ids"]
    assert served["data"]["query_fingerprint"] and query not in json.dumps(served)

    # The secret and the query text appear nowhere in the stored log or its export.
    export = api.client.get("/v1/provenance/export", headers=auditor).text
    dump = _dump_provenance(api.settings)
    for needle in (SECRET, SECRET[4:], query):
        assert needle not in export and needle not in dump, needle
    verdict = api.client.get("/v1/provenance/verify", headers=auditor).json()
    assert verdict["ok"] and verdict["checkpoints"] >= 1, verdict


@pytest.mark.slow
def test_source_document_and_failure_events(api: Api, tmp_path: Path) -> None:
    auditor = api.h(api.key("auditor"))
    h = api.h(api.admin)
    src = api.create_source("events", tags=["a"])
    for change in ({"tags": ["b"]}, {"quarantined": True}, {"quarantined": False}):
        assert api.client.patch(f"/v1/sources/{src['id']}", headers=h, json=change).status_code == 200
    job = api.ingest(src["id"], make_txt(tmp_path / "in"))
    doc_id = job["document_id"]
    again = api.upload(src["id"], make_txt(tmp_path / "in"))
    assert again.status_code == 200 and again.json()["duplicate"] is True
    locked = api.upload(src["id"], make_encrypted_pdf(tmp_path / "e"))
    assert locked.status_code == 202, locked.text
    failed = api.wait_job(locked.json()["job_id"])
    assert failed["status"] == "failed" and failed["error"]["code"] == "parse.encrypted"
    assert api.client.delete(f"/v1/documents/{doc_id}", headers=h).status_code == 204
    assert api.client.delete(f"/v1/sources/{src['id']}", headers=h).status_code == 204

    events = api.client.get("/v1/provenance", headers=auditor, params={"source_id": src["id"], "limit": 1000}).json()[
        "events"
    ]
    types = [e["type"] for e in events]
    for expected in (
        "source.created",
        "source.changed",
        "source.quarantined",
        "source.released",
        "upload.received",
        "document.indexed",
        "document.deleted",
        "source.deleted",
    ):
        assert expected in types, (expected, types)
    changed = next(e for e in events if e["type"] == "source.changed")
    assert changed["data"]["changes"] == {"tags": ["b"]}
    uploads = [e for e in events if e["type"] == "upload.received"]
    assert [u["data"]["duplicate"] for u in uploads[:2]] == [False, True]
    fail = next(e for e in events if e["type"] == "job.failed")
    assert fail["job_id"] == failed["id"] and fail["data"]["code"] == "parse.encrypted"
    assert fail["data"]["transient"] is False and fail["document_id"] == failed["document_id"]
    assert api.client.get("/v1/provenance/verify", headers=auditor).json()["ok"]


def test_keys_create_is_recorded(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARDRAG_DATA_DIR", str(api.settings.data_dir))
    get_settings.cache_clear()
    try:
        out = CliRunner().invoke(cli, ["keys", "create", "--role", "auditor", "--name", "reviewer"])
    finally:
        get_settings.cache_clear()
    assert out.exit_code == 0, out.output
    created = json.loads(out.output.splitlines()[0])
    events = api.client.get("/v1/provenance", headers=api.h(created["key"]), params={"type": "key.created"}).json()[
        "events"
    ]
    assert [e["data"]["key_id"] for e in events] == [created["id"]]
    assert events[0]["data"]["role"] == "auditor" and created["key"] not in json.dumps(events)
