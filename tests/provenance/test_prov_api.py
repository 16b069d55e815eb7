"""/v1/provenance over HTTP and `hardrag audit`: who may read, filters, pages, verify, export, read-only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main as cli
from common import audit
from common.db import make_engine, make_session_factory
from common.settings import get_settings
from tests.conftest import Api


def _seed(api: Api) -> list[audit.Appended]:
    engine = make_engine(api.settings.resolved_database_url)
    out = []
    with make_session_factory(engine).begin() as s:
        for i in range(6):
            out.append(
                audit.record(
                    s,
                    api.settings,
                    "document.indexed" if i % 2 else "upload.received",
                    actor="k1",
                    source_id="s-a" if i < 3 else "s-b",
                    document_id=f"d-{i % 3}",
                    job_id=f"j-{i}",
                    chunk_ids=[f"c-{i}"],
                    data={"i": i},
                )
            )
    engine.dispose()
    return out


def test_only_auditor_and_admin_read_provenance(api: Api) -> None:
    paths = [
        "/v1/provenance",
        "/v1/provenance/verify",
        "/v1/provenance/export",
        "/v1/provenance/chunks/x",
        "/v1/provenance/events/x",
    ]
    for role in ("ingest", "app"):
        h = api.h(api.key(role, ["*"]))
        for path in paths:
            r = api.client.get(path, headers=h)
            assert r.status_code == 403 and r.json()["error"]["code"] == "auth.forbidden", (role, path)
    for path in paths:
        assert api.client.get(path).status_code == 401
    auditor = api.h(api.key("auditor"))
    for path in paths[:3]:
        assert api.client.get(path, headers=auditor).status_code == 200, path
    assert api.client.get(paths[0], headers=api.h(api.admin)).status_code == 200


def test_nothing_can_change_provenance_through_the_api(api: Api) -> None:
    paths = {
        p: ops
        for p, ops in api.client.app.openapi()["paths"].items()  # type: ignore[attr-defined]
        if p.startswith("/v1/provenance")
    }
    assert len(paths) == 6 and all(set(ops) == {"get"} for ops in paths.values()), paths
    _seed(api)
    h = api.h(api.admin)
    for path in ("", "/verify", "/events/x", "/chunks/c-1"):
        path = "/v1/provenance" + path
        for method in ("post", "put", "patch", "delete"):
            r = api.client.request(method.upper(), path, headers=h, json={})
            assert r.status_code == 405, (method, path)
            assert r.json()["error"]["code"] == "route.method_not_allowed"
    assert api.client.get("/v1/provenance/verify", headers=h).json()["ok"] is True


def test_public_key_is_published_without_a_key(api: Api) -> None:
    body = api.client.get("/v1/provenance/public-key").json()
    assert body["algorithm"] == "Ed25519" and body["development_key"] is True and len(body["key_id"]) == 32
    assert body["public_key"] == audit.public_key_info(api.settings)["public_key"]


def test_filters_and_pages(api: Api) -> None:
    seeded = _seed(api)
    h = api.h(api.key("auditor"))

    def seqs(**params: object) -> list[int]:
        r = api.client.get("/v1/provenance", headers=h, params=params)
        assert r.status_code == 200, r.text
        return [e["seq"] for e in r.json()["events"]]

    assert seqs() == [1, 2, 3, 4, 5, 6]
    assert seqs(source_id="s-b") == [4, 5, 6]
    assert seqs(document_id="d-1") == [2, 5]
    assert seqs(job_id="j-3") == [4]
    assert seqs(chunk_id="c-2") == [3]
    assert seqs(type="document.indexed") == [2, 4, 6]
    assert seqs(type=["document.indexed", "upload.received"]) == [1, 2, 3, 4, 5, 6]
    assert seqs(since="2000-01-01T00:00:00Z", until="2999-01-01T00:00:00Z") == [1, 2, 3, 4, 5, 6]
    assert seqs(until="2000-01-01T00:00:00Z") == []
    assert seqs(after_seq=4) == [5, 6]

    got, cursor = [], None
    while True:
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        r = api.client.get("/v1/provenance", headers=h, params=params)
        page = r.json()
        got += page["events"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [e["id"] for e in got] == [a.id for a in seeded]
    assert got[0]["data"] == {"i": 0} and got[1]["prev_hash"] == got[0]["hash"]

    r = api.client.get(f"/v1/provenance/events/{seeded[2].id}", headers=h)
    assert r.status_code == 200 and r.json()["seq"] == 3
    for bad in ({"type": "nope"}, {"cursor": "abc"}, {"limit": 0}, {"since": "yesterday"}):
        r = api.client.get("/v1/provenance", headers=h, params=bad)
        assert r.status_code == 422 and r.json()["error"]["code"] == "request.invalid", bad
    for path in ("/v1/provenance/events/missing", "/v1/provenance/chunks/missing"):
        r = api.client.get(path, headers=h)
        assert r.status_code == 404 and r.json()["error"]["code"] == "provenance.not_found"


def test_verify_endpoint_names_the_first_bad_record(api: Api) -> None:
    _seed(api)
    h = api.h(api.key("auditor"))
    assert api.client.get("/v1/provenance/verify", headers=h).json() | {"head": ""} == {
        "ok": True,
        "checked": 6,
        "first_bad": None,
        "size": 6,
        "head": "",
        "checkpoints": 0,
        "unsigned_tail": 6,
        "key_ids": [audit.public_key_info(api.settings)["key_id"]],
    }
    engine = make_engine(api.settings.resolved_database_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE provenance_events SET body = replace(body, '\"i\":3', '\"i\":7') WHERE seq = 4")
    engine.dispose()
    body = api.client.get("/v1/provenance/verify", headers=h).json()
    assert body["ok"] is False and body["checked"] == 3
    assert body["first_bad"]["seq"] == 4 and "edited" in body["first_bad"]["reason"]


@pytest.fixture
def cli_env(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HARDRAG_DATA_DIR", str(api.settings.data_dir))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_export_verifies_offline_and_tampering_fails(api: Api, cli_env: None, tmp_path: Path) -> None:
    _seed(api)
    h = api.h(api.key("auditor"))
    r = api.client.get("/v1/provenance/export", headers=h)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    lines = r.text.splitlines()
    kinds = [json.loads(line)["kind"] for line in lines]
    assert kinds == ["header"] + ["event"] * 6
    export = tmp_path / "log.jsonl"
    export.write_text(r.text)
    pub = api.client.get("/v1/provenance/public-key").json()["public_key"]
    runner = CliRunner()
    ok = runner.invoke(cli, ["audit", "verify", "--export", str(export), "--public-key", pub])
    assert ok.exit_code == 0 and ok.output.startswith("OK: 6 records"), ok.output
    assert runner.invoke(cli, ["audit", "verify", "--export", str(export)]).exit_code == 2
    lines[3] = lines[3].replace('\\"i\\":2', '\\"i\\":5')
    export.write_text("\n".join(lines) + "\n")
    bad = runner.invoke(cli, ["audit", "verify", "--export", str(export), "--public-key", pub])
    assert bad.exit_code == 1 and "FAIL: first bad record seq=3" in bad.output and "edited" in bad.output

    live = runner.invoke(cli, ["audit", "verify"])
    assert live.exit_code == 0 and "OK: 6 records" in live.output, live.output
    signed = runner.invoke(cli, ["audit", "checkpoint"])
    assert signed.exit_code == 0 and "signed checkpoint at size 6" in signed.output
    out = tmp_path / "again.jsonl"
    assert runner.invoke(cli, ["audit", "export", str(out)]).exit_code == 0
    assert json.loads(out.read_text().splitlines()[-1])["kind"] == "checkpoint"
    assert runner.invoke(cli, ["audit", "verify", "--export", str(out), "--public-key", pub]).exit_code == 0
    engine = make_engine(api.settings.resolved_database_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM provenance_events WHERE seq = 2")
    engine.dispose()
    gone = runner.invoke(cli, ["audit", "verify"])
    assert gone.exit_code == 1 and "seq=2" in gone.output and "missing" in gone.output


def test_keygen_prints_a_usable_key(cli_env: None) -> None:
    from trust.provenance import load_private_key

    result = CliRunner().invoke(cli, ["audit", "keygen"])
    assert result.exit_code == 0
    line = next(ln for ln in result.output.splitlines() if ln.startswith("HARDRAG_SIGNING_KEY="))
    load_private_key(line.split("=", 1)[1])
