"""Tampering with provenance rows directly in SQLite and PostgreSQL: verify names the first bad record."""

from __future__ import annotations

import json

from common import audit
from tests.provenance.conftest import Log, make_settings
from trust import provenance as P


def _forge(prev_hash: str, seq: int, event_id: str) -> tuple[str, str]:
    body = P.canonical_json(
        {
            "v": 1,
            "seq": seq,
            "id": event_id,
            "ts": "2020-01-01T00:00:00.000000Z",
            "type": "source.created",
            "actor": "mallory",
            "source_id": None,
            "document_id": None,
            "job_id": None,
            "chunk_ids": [],
            "data": {},
        }
    )
    return body.decode(), P.chain_hash(prev_hash, body)


def _set(log: Log, seq: int, **cols: object) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in cols)
    log.sql(f"UPDATE provenance_events SET {sets} WHERE seq = :target", target=seq, **cols)


def test_untouched_log_verifies(log: Log) -> None:
    log.append(10)
    v = log.verify()
    assert v.ok and v.checked == 10 and v.size == 10 and v.checkpoints == 2 and v.unsigned_tail == 2


def test_edited_body_is_named(log: Log) -> None:
    ids = log.append(10)
    body = log.row(5).body.replace("name-4", "name-X")
    _set(log, 5, body=body)
    v = log.verify()
    assert not v.ok and v.first_bad and (v.first_bad.seq, v.first_bad.id) == (5, ids[4].id)
    assert "edited" in v.first_bad.reason


def test_rewritten_record_with_fresh_hash_is_named(log: Log) -> None:
    ids = log.append(10)
    row = log.row(5)
    body = row.body.replace("name-4", "name-X")
    _set(log, 5, body=body, hash=P.chain_hash(row.prev_hash, body.encode()))
    v = log.verify()
    assert not v.ok and v.first_bad and (v.first_bad.seq, v.first_bad.id) == (5, ids[4].id)
    assert "rewritten" in v.first_bad.reason


def test_edited_index_column_is_named(log: Log) -> None:
    log.append(10)
    _set(log, 6, source_id="someone-else")
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 6 and "source_id" in v.first_bad.reason
    log.sql("UPDATE provenance_events SET source_id = 'src-5' WHERE seq = 6")
    log.sql("DELETE FROM provenance_chunks WHERE seq = 8")
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 8 and "chunk_ids" in v.first_bad.reason


def test_deleted_record_is_named(log: Log) -> None:
    log.append(10)
    log.sql("DELETE FROM provenance_events WHERE seq = 5")
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 5 and v.first_bad.id is None
    assert "missing" in v.first_bad.reason and v.checked == 4


def test_deleted_and_renumbered_is_named(log: Log) -> None:
    ids = log.append(10)
    log.sql("DELETE FROM provenance_events WHERE seq = 5")
    for seq in range(6, 11):
        log.sql("UPDATE provenance_events SET seq = :n WHERE seq = :o", n=seq - 1, o=seq)
    v = log.verify()
    assert not v.ok and v.first_bad and (v.first_bad.seq, v.first_bad.id) == (5, ids[5].id)


def test_inserted_record_is_named(log: Log) -> None:
    log.append(10)
    for seq in range(10, 4, -1):
        log.sql("UPDATE provenance_events SET seq = :n WHERE seq = :o", n=seq + 1, o=seq)
    body, digest = _forge(log.row(4).hash, 5, "forged-0000")
    log.sql(
        "INSERT INTO provenance_events (seq, id, ts, type, actor, body, prev_hash, hash) VALUES "
        "(5, 'forged-0000', :ts, 'source.created', 'mallory', :body, :prev, :hash)",
        ts="2020-01-01 00:00:00",
        body=body,
        prev=log.row(4).hash,
        hash=digest,
    )
    v = log.verify()
    assert not v.ok and v.first_bad and (v.first_bad.seq, v.first_bad.id) == (5, "forged-0000")
    assert "inserted" in v.first_bad.reason


def test_record_appended_behind_the_writers_back_is_named(log: Log) -> None:
    log.append(6)
    body, digest = _forge(log.row(6).hash, 7, "forged-tail")
    log.sql(
        "INSERT INTO provenance_events (seq, id, ts, type, actor, body, prev_hash, hash) VALUES "
        "(7, 'forged-tail', :ts, 'source.created', 'mallory', :body, :prev, :hash)",
        ts="2020-01-01 00:00:00",
        body=body,
        prev=log.row(6).hash,
        hash=digest,
    )
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 7
    assert "outside the log writer" in v.first_bad.reason


def test_reordered_records_are_named(log: Log) -> None:
    ids = log.append(10)
    log.sql("UPDATE provenance_events SET seq = -1 WHERE seq = 5")
    log.sql("UPDATE provenance_events SET seq = 5 WHERE seq = 6")
    log.sql("UPDATE provenance_events SET seq = 6 WHERE seq = -1")
    v = log.verify()
    assert not v.ok and v.first_bad and (v.first_bad.seq, v.first_bad.id) == (5, ids[5].id)
    assert "out of place" in v.first_bad.reason


def test_consistent_rewrite_of_the_tail_is_caught_by_the_signed_checkpoint(log: Log) -> None:
    log.append(10)
    prev = log.row(4).hash
    for seq in range(5, 11):
        body = log.row(seq).body.replace('"score":0.25', '"score":0.99')
        digest = P.chain_hash(prev, body.encode())
        _set(log, seq, body=body, prev_hash=prev, hash=digest)
        prev = digest
    log.sql("UPDATE provenance_head SET hash = :h", h=prev)
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 8 and "signed checkpoint" in v.first_bad.reason


def test_truncated_tail_is_caught(log: Log) -> None:
    log.append(10)
    log.sql("DELETE FROM provenance_events WHERE seq > 6")
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 7
    log.sql("UPDATE provenance_head SET seq = 6, hash = :h", h=log.row(6).hash)
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 7 and "truncated" in v.first_bad.reason


def test_forged_checkpoint_is_caught(log: Log) -> None:
    log.append(8)
    body = json.loads(log.sql("SELECT body FROM provenance_checkpoints WHERE size = 4")[0].body)
    body["head"] = "f" * 64
    log.sql(
        "UPDATE provenance_checkpoints SET head = :h, body = :b WHERE size = 4",
        h="f" * 64,
        b=P.canonical_json(body).decode(),
    )
    v = log.verify()
    assert not v.ok and v.first_bad and v.first_bad.seq == 4 and "invalid signature" in v.first_bad.reason


def test_key_rotation_keeps_old_checkpoints_verifiable(log: Log, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old_key, new_key = P.generate_signing_key(), P.generate_signing_key()
    old = log.settings.model_copy(update={"signing_key": _secret(old_key)})
    with log.sessions.begin() as s:
        for _ in range(4):
            audit.record(s, old, "key.created", actor="cli", data={"role": "app"})
    rotated = log.settings.model_copy(update={"signing_key": _secret(new_key)})
    with log.sessions.begin() as s:
        for _ in range(4):
            audit.record(s, rotated, "key.created", actor="cli", data={"role": "app"})
    with log.sessions() as s:
        v = audit.verify(s, rotated)
        assert not v.ok and v.first_bad and v.first_bad.seq == 4 and "not trusted" in v.first_bad.reason
        old_pub = P.public_key_b64(P.load_private_key(old_key).public_key())
        trusted = rotated.model_copy(update={"signing_previous_public_keys": old_pub})
        v = audit.verify(s, trusted)
        assert v.ok and v.checkpoints == 2, v
        assert audit.public_key_info(trusted)["previous"][0]["public_key"] == old_pub


def test_checkpoint_now_signs_the_head_once(log: Log) -> None:
    log.append(5)
    with log.sessions.begin() as s:
        cp = audit.checkpoint_now(s, log.settings)
        assert cp is not None and cp.size == 5
    with log.sessions.begin() as s:
        assert audit.checkpoint_now(s, log.settings) is None
    assert log.verify().unsigned_tail == 0


def test_missing_head_row_is_rebuilt_from_the_tail(log: Log) -> None:
    log.append(3)
    log.sql("DELETE FROM provenance_head")
    log.append(2)
    v = log.verify()
    assert v.ok and v.size == 5


def _secret(text: str):  # type: ignore[no-untyped-def]
    from pydantic import SecretStr

    return SecretStr(text)


def test_settings_refuse_a_missing_or_dev_signing_key_in_production(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    base = {"environment": "production", "fingerprint_key": "a-real-fingerprint-key"}
    for key in (None, "", P.DEV_SIGNING_KEY):
        with pytest.raises(ValueError, match="HARDRAG_SIGNING_KEY"):
            make_settings(tmp_path, **base, signing_key=key)
    good = make_settings(tmp_path, **base, signing_key=P.generate_signing_key())
    assert audit.public_key_info(good)["development_key"] is False
    assert audit.public_key_info(make_settings(tmp_path))["development_key"] is True
