"""Secrets that a single regex cannot confirm: structure checks and pairs.

- PEM private keys: the label must not say FAKE/EXAMPLE and the body must not hold prose ("not a real key").
- base64 blobs that decode to a PEM private key or a private JSON Web Key (Kubernetes secrets,
  CI variables); private JWK members ("d", "p", "q", "k"…) in clear JSON.
- Atlassian Data Center PATs: base64 of "<12-digit id>:<random bytes>", confirmed by decoding.
- Pairs: a provider's secret next to its public key id (AWS, Alibaba, Twilio, Google OAuth client).
- Kubernetes `kind: Secret` manifests: the values under `data:` / `stringData:`.
- ANSI colour codes are masked (length-preserving) so "\\x1b[93msk-…" still has a token boundary.

Candidates are `(start, end, secret_type, score, rule)` like the other secret sources.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator

from trust.secret_candidate import Candidate
from trust.secret_fakes import is_fake_token
from trust.secret_filters import is_placeholder, key_names_secret, looks_random

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def mask_ansi(text: str) -> str:
    """Terminal colour codes replaced by spaces of the same length (offsets stay valid)."""
    if "\x1b" not in text:
        return text
    return _ANSI.sub(lambda m: " " * len(m.group()), text)


_PEM_LABEL = re.compile(r"-----BEGIN ([A-Z0-9 ]{0,40})-----")
_PEM_FAKE_LABEL = re.compile(r"\b(?:FAKE|EXAMPLE|DUMMY|SAMPLE)\b")
# Prose inside the body: a base64 run followed by two or more short lower-case words.
_PEM_PROSE = re.compile(r"[A-Za-z0-9+/=]{8,} (?:[a-z]{1,6} ){2,}")


def pem_ok(text: str, start: int, end: int) -> bool:
    """A PEM private-key block (matched at text[start:end]) whose label and body could be real key material.

    The body is read to the END line when there is one, else to the end of the matched line, so a match
    that stopped just before "… not a real key" still sees the prose.
    """
    block = text[start:end]
    if "-----END" not in block:
        stop = text.find("-----END", end, end + 12000)
        line_end = text.find("\n", end)
        block = text[start : stop if stop >= 0 else (line_end if line_end >= 0 else len(text))]
    label = _PEM_LABEL.match(block)
    if label and _PEM_FAKE_LABEL.search(label.group(1)):
        return False
    # A truncated body ("MIIE...") is still kept as a secret: what is shown is real key material.
    body = block[label.end() :] if label else block
    return _PEM_PROSE.search(body) is None


_B64_BLOB = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=_-])")
_JWK_PRIVATE = re.compile(r"\"(?:d|p|q|dp|dq|qi|k)\"\s*:\s*\"(?P<s>[A-Za-z0-9_-]{16,})\"")
_DECODED_JWK_D = re.compile(rb"\"(?:d|k)\"\s*:\s*\"[A-Za-z0-9_-]{16,}\"")


def _b64decode(value: str) -> bytes:
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return b""


def structured_candidates(text: str) -> Iterator[Candidate]:
    """All structure-checked and paired candidates in `text`."""
    for m in _B64_BLOB.finditer(text):
        raw = _b64decode(m.group())
        if b"PRIVATE KEY-----" in raw or (b'"kty"' in raw and _DECODED_JWK_D.search(raw)):
            yield m.start(), m.end(), "private_key", 0.95, "base64_private_key"
    if '"kty"' in text:
        for m in _JWK_PRIVATE.finditer(text):
            if '"kty"' in text[max(0, m.start() - 600) : m.start()] and not is_placeholder(m.group("s")):
                yield m.start("s"), m.end("s"), "private_key", 0.9, "jwk_private_member"
    yield from _atlassian_pats(text)
    yield from _pairs(text)
    yield from _k8s_secret_data(text)
    yield from _azure_storage_keys(text)
    yield from _key_bytes(text)


_ATLASSIAN_PAT = re.compile(r"(?<![A-Za-z0-9+])[MNO][A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=])")
_DIGITS_COLON = re.compile(rb"^\d{12}:")


def _atlassian_pats(text: str) -> Iterator[Candidate]:
    # Jira / Confluence Data Center personal access tokens: base64("<12-digit id>:<20 random bytes>").
    for m in _ATLASSIAN_PAT.finditer(text):
        if _DIGITS_COLON.match(_b64decode(m.group())):
            yield m.start(), m.end(), "atlassian_token", 0.9, "atlassian_dc_pat"


# (public id pattern, secret pattern, secret type, max distance): the secret follows its id closely.
_PAIRS: tuple[tuple[re.Pattern[str], re.Pattern[str], str, int], ...] = (
    (
        re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"),
        re.compile(r"(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"),
        "aws_secret_access_key",
        200,
    ),
    (
        re.compile(r"(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])"),
        re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{30}(?![A-Za-z0-9])"),
        "alibaba_secret_key",
        200,
    ),
    (
        # Twilio: the account SID, then its 32-hex auth token.
        re.compile(r"(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])"),
        re.compile(r"(?<![A-Za-z0-9])[0-9a-f]{32}(?![A-Za-z0-9])"),
        "twilio_auth_token",
        150,
    ),
    (
        re.compile(r"(?<!\d)\d{6,30}-[a-z0-9]{32}\.apps\.googleusercontent\.com"),
        re.compile(r"(?<![\w-])[A-Za-z0-9_-]{24}(?![\w-])"),
        "google_oauth_secret",
        300,
    ),
)


def _all_classes(value: str) -> bool:
    return any(c.islower() for c in value) and any(c.isupper() for c in value) and any(c.isdigit() for c in value)


def _pairs(text: str) -> Iterator[Candidate]:
    for id_pattern, secret_pattern, secret_type, distance in _PAIRS:
        if secret_type == "google_oauth_secret" and "googleusercontent" not in text:
            continue
        for m in id_pattern.finditer(text):
            window_end = min(len(text), m.end() + distance)
            for s in secret_pattern.finditer(text, m.end(), window_end):
                value = s.group()
                hex_ok = secret_type == "twilio_auth_token"  # hex has no upper case: entropy and digits decide
                if (hex_ok or _all_classes(value)) and looks_random(value) and not is_fake_token(value):
                    yield s.start(), s.end(), secret_type, 0.85, "paired_secret"
                    break


_K8S_SECRET = re.compile(r"(?m)^kind:[ \t]*[\"']?Secret[\"']?[ \t]*$")
_K8S_DATA = re.compile(r"(?m)^(?P<ind>[ \t]*)(?:data|stringData):[ \t]*$")
_K8S_ITEM = re.compile(r"(?P<ind>[ \t]+)[\w.-]+:[ \t]*(?P<s>[^\s#|>][^\s#]{3,})[ \t]*$")


def _k8s_secret_data(text: str) -> Iterator[Candidate]:
    # Values of a Secret are credentials by definition (base64 is an encoding, not protection).
    if _K8S_SECRET.search(text) is None:
        return
    for block in _K8S_DATA.finditer(text):
        indent = len(block.group("ind"))
        pos = block.end() + 1
        while pos < len(text):
            eol = text.find("\n", pos)
            eol = len(text) if eol < 0 else eol
            line = text[pos:eol]
            item = _K8S_ITEM.fullmatch(line)
            if item is None or len(item.group("ind")) <= indent:
                break
            if not is_placeholder(item.group("s")):
                yield pos + item.start("s"), pos + item.end("s"), "k8s_secret", 0.85, "k8s_secret_data"
            pos = eol + 1


# Azure storage / Cosmos DB account keys: 64 random bytes in base64 (86 characters + "=="). The same shape
# is a SHA-512 digest, so a bare one counts only in a text that talks about Azure storage.
_AZURE_KEY = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])")
_AZURE_CONTEXT = ("azure", "microsoft", "windows.net", "accountkey", "storage account", "cosmos")


def _azure_storage_keys(text: str) -> Iterator[Candidate]:
    if "==" not in text:
        return
    lower = text.lower()
    if not any(w in lower for w in _AZURE_CONTEXT):
        return
    for m in _AZURE_KEY.finditer(text):
        if _all_classes(m.group()) and text[max(0, m.start() - 8) : m.start()].lower().find("sha") < 0:
            yield m.start(), m.end(), "azure_storage_key", 0.8, "azure_storage_key"


# A key written as a byte array: #define AESKEY {0x35, 0x34, …}, Secret: []byte{333, 9, …}, new byte[] {…}.
# Found from the list (cheap to spot) and then the name before it, so no regex scans every identifier.
_BYTE_LIST = re.compile(
    r"[{\[]\s*(?P<s>(?:(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})\s*,[\s\\]*){7,}(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})?)"
)
_BYTES_NAME = re.compile(
    r"(?P<k>[A-Za-z_]\w{1,40})[\"']?\s*(?:[:=]\s*)?(?:\[\]byte|new\s+byte\[\]|bytes\(|byte\[\]\s*=)?\s*$"
)


def _key_bytes(text: str) -> Iterator[Candidate]:
    if "," not in text:
        return
    for m in _BYTE_LIST.finditer(text):
        name = _BYTES_NAME.search(text, max(0, m.start() - 60), m.start())
        if name is None:
            continue
        key = name.group("k")
        if key_names_secret(key) and not key.lower().endswith(("pub", "public")) and "pass" not in key.lower():
            value = m.group("s").rstrip(" ,\\\n\t")
            yield m.start("s"), m.start("s") + len(value), "private_key", 0.8, "key_bytes"
