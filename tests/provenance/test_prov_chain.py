"""trust.provenance without a database: canonical bytes, chain hashes, keys, checkpoints, the verifier."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from trust import provenance as P


def _chain(n: int) -> list[P.Record]:
    prev, out = P.GENESIS_HASH, []
    for seq in range(1, n + 1):
        body = P.canonical_json({"seq": seq, "id": f"id-{seq}", "type": "t", "data": {"i": seq}})
        digest = P.chain_hash(prev, body)
        out.append(P.Record(seq, f"id-{seq}", prev, digest, body))
        prev = digest
    return out


def _moved(r: P.Record, seq: int) -> P.Record:
    return P.Record(seq, r.id, r.prev_hash, r.hash, r.body)


def _verify(records: list[P.Record], checkpoints: list[P.Checkpoint] = (), keys=()) -> P.Verdict:  # type: ignore[assignment]
    v = P.LogVerifier(checkpoints, keys)
    for r in records:
        if not v.feed(r):
            break
    return v.finish()


def test_canonical_json_is_sorted_compact_utf8_and_strict() -> None:
    expected = '{"a":{"c":"é","d":[1,2]},"b":1}'.encode()
    assert P.canonical_json({"b": 1, "a": {"d": [1, 2], "c": "é"}}) == expected
    with pytest.raises(ValueError):
        P.canonical_json({"x": float("nan")})
    with pytest.raises(TypeError):
        P.canonical_json({"x": object()})


def test_chain_hash_is_sha256_of_prev_and_body() -> None:
    import hashlib

    body = b'{"a":1}'
    assert P.chain_hash(P.GENESIS_HASH, body) == hashlib.sha256(bytes(32) + body).hexdigest()


def test_intact_chain_verifies() -> None:
    v = _verify(_chain(6))
    assert v.ok and v.checked == 6 and v.size == 6 and v.first_bad is None and v.unsigned_tail == 6


@pytest.mark.parametrize(
    ("mutate", "seq", "word"),
    [
        (
            lambda rs: rs.__setitem__(2, P.Record(3, "id-3", rs[2].prev_hash, rs[2].hash, rs[2].body + b" ")),
            3,
            "edited",
        ),
        (lambda rs: rs.pop(2), 3, "missing"),
        (lambda rs: rs.__setitem__(slice(2, 4), [_moved(rs[3], 3), _moved(rs[2], 4)]), 3, "out of place"),
    ],
    ids=["edit", "delete", "reorder"],
)
def test_tampering_names_the_first_bad_record(mutate, seq: int, word: str) -> None:  # type: ignore[no-untyped-def]
    records = _chain(6)
    mutate(records)
    v = _verify(records)
    assert not v.ok and v.first_bad is not None
    assert v.first_bad.seq == seq and word in v.first_bad.reason, v.first_bad


def test_checkpoints_sign_the_head_and_catch_a_rewrite() -> None:
    key = Ed25519PrivateKey.generate()
    records = _chain(8)
    cps = [
        P.sign_checkpoint(key, size=4, head=records[3].hash, ts="t"),
        P.sign_checkpoint(key, size=8, head=records[7].hash, ts="t"),
    ]
    v = _verify(records, cps, [key.public_key()])
    assert v.ok and v.checkpoints == 2 and v.unsigned_tail == 0
    # A consistent rewrite of records 5..8 passes the chain but not the checkpoint at 8.
    prev, forged = records[3].hash, records[:4]
    for r in records[4:]:
        body = r.body.replace(b'"t"', b'"x"')
        forged.append(P.Record(r.seq, r.id, prev, P.chain_hash(prev, body), body))
        prev = forged[-1].hash
    v = _verify(forged, cps, [key.public_key()])
    assert not v.ok and v.first_bad and v.first_bad.seq == 8 and "checkpoint" in v.first_bad.reason
    # Truncation below a checkpoint.
    v = _verify(records[:6], cps, [key.public_key()])
    assert not v.ok and v.first_bad and v.first_bad.seq == 7 and "truncated" in v.first_bad.reason
    # An unknown key, a forged signature.
    other = Ed25519PrivateKey.generate().public_key()
    assert "not trusted" in _verify(records, cps, [other]).first_bad.reason  # type: ignore[union-attr]
    zeros = base64.b64encode(bytes(64)).decode()
    bad = P.Checkpoint(4, records[3].hash, "t", cps[0].key_id, cps[0].body, zeros)
    assert "invalid signature" in _verify(records, [bad], [key.public_key()]).first_bad.reason  # type: ignore[union-attr]


def test_key_formats_round_trip() -> None:
    text = P.generate_signing_key()
    key = P.load_private_key(text)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    assert P.key_id(P.load_private_key(pem).public_key()) == P.key_id(key.public_key())
    pub = P.public_key_b64(key.public_key())
    assert P.key_id(P.load_public_key(pub)) == P.key_id(key.public_key())
    for junk in ("", "not a key", base64.b64encode(b"short").decode()):
        with pytest.raises(ValueError):
            P.load_private_key(junk)


def test_dev_key_is_deterministic() -> None:
    a = P.load_private_key(P.DEV_SIGNING_KEY).public_key()
    assert P.public_key_b64(a) == P.public_key_b64(P.load_private_key(P.DEV_SIGNING_KEY).public_key())


def test_keyed_fingerprint_depends_on_key_and_purpose() -> None:
    fp = P.keyed_fingerprint(b"k", "what is the password", purpose="q")
    assert len(fp) == 64 and "password" not in fp
    assert fp != P.keyed_fingerprint(b"k2", "what is the password", purpose="q")
    assert fp != P.keyed_fingerprint(b"k", "what is the password", purpose="r")


def test_verify_export_reads_jsonl_lines() -> None:
    key = Ed25519PrivateKey.generate()
    records = _chain(3)
    lines = [json.dumps({"kind": "header"})]
    lines += [
        json.dumps(
            {
                "kind": "event",
                "seq": r.seq,
                "id": r.id,
                "prev_hash": r.prev_hash,
                "hash": r.hash,
                "body": r.body.decode(),
            }
        )
        for r in records
    ]
    lines.append(
        json.dumps({"kind": "checkpoint", **P.sign_checkpoint(key, size=3, head=records[2].hash, ts="t").to_dict()})
    )
    assert P.verify_export(lines, [key.public_key()]).ok
    lines[2] = lines[2].replace('\\"i\\":2', '\\"i\\":9')
    v = P.verify_export(lines, [key.public_key()])
    assert not v.ok and v.first_bad and v.first_bad.seq == 2
    assert not P.verify_export(["{not json"], [key.public_key()]).ok
