"""docker-compose.yml cannot run here (no Docker engine); check it as a file against the code."""

from __future__ import annotations

from pathlib import Path

import yaml

from common.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_every_production_service_with_a_health_check() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"api", "worker", "redis", "qdrant", "postgres"}
    for name, svc in services.items():
        assert "healthcheck" in svc, name
        assert svc["healthcheck"]["test"], name


def test_compose_environment_names_only_real_settings() -> None:
    fields = {f"HARDRAG_{name.upper()}" for name in Settings.model_fields}
    for name in ("api", "worker"):
        env = COMPOSE["services"][name]["environment"]
        unknown = {k for k in env if k.startswith("HARDRAG_")} - fields
        assert not unknown, f"{name} sets variables the code never reads: {unknown}"
        # The production shape must use the external services, not the embedded defaults.
        for required in ("HARDRAG_DATABASE_URL", "HARDRAG_BROKER_URL", "HARDRAG_QDRANT_URL"):
            assert env.get(required), f"{name} lacks {required}"
        assert env["HARDRAG_WORKER_MODE"] == "external"


def test_compose_settings_validate(monkeypatch) -> None:
    env = COMPOSE["services"]["api"]["environment"]
    for k, v in env.items():
        monkeypatch.setenv(k, "a-real-secret-for-the-test" if "${" in str(v) else str(v))
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.database_url and s.database_url.startswith("postgresql+psycopg://")
    assert s.broker_url == "redis://redis:6379/0"
    assert s.qdrant_url == "http://qdrant:6333"
    assert s.worker_mode == "external"


def test_compose_services_depend_on_healthy_backends() -> None:
    for name in ("api", "worker"):
        deps = COMPOSE["services"][name]["depends_on"]
        assert {k: v["condition"] for k, v in deps.items()} == {
            "postgres": "service_healthy",
            "redis": "service_healthy",
            "qdrant": "service_healthy",
        }
