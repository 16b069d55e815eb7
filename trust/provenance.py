"""The provenance log's pure core: canonical event bytes, the hash chain, signed checkpoints, verify.

Event body  = canonical JSON of a dict: sorted keys, no whitespace, UTF-8, no NaN/Infinity.
Chain       = ``hash_n = sha256(bytes.fromhex(hash_{n-1}) || body_n)``, ``hash_0 = GENESIS_HASH``
              (64 zeros); ``seq`` runs 1, 2, 3 … without gaps and is part of each body.
Checkpoint  = Ed25519 signature over canonical ``{"v", "size", "head", "ts", "key_id"}``: the log of
              ``size`` records ends in ``head``. ``key_id`` = first 16 bytes (hex) of sha256(raw public key).

`LogVerifier` is fed records in seq order and stops at the first problem, naming the record: a
missing seq, a body edited in place, a record rewritten with a fresh hash (the next record still
links to the old one), an inserted or reordered record, or a chain head that differs from a
signed checkpoint. No I/O here: callers stream rows or export lines in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT_VERSION = 1
GENESIS_HASH = "0" * 64
# Development only, derived from a public string: anyone can sign with it. Production refuses it.
DEV_SIGNING_KEY = base64.b64encode(
    hashlib.sha256(b"hardrag development provenance signing key -- PUBLIC, never use in production").digest()
).decode()

__all__ = [
    "DEV_SIGNING_KEY",
    "FORMAT_VERSION",
    "GENESIS_HASH",
    "Break",
    "Checkpoint",
    "LogVerifier",
    "Record",
    "Verdict",
    "canonical_json",
    "chain_hash",
    "generate_signing_key",
    "key_id",
    "keyed_fingerprint",
    "load_private_key",
    "load_public_key",
    "public_key_b64",
    "sign_checkpoint",
]


def canonical_json(obj: Mapping[str, Any]) -> bytes:
    """Sorted keys, no whitespace, UTF-8; refuses NaN, Infinity and anything JSON cannot hold."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode()


def chain_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + body).hexdigest()


def keyed_fingerprint(key: bytes, text: str, *, purpose: str) -> str:
    """HMAC-SHA256 of `text` under `key`, domain-separated by `purpose`; the text cannot be recovered."""
    msg = purpose.encode() + b"\x00" + text.encode("utf-8", "surrogatepass")
    return hmac.new(key, msg, hashlib.sha256).hexdigest()


# ---- keys ----


def load_private_key(text: str) -> Ed25519PrivateKey:
    """An Ed25519 private key from PEM (PKCS#8) or base64 of the 32-byte raw seed."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_private_key(text.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the signing key must be an Ed25519 key")
        return key
    return Ed25519PrivateKey.from_private_bytes(_b64_32(text, "signing key"))


def load_public_key(text: str) -> Ed25519PublicKey:
    """An Ed25519 public key from PEM (SubjectPublicKeyInfo) or base64 of the 32 raw bytes."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        key = serialization.load_pem_public_key(text.encode())
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("the public key must be an Ed25519 key")
        return key
    return Ed25519PublicKey.from_public_bytes(_b64_32(text, "public key"))


def _b64_32(text: str, what: str) -> bytes:
    try:
        std = text.replace("-", "+").replace("_", "/")
        raw = base64.b64decode(std + "=" * (-len(std) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"the {what} is neither PEM nor base64") from None
    if len(raw) != 32:
        raise ValueError(f"the {what} must be 32 bytes (base64) or PEM")
    return raw


def generate_signing_key() -> str:
    seed = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return base64.b64encode(seed).decode()


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_b64(key: Ed25519PublicKey) -> str:
    return base64.b64encode(_raw_public(key)).decode()


def key_id(key: Ed25519PublicKey) -> str:
    return hashlib.sha256(_raw_public(key)).hexdigest()[:32]


# ---- records, checkpoints, verdicts ----


@dataclass(frozen=True, slots=True)
class Record:
    seq: int
    id: str
    prev_hash: str
    hash: str
    body: bytes


@dataclass(frozen=True, slots=True)
class Checkpoint:
    size: int
    head: str
    ts: str
    key_id: str
    body: bytes
    signature: str  # base64

    def to_dict(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "head": self.head,
            "ts": self.ts,
            "key_id": self.key_id,
            "body": self.body.decode(),
            "signature": self.signature,
        }


def sign_checkpoint(key: Ed25519PrivateKey, *, size: int, head: str, ts: str) -> Checkpoint:
    kid = key_id(key.public_key())
    body = canonical_json({"v": FORMAT_VERSION, "size": size, "head": head, "ts": ts, "key_id": kid})
    return Checkpoint(size, head, ts, kid, body, base64.b64encode(key.sign(body)).decode())


def _checkpoint_problem(cp: Checkpoint, keys: Mapping[str, Ed25519PublicKey]) -> str | None:
    key = keys.get(cp.key_id)
    if key is None:
        return f"checkpoint at size {cp.size} is signed by key {cp.key_id}, which is not trusted"
    try:
        key.verify(base64.b64decode(cp.signature), cp.body)
        claimed = json.loads(cp.body)
    except (InvalidSignature, ValueError, binascii.Error):
        return f"checkpoint at size {cp.size} has an invalid signature"
    if (claimed.get("size"), claimed.get("head"), claimed.get("key_id")) != (cp.size, cp.head, cp.key_id):
        return f"checkpoint at size {cp.size}: its fields disagree with its signed body"
    return None


@dataclass(frozen=True, slots=True)
class Break:
    """The first bad place in the log: a record (`seq`, `id` if one is there) and why."""

    seq: int
    id: str | None
    reason: str


@dataclass(frozen=True)
class Verdict:
    ok: bool
    checked: int
    first_bad: Break | None
    size: int
    head: str
    checkpoints: int
    unsigned_tail: int
    key_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["first_bad"] = asdict(self.first_bad) if self.first_bad else None
        return out


class LogVerifier:
    """Feed records in seq order (`feed`), then `finish`; stops collecting at the first problem."""

    def __init__(self, checkpoints: Iterable[Checkpoint], public_keys: Iterable[Ed25519PublicKey]) -> None:
        self._keys = {key_id(k): k for k in public_keys}
        self._checkpoints = {cp.size: cp for cp in checkpoints}
        self._prev = Record(0, "", GENESIS_HASH, GENESIS_HASH, b"")
        self.checked = 0
        self.first_bad: Break | None = None
        self._verified_checkpoints = 0
        self._last_checkpoint = 0

    @property
    def head(self) -> tuple[int, str]:
        return self._prev.seq, self._prev.hash

    def fail(self, seq: int, rid: str | None, reason: str) -> None:
        if self.first_bad is None:
            self.first_bad = Break(seq, rid, reason)

    def feed(self, rec: Record) -> bool:
        """Check one record; False once the log is known bad (stop feeding)."""
        if self.first_bad is not None:
            return False
        problem = self._problem(rec)
        if problem is not None:
            self.fail(*problem)
            return False
        self._prev = rec
        self.checked += 1
        cp = self._checkpoints.get(rec.seq)
        if cp is not None:
            why = _checkpoint_problem(cp, self._keys)
            if why is None and cp.head != rec.hash:
                why = (
                    f"the chain head at size {cp.size} differs from its signed checkpoint: records after "
                    f"{self._last_checkpoint} up to {cp.size} were rewritten"
                )
            if why is not None:
                self.fail(rec.seq, rec.id, why)
                return False
            self._verified_checkpoints += 1
            self._last_checkpoint = rec.seq
        return True

    def _problem(self, rec: Record) -> tuple[int, str | None, str] | None:
        prev, want = self._prev, self._prev.seq + 1
        if rec.seq > want:
            return want, None, f"record {want} is missing (the next record present is {rec.seq})"
        if rec.seq < want:
            return rec.seq, rec.id, f"record {rec.seq} is out of order (expected {want})"
        try:
            body = json.loads(rec.body)
            claimed = body["seq"] if isinstance(body, dict) else None
        except (ValueError, KeyError):
            body, claimed = None, None
        if rec.prev_hash != prev.hash:
            self_consistent = _hash_ok(rec.prev_hash, rec.body, rec.hash)
            if self_consistent and claimed == rec.seq and prev.seq > 0:
                return (
                    prev.seq,
                    prev.id,
                    (f"record {prev.seq} was rewritten: record {rec.seq} links to a different predecessor"),
                )
            if self_consistent and claimed == rec.seq - 1 and prev.seq > 0:
                return prev.seq, prev.id, (f"record {prev.seq} was inserted: the next record claims seq {claimed}")
            if claimed != rec.seq:
                return (
                    rec.seq,
                    rec.id,
                    (
                        f"record {rec.seq} is out of place: its body says seq {claimed} "
                        "(records deleted, reordered or renumbered)"
                    ),
                )
            return rec.seq, rec.id, f"record {rec.seq} does not link to record {prev.seq}"
        if not _hash_ok(rec.prev_hash, rec.body, rec.hash):
            return rec.seq, rec.id, f"record {rec.seq} was edited: its hash does not match its body"
        if not isinstance(body, dict) or claimed != rec.seq or body.get("id") != rec.id:
            return rec.seq, rec.id, f"record {rec.seq}: its seq or id differs from its hashed body"
        return None

    def finish(self, *, expected_size: int | None = None) -> Verdict:
        size, head = self.head
        if self.first_bad is None:
            beyond = sorted(s for s in self._checkpoints if s > size)
            if beyond:
                self.fail(
                    size + 1,
                    None,
                    f"the log was truncated: a signed checkpoint covers {beyond[-1]} "
                    f"records but only {size} are present",
                )
            elif expected_size is not None and size < expected_size:
                self.fail(size + 1, None, f"the log head records {expected_size} records but only {size} are present")
        return Verdict(
            ok=self.first_bad is None,
            checked=self.checked,
            first_bad=self.first_bad,
            size=size,
            head=head,
            checkpoints=self._verified_checkpoints,
            unsigned_tail=size - self._last_checkpoint,
            key_ids=sorted(self._keys),
        )


def _hash_ok(prev_hash: str, body: bytes, digest: str) -> bool:
    try:
        return hmac.compare_digest(chain_hash(prev_hash, body), digest)
    except ValueError:
        return False


def verify_export(lines: Iterable[str], public_keys: Iterable[Ed25519PublicKey]) -> Verdict:
    """Verify a JSONL export (header, events and checkpoints in any order) with trusted keys alone."""
    records: list[Record] = []
    checkpoints: list[Checkpoint] = []
    bad_line: Break | None = None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            kind = item["kind"]
            if kind == "event":
                records.append(
                    Record(
                        int(item["seq"]),
                        str(item["id"]),
                        str(item["prev_hash"]),
                        str(item["hash"]),
                        str(item["body"]).encode(),
                    )
                )
            elif kind == "checkpoint":
                checkpoints.append(
                    Checkpoint(
                        int(item["size"]),
                        str(item["head"]),
                        str(item["ts"]),
                        str(item["key_id"]),
                        str(item["body"]).encode(),
                        str(item["signature"]),
                    )
                )
        except (ValueError, KeyError, TypeError):
            bad_line = bad_line or Break(0, None, f"export line {n} is not a valid record")
    verifier = LogVerifier(checkpoints, public_keys)
    if bad_line is not None:
        verifier.fail(bad_line.seq, bad_line.id, bad_line.reason)
    for rec in sorted(records, key=lambda r: r.seq):
        if not verifier.feed(rec):
            break
    return verifier.finish()
