"""/v1/retrieve request validation and roles."""

from __future__ import annotations

import pytest

from tests.conftest import Api


@pytest.mark.parametrize(
    "body",
    [
        {"query": "x", "top_k": 0},
        {"query": "x", "top_k": 51},
        {"query": ""},
        {},
        {"query": "x", "min_trust": 2},
        {"query": "x", "source_ids": "abc"},
        {"query": "x", "unknown": 1},
    ],
)
def test_invalid_bodies(shared_api: Api, body: dict) -> None:
    r = shared_api.client.post("/v1/retrieve", json=body, headers=shared_api.h(shared_api.key("app", ["*"])))
    assert r.status_code == 422 and r.json()["error"]["code"] == "request.invalid"


def test_malformed_json(shared_api: Api) -> None:
    r = shared_api.client.post(
        "/v1/retrieve",
        content=b"{query:",
        headers={**shared_api.h(shared_api.key("app", ["*"])), "Content-Type": "application/json"},
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "request.malformed_json"


def test_validation_errors_do_not_echo_input(shared_api: Api) -> None:
    secret = "AKIAIOSFODNN7EXAMPLE-not-a-number"
    r = shared_api.client.post(
        "/v1/retrieve", json={"query": "x", "top_k": secret}, headers=shared_api.h(shared_api.key("app", ["*"]))
    )
    assert r.status_code == 422 and secret not in r.text


@pytest.mark.parametrize("role", ["ingest", "auditor"])
def test_roles_that_may_not_retrieve(shared_api: Api, role: str) -> None:
    r = shared_api.retrieve(shared_api.key(role, ["*"]), "anything")
    assert r.status_code == 403 and r.json()["error"]["code"] == "auth.forbidden"


def test_top_k_default_and_limit(shared_api: Api) -> None:
    r = shared_api.retrieve(shared_api.key("app", ["*"]), "anything")
    assert r.status_code == 200 and r.json()["results"] == []
